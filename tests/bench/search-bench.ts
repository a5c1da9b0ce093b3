// Search budget (issue 5, point 7): latency of the offline search over the whole content pack and 200 local
// partners of the territory (issue 16, point 4: searched beside the pack, as the catalogue's search does),
// typed letter by letter, in Chromium with 4× CPU throttling; index build and pack parse at start;
// pack size raw and gzip. Run alone: `node --import tsx tests/bench/search-bench.ts`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { loadContentPack } from '../../src/server/content-pack/load-pack';
import { openBrowser } from '../fixtures/browser';
import { percentile } from './bench-figures';

const CPU_SLOWDOWN = 4;
const P95_BUDGET_MS = 20;
const BUILD_RUNS = 5;
/** Local partners and notes of a well-furnished territory. */
const LOCAL_PARTNERS = 200;
const LOCAL_NOTES = 100;

const communes = ['Agen', 'Nérac', 'Marmande', 'Villeneuve-sur-Lot', 'Casteljaloux', 'Tonneins', 'Mézin', 'Fumel', 'Aiguillon', 'Lavardac'];
const places = [
  'Épicerie solidaire',
  'Centre social',
  'Permanence CAF',
  'Point justice',
  'Atelier numérique',
  'Secours populaire',
  'Mission locale',
  'CCAS',
  'Maison de santé',
  'Relais petite enfance',
];

