// Shell budget (issue 2, point 8): gzip JS/CSS of a first visit, precache size, and the time from
// navigation to the first section heading, served by the service worker with the server stopped, in
// Chromium with 4× CPU throttling. Run alone: `node --import tsx tests/bench/shell-bench.ts`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { createTestAccount, startAppServer, type AppServer, type TestAccount } from '../fixtures/browser-app';
import { firstVisitFiles, gzipSize, ownerOf, precacheSummary, type BuiltFile } from '../fixtures/browser-bundle';
import { openBrowser, viewports } from '../fixtures/browser';
import { AppPage } from '../fixtures/page-models/app-page';
import { ensureBuilt, median } from './bench-figures';

/** Issue 18: all JS a first visit loads before the login screen is idle. */
const JS_BUDGET_KB = 55;
const OPEN_BUDGET_MS = 1000;
const RUNS = 5;
const CPU_SLOWDOWN = 4;

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const sum = (files: BuiltFile[], key: 'bytes' | 'gzip') => files.reduce((total, file) => total + file[key], 0);

// Records when the first screen enters the DOM (performance.now() counts from navigation start): the
// shell's section heading, or — a device with a passphrase starts locked — the unlock form.
// A string, not a function: the page must get exactly this code, whatever the TypeScript loader adds.
const HEADING_PROBE = `new MutationObserver(function (records, observer) {
  if ((document.querySelector('nav[aria-label="Sections"]') && document.querySelector('main h1#page-title')) || document.querySelector('#unlock-form')) {
    window.__headingAt = performance.now();
    observer.disconnect();
  }
}).observe(document, { childList: true, subtree: true });`;

interface OpenRun {
  /** gzip bytes of the scripts fetched once the login screen is shown and the network idle. */
  loginJsGzip: number;
  headingMs: number;
  responseEndMs: number;
  pageJsGzip: number;
}

/** One tablet: first visit online (login, service worker), server stopped, then one throttled offline open. */
async function measureOneOpen(dist: string, server: AppServer, account: TestAccount): Promise<OpenRun> {
  const browser = await openBrowser({ viewport: viewports.portrait });
  try {
    const scripts = new Set<string>();
    browser.page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.add(new URL(response.url()).pathname.slice(1));
    });
    const app = new AppPage(browser.page, server.url);
    await app.open('/');
    await browser.page.getByLabel('Adresse e-mail', { exact: true }).waitFor();
    await browser.page.waitForLoadState('networkidle');
    const loginJsGzip = [...scripts].reduce((total, path) => total + gzipSize(readFileSync(join(dist, path))), 0);
    await app.signIn(account.email, account.password);
    await app.waitForServiceWorkerControl();
    await browser.page.waitForLoadState('networkidle');
    const pageJsGzip = [...scripts].reduce((total, path) => total + gzipSize(readFileSync(join(dist, path))), 0);
    await server.stop();
    if (await app.canReachServer()) throw new Error('The server still answers: the measure would not be offline.');
    await browser.context.addInitScript({ content: HEADING_PROBE });
    const cdp = await browser.cdp();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await app.open('/');
    await browser.page.waitForFunction(() => (window as unknown as { __headingAt?: number }).__headingAt !== undefined, null, {
      timeout: 30_000,
    });
    const timing = await browser.page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return {
        headingMs: (window as unknown as { __headingAt: number }).__headingAt,
        responseEndMs: nav.responseEnd,
        viaWorker: nav.workerStart > 0,
      };
    });
    if (!timing.viaWorker) throw new Error('The page was not served by the service worker.');
    return { loginJsGzip, headingMs: timing.headingMs, responseEndMs: timing.responseEndMs, pageJsGzip };
  } finally {
    await browser.close();
  }
}

