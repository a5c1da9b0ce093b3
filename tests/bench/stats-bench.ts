// Statistics budget (issue 6, point 7): the dashboard's computation on a tablet for a structure of
// 20,000 sessions in Chromium with 4× CPU throttling (budget ≤ 200 ms), and the endpoint's statistics
// for 1,000,000 sessions (50 structures) on SQLite and on PostgreSQL, seeded straight in the database.
// Run alone: `node --import tsx tests/bench/stats-bench.ts` (STATS_BENCH_SESSIONS=… for a smaller run;
// STATS_BENCH_PARTS=sqlite,postgres for some of tablet, sqlite and postgres only).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { createAidant, createStructure } from '../../src/server/accounts/accounts';
import { computeStoreStats } from '../../src/server/stats/stats-service';
import { refreshStatsProjections } from '../../src/server/stats/stats-projection';
import { keepRecentInputs, keptMonthsOf } from '../../src/server/stats/structure-inputs';
import { forEachStructure } from '../../src/server/stats/structures-at-once';
import { openPostgresStore } from '../../src/server/store/postgres';
import { openSqliteStore } from '../../src/server/store/sqlite';
import type { Store } from '../../src/server/store/store';
import { writeOps } from '../../src/server/sync/sync-service';
import { HybridClock } from '../../src/shared/hlc';
import type { Op } from '../../src/shared/schema/sync';
import { computeStats } from '../../src/shared/stats/compute';
import type { StatsReport } from '../../src/shared/stats/report-schema';
import { login } from '../fixtures/server-api';
import { startTestServer } from '../fixtures/test-server';
import { personFields, personId, sessionFields, sessionId } from './stats-bench-data';
import { seedPostgres, seedSqlite, type SeedSize } from './stats-bench-seed';
import { median, percentile } from './bench-figures';
import { DATABASE_URL, postgresAvailable } from './server-bench-tools';
import { tabletStatsFigures } from './stats-bench-tablet';

const CPU_SLOWDOWN = 4;
const TABLET_SESSIONS = 20_000;
const TABLET_PEOPLE = 3_000;
const TABLET_BUDGET_MS = 200;
const STRUCTURES = 50;
const TOTAL_SESSIONS = Number(process.env.STATS_BENCH_SESSIONS ?? 1_000_000);
const PEOPLE_PER_STRUCTURE = 4_000;
const PERIOD = { from: '2025-01-01', to: '2025-12-31' };
/** A period asked after PERIOD: nothing kept for it. */
const FIRST_HALF = { from: '2025-01-01', to: '2025-06-30' };
/** Sessions rewritten by a push between the second and the third statistics call. */
const EDITED_SESSIONS = 1_000;
/** Rounds of a push in every structure then a territory call. */
const PUSH_ROUNDS = 3;
/** Issue 18: the first build of the statistics projection, 1,000,000 sessions. */
const BUILD_BUDGET_MS = 20_000;

type Figures = Record<string, number | string>;
/** The parts of the bench to run. */
const PARTS = new Set((process.env.STATS_BENCH_PARTS ?? 'tablet,sqlite,postgres').split(','));
const round = (ms: number) => Math.round(ms);

/** The same report computed in memory from the same formulas: what every store must give. */
function expectedReport(size: SeedSize): { report: StatsReport; ms: number } {
  const accompagnements = [];
  const beneficiaries = [];
  for (const [s, structureId] of size.structures.entries()) {
    for (let g = 0; g < size.sessionsPerStructure; g++)
      accompagnements.push({ id: sessionId(s, g), structureId, ...sessionFields(s, g, size.peoplePerStructure) });
    for (let p = 0; p < size.peoplePerStructure; p++) beneficiaries.push({ id: personId(s, p), ...personFields(p) });
  }
  const started = performance.now();
  const report = computeStats({ accompagnements, beneficiaries, orientations: [], passNumeriques: [] }, PERIOD);
  return { report, ms: performance.now() - started };
}

/**
 * Pushes, through the server's write path, a new write of the place of the first EDITED_SESSIONS
 * sessions of the first structure, with the same value: the next call re-merges them, same figures.
 */
async function rewriteSessions(store: Store, structureId: string, size: SeedSize): Promise<void> {
  const clock = new HybridClock('banc-stats-edit');
  const ops: Op[] = Array.from({ length: EDITED_SESSIONS }, (_, g) => ({
    opId: `banc-edit-${g}`,
    collection: 'accompagnements',
    recordId: sessionId(0, g),
    field: 'place',
    value: sessionFields(0, g, size.peoplePerStructure).place,
    hlc: clock.now(),
  }));
  await writeOps(store, { structureId, aidantId: 'banc', deviceId: 'banc' }, clock.clientId, ops);
}