/** Local partners and notes as coordinators write them: names, places, hours, what to bring, Markdown notes. */
export function benchLocalContent(demarcheIds: string[]) {
  const partners = Array.from({ length: LOCAL_PARTNERS }, (_, i) => {
    const commune = communes[i % communes.length]!;
    return {
      id: `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
      name: `${places[i % places.length]} de ${commune} ${i}`,
      commune,
      address: `${1 + (i % 40)} rue de la République, ${commune}`,
      hours: 'Lundi et jeudi, 9 h – 12 h ; mercredi après-midi sur rendez-vous',
      phone: `05 53 ${String(10 + (i % 90))} 00 00`,
      appointment: 'Appeler le matin, ou passer sans rendez-vous le lundi',
      bring: 'Pièce d’identité, dernier avis d’imposition, justificatif de domicile',
      notes: '**Accès** de plain-pied. Permanence d’une *assistante sociale* le premier mardi du mois.',
      author: 'Corinne Coordinatrice',
      updatedOn: '2026-12-04',
      territory: i % 2 === 0,
      deleted: null,
      conflicts: {},
    };
  });
  const notes = Array.from({ length: LOCAL_NOTES }, (_, i) => ({
    id: `00000000-0000-7000-9000-${String(i).padStart(12, '0')}`,
    demarcheId: demarcheIds[i % demarcheIds.length]!,
    body: `À ${communes[i % communes.length]}, le guichet reçoit sur rendez-vous le **mardi matin** ; apporter le courrier reçu.`,
    author: 'Corinne Coordinatrice',
    updatedOn: '2026-12-04',
    territory: false,
    deleted: null,
    conflicts: {},
  }));
  return { partners, notes };
}

/** What aidants type, with their usual slips: missing accents, typos, half words. */
export const benchQueries = [
  'prime activite',
  "prime d'activité",
  'rsa',
  'apl',
  'aide logement',
  'allocation logement',
  'carte vitalle',
  'carte vitale',
  'compte ameli',
  'ameli',
  'complementaire sante',
  'c2s',
  'mutuelle',
  'franceconect',
  'france connect',
  'declaration revenus',
  'déclarer impots',
  "avis d'impot",
  'numero fiscal',
  'retraitte',
  'demande de retraite',
  'releve de carriere',
  'passeport',
  "carte d'identité",
  'carte identite perdue',
  'permis de conduire vol',
  'carte grise',
  'vendre voiture',
  'amende',
  'inscription france travail',
  'actualisation',
  'pole emploi',
  'attestation',
  'attestation caf',
  'changement de situation',
  'adresse mail',
  'creer email',
  'mot de passe oublie',
  'code sms',
  'hameconnage',
  'arnaque',
  'scanner un document',
  'photo justificatif',
  'piece jointe',
  'pdf',
  'aah handicap',
  'mdph',
  'mission locale',
  'contrat engagement jeune',
  'cap emploi',
  'identite numerique',
  'cesu',
  'micro entreprise',
  'carte senior sncf',
];

/** What aidants type to find a partner of the territory. */
const localQueries = ['epicerie solidaire', 'centre social nerac', 'permanence caf', 'point justice agen', 'mardi matin'];

/** Bundles the app's search (the very modules the tablet runs) for a blank page; nothing global ships in the app. */
async function bundleSearch(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'declic-search-bench-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      [
        `export { buildPackIndex } from ${JSON.stringify(resolve('src/app/catalogue/search-documents.ts'))};`,
        `export { search } from ${JSON.stringify(resolve('src/app/search/search-index.ts'))};`,
        `export { findLocal, withIndex } from ${JSON.stringify(resolve('src/app/catalogue/local-search.ts'))};`,
        `export { contentPackSchema } from ${JSON.stringify(resolve('src/shared/schema/content.ts'))};`,
      ].join('\n'),
    );
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      build: { write: false, minify: true, target: 'es2022', lib: { entry, formats: ['iife'], name: 'declicSearch' } },
    });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []));
    const code = chunks.find((chunk) => chunk.type === 'chunk');
    if (!code || code.type !== 'chunk') throw new Error('bundle of the search is missing');
    return code.code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface PageFigures {
  parseMs: number;
  validateMs: number;
  validateAgainMs: number;
  firstKeystrokeMs: number;
  buildFirstMs: number;
  buildMedianMs: number;
  terms: number;
  localBuildMs: number;
  latencies: number[];
  fullQueryLatencies: number[];
}

/** Runs in the throttled page: parse, validate, build the index, then type every query letter by letter. */
function measureInPage({ json, local, queries, runs }: { json: string; local: unknown; queries: string[]; runs: number }): PageFigures {
  type Api = {
    buildPackIndex(pack: unknown): { terms: string[] };
    search(index: unknown, query: string): unknown[];
    withIndex(local: unknown): unknown;
    findLocal(local: unknown, query: string): unknown;
    contentPackSchema: { safeParse(v: unknown): unknown };
  };
  const api = (window as unknown as { declicSearch: Api }).declicSearch;
  let t = performance.now();
  const raw = JSON.parse(json) as unknown;
  const parseMs = performance.now() - t;
  t = performance.now();
  api.contentPackSchema.safeParse(raw);
  const validateMs = performance.now() - t;
  t = performance.now();
  api.contentPackSchema.safeParse(JSON.parse(json));
  const validateAgainMs = performance.now() - t;
  // The first build is the one a tablet pays at start (cold code); the others show the steady cost.
  const builds: number[] = [];
  t = performance.now();
  let index = api.buildPackIndex(raw);
  const buildFirstMs = performance.now() - t;
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    index = api.buildPackIndex(raw);
    builds.push(performance.now() - t);
  }
  // The app builds one index at start and keeps it: typing runs against that one.
  index = api.buildPackIndex(raw);
  // The local content's index, built when the tablet reads its records (again after a change).
  t = performance.now();
  const searchableLocal = api.withIndex(local);
  const localBuildMs = performance.now() - t;
  const latencies: number[] = [];
  const fullQueryLatencies: number[] = [];
  for (const query of queries) {
    for (let end = 1; end <= query.length; end++) {
      t = performance.now();
      // What one keystroke costs in the catalogue's search: the pack's index, then the territory's.
      api.search(index, query.slice(0, end));
      api.findLocal(searchableLocal, query.slice(0, end));
      const ms = performance.now() - t;
      latencies.push(ms);
      if (end === query.length) fullQueryLatencies.push(ms);
    }
  }
  const sorted = [...builds].sort((a, b) => a - b);
  return {
    parseMs,
    validateMs,
    validateAgainMs,
    firstKeystrokeMs: latencies[0]!,
    buildFirstMs,
    buildMedianMs: sorted[Math.floor(sorted.length / 2)]!,
    terms: index.terms.length,
    localBuildMs,
    latencies,
    fullQueryLatencies,
  };
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** The search figures for BENCHMARKS.md. */
export async function runSearchBench(): Promise<Record<string, unknown>> {
  const pack = loadContentPack(resolve('src/content'));
  const json = JSON.stringify(pack);
  const local = benchLocalContent(pack.demarches.map((d) => d.id));
  const code = await bundleSearch();
  const browser = await openBrowser();
  try {
    await browser.page.goto('about:blank');
    await browser.page.addScriptTag({ content: code });
    const cdp = await browser.cdp();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const figures = await browser.page.evaluate(measureInPage, {
      json,
      local,
      queries: [...benchQueries, ...localQueries],
      runs: BUILD_RUNS,
    });
    const p95 = percentile(figures.latencies, 95);
    return {
      cpuSlowdown: `${CPU_SLOWDOWN}×`,
      demarches: pack.demarches.length,
      guides: pack.guides.length,
      'local partners': local.partners.length,
      'local notes': local.notes.length,
      indexedWords: figures.terms,
      queries: benchQueries.length + localQueries.length,
      keystrokes: figures.latencies.length,
      'search p50 (ms)': round(percentile(figures.latencies, 50)),
      'search p95 (ms)': round(p95),
      'search max (ms)': round(Math.max(...figures.latencies)),
      'first keystroke (ms)': round(figures.firstKeystrokeMs),
      'full query p95 (ms)': round(percentile(figures.fullQueryLatencies, 95)),
      'budget p95 ≤ 20 ms': p95 <= P95_BUDGET_MS ? 'ok' : 'OVER',
      'pack JSON.parse (ms)': round(figures.parseMs),
      'pack validation, zod, first (ms)': round(figures.validateMs),
      'pack validation, zod, again (ms)': round(figures.validateAgainMs),
      'index build at start, cold (ms)': round(figures.buildFirstMs),
      'index build, warm median (ms)': round(figures.buildMedianMs),
      'local index build (ms)': round(figures.localBuildMs),
      'pack raw (KB)': Math.round(Buffer.byteLength(json) / 102.4) / 10,
      'pack gzip (KB)': Math.round(gzipSync(json).length / 102.4) / 10,
      'bench bundle: search + schema, min+gzip (KB)': Math.round(gzipSync(code).length / 102.4) / 10,
    };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.table(await runSearchBench());
}