/** Median offline open times over RUNS fresh tablets. */
async function measureOfflineOpen(dist: string): Promise<OpenRun[]> {
  const server = await startAppServer(dist);
  const account = await createTestAccount(server.store);
  const runs: OpenRun[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      if (i > 0) await server.restart(dist);
      runs.push(await measureOneOpen(dist, server, account));
    }
  } finally {
    await server.dispose();
  }
  return runs;
}

/** gzip KB of the first-visit JS attributed to each package or app folder, heaviest first. */
export async function firstVisitBreakdown(): Promise<Array<{ owner: string; kb: number }>> {
  const { build } = await import('vite');
  const out = mkdtempSync(join(tmpdir(), 'declic-breakdown-'));
  const modules = new Map<string, Map<string, string>>();
  const capture: Plugin = {
    name: 'declic-bench-capture',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk')
          modules.set(chunk.fileName, new Map(Object.entries(chunk.modules).map(([id, m]) => [id, m.code ?? ''])));
      }
    },
  };
  try {
    await build({
      configFile: resolve('vite.config.ts'),
      logLevel: 'silent',
      plugins: [capture],
      build: { outDir: out, emptyOutDir: true },
    });
    const owners = new Map<string, number>();
    for (const file of firstVisitFiles(out).js) {
      const parts = [...(modules.get(file.path) ?? new Map<string, string>())].map(([id, code]) => ({
        owner: ownerOf(id),
        gzip: code ? gzipSize(code) : 0,
      }));
      const total = parts.reduce((t, p) => t + p.gzip, 0) || 1;
      // Modules compress better together: share the chunk's real gzip size in proportion.
      for (const part of parts) owners.set(part.owner, (owners.get(part.owner) ?? 0) + (file.gzip * part.gzip) / total);
    }
    return [...owners].map(([owner, bytes]) => ({ owner, kb: kb(bytes) })).sort((a, b) => b.kb - a.kb);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Runs the shell benchmark and returns its figures (one flat record, for a table). */
export async function runShellBench(): Promise<Record<string, unknown>> {
  const dist = ensureBuilt();
  const first = firstVisitFiles(dist);
  const precache = precacheSummary(dist);
  const load = loadavg()[0]!;
  const runs = await measureOfflineOpen(dist);
  const breakdown = await firstVisitBreakdown();
  const jsGzip = sum(first.js, 'gzip');
  const openMs = Math.round(median(runs.map((r) => r.headingMs)));
  const loginJs = Math.max(...runs.map((r) => r.loginJsGzip));
  return {
    'JS a first visit loads before the login screen is idle, gzip KB': kb(loginJs),
    'first-visit JS budget, gzip KB': JS_BUDGET_KB,
    'JS within budget': loginJs <= JS_BUDGET_KB * 1024,
    'first-visit JS, gzip KB (entry + static imports)': kb(jsGzip),
    'first-visit JS, raw KB': kb(sum(first.js, 'bytes')),
    'JS the page fetched on a first visit incl. lazy chunks, gzip KB': kb(runs[0]!.pageJsGzip),
    'first-visit CSS, gzip KB': kb(sum(first.css, 'gzip')),
    'precache entries (listed in sw.js)': `${precache.entries} (${precache.listed})`,
    'precache total, KB (gzip KB)': `${kb(precache.bytes)} (${kb(precache.gzip)})`,
    [`offline open to section heading, ${CPU_SLOWDOWN}× CPU, median of ${RUNS}, ms`]: openMs,
    'offline open runs, ms': runs.map((r) => Math.round(r.headingMs)).join(' / '),
    'offline open: index.html from the service worker (responseEnd), median ms': Math.round(median(runs.map((r) => r.responseEndMs))),
    'offline open budget, ms': OPEN_BUDGET_MS,
    'offline open within budget': openMs <= OPEN_BUDGET_MS,
    'machine load (1-min average) when the measure began': Math.round(load * 10) / 10,
    'heaviest in the first-visit JS (gzip KB, attributed)': breakdown
      .slice(0, 8)
      .map((part) => `${part.owner} ${part.kb}`)
      .join(', '),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  console.table(await runShellBench());
}