/** A new write of one session's place, same value, in `structureId`: its log moves, its figures stay. */
async function rewriteSession(store: Store, structureId: string, size: SeedSize): Promise<void> {
  const clock = new HybridClock(`banc-stats-${structureId.slice(0, 8)}`);
  const s = size.structures.indexOf(structureId);
  const hlc = clock.now();
  const op: Op = {
    opId: hlc,
    collection: 'accompagnements',
    recordId: sessionId(s, 1),
    field: 'place',
    value: sessionFields(s, 1, size.peoplePerStructure).place,
    hlc,
  };
  await writeOps(store, { structureId, aidantId: 'banc', deviceId: 'banc' }, clock.clientId, [op]);
}

/** The report with each structure named by its rank (stores make their own structure ids). */
function byRank(report: StatsReport, structureIds: string[]): StatsReport {
  const structure = report.tables.structure
    .map((row) => ({ ...row, key: `#${String(structureIds.indexOf(row.key)).padStart(4, '0')}` }))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
  return { ...report, tables: { ...report.tables, structure } };
}

/** Seeds one store, then times its statistics straight and through GET /api/v1/stats as an admin. */
async function measureStore(
  kind: 'sqlite' | 'postgres',
  open: () => Promise<{ store: Store; seed(size: SeedSize): Promise<void>; dispose(): Promise<void> }>,
  expected: StatsReport,
): Promise<Figures> {
  const { store, seed, dispose } = await open();
  try {
    const structures: string[] = [];
    for (let s = 0; s < STRUCTURES; s++) structures.push((await createStructure(store, `Structure ${s + 1}`)).id);
    const account = { email: `admin-${kind}@banc.test`, password: 'mesure-du-serveur-47' };
    await createAidant(store, { structureId: structures[0]!, name: 'Admin', role: 'admin', ...account });
    const size = { structures, sessionsPerStructure: Math.ceil(TOTAL_SESSIONS / STRUCTURES), peoplePerStructure: PEOPLE_PER_STRUCTURE };
    let t = performance.now();
    await seed(size);
    const seedMs = performance.now() - t;
    t = performance.now();
    // As the endpoint builds them after an upgrade (projection-at-start.ts): every structure, two at once on PostgreSQL.
    await refreshStatsProjections(store, structures);
    const buildMs = performance.now() - t;
    // Then, as the endpoint does after its start, the months of the last five years added up and kept (PERIOD is one).
    t = performance.now();
    await forEachStructure(store, structures, (structureId) => keepRecentInputs(store, structureId, Date.parse('2026-06-01')));
    const keptAheadMs = performance.now() - t;
    t = performance.now();
    const report = await computeStoreStats(store, structures, PERIOD, { perStructure: true });
    const firstMs = performance.now() - t;
    t = performance.now();
    const again = await computeStoreStats(store, structures, PERIOD, { perStructure: true });
    const againMs = performance.now() - t;
    await rewriteSessions(store, structures[0]!, size);
    t = performance.now();
    const afterPush = await computeStoreStats(store, structures, PERIOD, { perStructure: true });
    const afterPushMs = performance.now() - t;
    const same = [report, again, afterPush].every((r) => isDeepStrictEqual(byRank(r, structures), expected));
    const server = await startTestServer({ store, loginLimit: 1000 });
    try {
      const token = await login(server.url, account.email, account.password);
      const territory = async (period: { from: string; to: string }) => {
        const started = performance.now();
        const response = await fetch(`${server.url}/api/v1/stats?from=${period.from}&to=${period.to}&scope=territory`, {
          headers: { Authorization: `Bearer ${token}` },
        });
        const body = await response.text();
        if (response.status !== 200) throw new Error(`GET /api/v1/stats answered ${response.status}: ${body}`);
        return { ms: performance.now() - started, kb: Math.round(body.length / 102.4) / 10 };
      };
      const kept = await territory(PERIOD);
      const newPeriod = await territory(FIRST_HALF);
      // Three rounds, each after a push in every structure: one call is one sample of a noisy machine.
      const everyStructureMoved: number[] = [];
      for (let round = 0; round < PUSH_ROUNDS; round++) {
        for (const structureId of structures) await rewriteSession(store, structureId, size);
        everyStructureMoved.push((await territory(PERIOD)).ms);
      }
      return {
        sessions: report.totals.sessions,
        people: report.totals.people ?? '< 5',
        'same report as in memory (each call)': same ? 'yes' : 'NO',
        'seed (s)': Math.round(seedMs / 100) / 10,
        [`projection, first build (ms; budget ≤ ${BUILD_BUDGET_MS})`]: round(buildMs),
        'months added up ahead, as after a start, in the background (ms)': round(keptAheadMs),
        'statistics, first, once the projection is built and the months added up (ms)': round(firstMs),
        'statistics, again (ms)': round(againMs),
        [`statistics after a push rewriting ${EDITED_SESSIONS} sessions of one structure (ms)`]: round(afterPushMs),
        'GET /api/v1/stats territory, structures unchanged since the last call (ms; budget ≤ 1000)': round(kept.ms),
        'GET territory, a period never asked before (ms)': round(newPeriod.ms),
        'GET territory, after a push in every structure, median (ms)': round(median(everyStructureMoved)),
        'GET territory, after a push in every structure, each round (ms)': everyStructureMoved.map(round).join(' / '),
        'answer size (KB)': kept.kb,
        'months of sessions kept in memory': keptMonthsOf(store),
        'heap used after the calls (MB)': Math.round(process.memoryUsage().heapUsed / 1_048_576),
        'machine load (1 min)': loadavg()[0]!.toFixed(1),
      };
    } finally {
      await server.close();
    }
  } finally {
    await store.close();
    await dispose();
  }
}

