// The tablet's side of the statistics benchmark: the shared computation bundled for a blank page of real
// Chromium with 4× CPU throttling, over a structure's 20,000 sessions built in the page.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { openBrowser } from '../fixtures/browser';
import { median } from './bench-figures';

/** Bundles computeStats and the bench's data formulas (the very modules the tablet runs) as an IIFE. */
async function bundle(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'declic-stats-bench-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      [
        `export { computeStats } from ${JSON.stringify(resolve('src/shared/stats/compute.ts'))};`,
        `export { suppressSmallCells } from ${JSON.stringify(resolve('src/shared/stats/suppression.ts'))};`,
        `export { statsToCsv } from ${JSON.stringify(resolve('src/shared/stats/csv.ts'))};`,
        `export { sessionFields, personFields, sessionId, personId } from ${JSON.stringify(resolve('tests/bench/stats-bench-data.ts'))};`,
      ].join('\n'),
    );
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      build: { write: false, minify: true, target: 'es2022', lib: { entry, formats: ['iife'], name: 'declicStats' } },
    });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []));
    const code = chunks.find((chunk) => chunk.type === 'chunk');
    if (!code || code.type !== 'chunk') throw new Error('bundle of the statistics is missing');
    return code.code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface PageFigures {
  firstMs: number;
  runs: number[];
  csvMs: number;
  sessions: number;
  people: number;
}

/** Runs in the throttled page: builds the structure's records, then times the report (first, then warm). */
function measureInPage({ sessions, people, runs }: { sessions: number; people: number; runs: number }): PageFigures {
  type Api = {
    computeStats(input: unknown, period: unknown): { totals: { sessions: number; people: number | null } };
    suppressSmallCells(report: unknown): unknown;
    statsToCsv(report: unknown, options: unknown): string;
    sessionFields(s: number, g: number, p: number): Record<string, unknown>;
    personFields(p: number): Record<string, unknown>;
    sessionId(s: number, g: number): string;
    personId(s: number, p: number): string;
  };
  const api = (window as unknown as { declicStats: Api }).declicStats;
  const built = {
    accompagnements: Array.from({ length: sessions }, (_, g) => ({ id: api.sessionId(0, g), ...api.sessionFields(0, g, people) })),
    beneficiaries: Array.from({ length: people }, (_, p) => ({ id: api.personId(0, p), ...api.personFields(p) })),
    orientations: Array.from({ length: 500 }, (_, i) => ({
      id: `o${i}`,
      beneficiaryId: api.personId(0, i),
      partnerId: 'caf-47',
      date: '2025-06-01',
      outcome: 'en-attente',
    })),
    passNumeriques: Array.from({ length: 1000 }, (_, i) => ({
      id: `c${i}`,
      status: i % 2 ? 'remis' : 'en-stock',
      valueCents: 1000,
      handedTo: i % 2 ? api.personId(0, i) : null,
      handedOn: '2025-05-02',
    })),
  };
  // As the tablet holds them: values opened from sealed JSON (flat strings, not the template strings
  // built above, which V8 would flatten and hash on first use and bill to the computation).
  const opened = JSON.parse(JSON.stringify(built)) as typeof built;
  const period = { from: '2025-01-01', to: '2025-12-31' };
  let t = performance.now();
  let report = api.computeStats(opened, period);
  const firstMs = performance.now() - t;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    report = api.computeStats(opened, period);
    times.push(performance.now() - t);
  }
  t = performance.now();
  api.statsToCsv(report, { scopeLabel: 'Banc' });
  const csvMs = performance.now() - t;
  return {
    firstMs,
    runs: times,
    csvMs,
    sessions: report.totals.sessions,
    people: report.totals.people ?? -1,
  };
}

/** What the tablet figures say: the first computation of each fresh page, and the warm ones. */
export interface TabletFigures extends PageFigures {
  /** The first (cold) computation of each fresh page. */
  firsts: number[];
}

/**
 * The tablet figures: a structure with `sessions` sessions and `people` people, CPU slowed down
 * `slowdown` times, in `pages` fresh pages (a dashboard opened once pays the cold run: it is measured
 * each time, and the machine's noise is seen in the spread).
 */
export async function tabletStatsFigures(sessions: number, people: number, slowdown: number, pages = 5, runs = 10): Promise<TabletFigures> {
  const code = await bundle();
  const browser = await openBrowser();
  try {
    const results: PageFigures[] = [];
    for (let i = 0; i < pages; i++) {
      const page = await browser.context.newPage();
      await page.goto('about:blank');
      await page.addScriptTag({ content: code });
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
      results.push(await page.evaluate(measureInPage, { sessions, people, runs }));
      await page.close();
    }
    const firsts = results.map((r) => r.firstMs);
    return {
      ...results[0]!,
      firsts,
      firstMs: median(firsts),
      runs: results.flatMap((r) => r.runs),
      csvMs: median(results.map((r) => r.csvMs)),
    };
  } finally {
    await browser.close();
  }
}