async function sqliteStore() {
  const dir = mkdtempSync(join(tmpdir(), 'declic-stats-bench-'));
  const file = join(dir, 'declic.sqlite');
  const store = openSqliteStore(file);
  await store.migrate();
  return {
    store,
    seed: async (size: SeedSize) => seedSqlite(file, size),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function postgresStore() {
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const store = await openPostgresStore(DATABASE_URL, { schema });
  await store.migrate();
  return {
    store,
    seed: (size: SeedSize) => seedPostgres(DATABASE_URL, schema, size),
    dispose: async () => {
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}

/** The statistics figures for BENCHMARKS.md. */
export async function runStatsBench(): Promise<Record<string, Figures>> {
  const figures: Record<string, Figures> = {};
  if (PARTS.has('tablet')) {
    const tablet = await tabletStatsFigures(TABLET_SESSIONS, TABLET_PEOPLE, CPU_SLOWDOWN);
    const warm = median(tablet.runs);
    figures[`tablet, ${TABLET_SESSIONS} sessions, ${CPU_SLOWDOWN}× CPU`] = {
      sessions: tablet.sessions,
      people: tablet.people,
      'statistics, first in a fresh page, median of 5 (ms)': round(tablet.firstMs),
      'first, each page (ms)': tablet.firsts.map(round).join(' / '),
      'statistics, warm median (ms)': round(warm),
      'statistics, warm p95 (ms)': round(percentile(tablet.runs, 95)),
      [`budget ≤ ${TABLET_BUDGET_MS} ms`]: tablet.firstMs <= TABLET_BUDGET_MS && warm <= TABLET_BUDGET_MS ? 'ok' : 'OVER',
      'CSV export (ms)': round(tablet.csvMs),
      'machine load (1 min)': loadavg()[0]!.toFixed(1),
    };
  }
  const size = {
    structures: Array.from({ length: STRUCTURES }, (_, s) => `structure-${s}`),
    sessionsPerStructure: Math.ceil(TOTAL_SESSIONS / STRUCTURES),
    peoplePerStructure: PEOPLE_PER_STRUCTURE,
  };
  const memory = expectedReport(size);
  figures[`in memory (Node), ${TOTAL_SESSIONS} sessions`] = {
    sessions: memory.report.totals.sessions,
    'statistics (ms)': round(memory.ms),
  };
  const expected = byRank(memory.report, size.structures);
  if (PARTS.has('sqlite')) figures[`SQLite, ${TOTAL_SESSIONS} sessions`] = await measureStore('sqlite', sqliteStore, expected);
  if (!PARTS.has('postgres')) return figures;
  if (await postgresAvailable())
    figures[`PostgreSQL, ${TOTAL_SESSIONS} sessions`] = await measureStore('postgres', postgresStore, expected);
  else figures.PostgreSQL = { skipped: `unreachable at ${DATABASE_URL}` };
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const [name, figures] of Object.entries(await runStatsBench())) {
    console.log(`\n## ${name}`);
    console.table(figures);
  }
}
