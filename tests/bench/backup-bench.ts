// Backup figures (issue 12): `admin backup` of the statistics bench's territory database — 1,000,000 sessions
// (50 structures, 200,000 people, ≈ 11 M log rows), seeded straight in the database — while an endpoint
// serves it, on SQLite and on PostgreSQL: time and size of the backup, then the time of its restore, with
// the machine's load beside them. Run alone: `node --import tsx tests/bench/backup-bench.ts`
// (BACKUP_BENCH_SESSIONS=… for a smaller run).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { createStructure } from '../../src/server/accounts/accounts';
import { backupStorage, restoreStorage } from '../../src/server/store/backup';
import { openStore } from '../../src/server/store/open-store';
import type { StorageLocation } from '../../src/server/store/server-presence';
import { startTestServer } from '../fixtures/test-server';
import { DATABASE_URL, postgresAvailable } from './server-bench-tools';
import { seedPostgres, seedSqlite } from './stats-bench-seed';

const STRUCTURES = 50;
const TOTAL_SESSIONS = Number(process.env.BACKUP_BENCH_SESSIONS ?? 1_000_000);
const PEOPLE_PER_STRUCTURE = 4_000;

type Figures = Record<string, number | string>;
const seconds = (ms: number) => Math.round(ms / 100) / 10;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

/** Seeds the storage, backs it up while an endpoint serves it, then restores it with the endpoint stopped. */
async function measure(kind: 'sqlite' | 'postgres', dir: string): Promise<Figures> {
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const location: StorageLocation =
    kind === 'sqlite' ? { dataDir: dir, databaseUrl: undefined } : { dataDir: dir, databaseUrl: DATABASE_URL, databaseSchema: schema };
  try {
    let store = await openStore(location);
    const structures: string[] = [];
    for (let s = 0; s < STRUCTURES; s++) structures.push((await createStructure(store, `Structure ${s + 1}`)).id);
    const size = { structures, sessionsPerStructure: Math.ceil(TOTAL_SESSIONS / STRUCTURES), peoplePerStructure: PEOPLE_PER_STRUCTURE };
    let t = performance.now();
    if (kind === 'sqlite') seedSqlite(join(dir, 'declic.sqlite'), size);
    else await seedPostgres(DATABASE_URL, schema, size);
    const seedMs = performance.now() - t;
    const server = await startTestServer({ store });
    const file = join(dir, kind === 'sqlite' ? 'sauvegarde.sqlite' : 'sauvegarde.dump');
    const loadBefore = load();
    t = performance.now();
    const backup = await backupStorage(location, file);
    const backupMs = performance.now() - t;
    const loadAfter = load();
    await server.close();
    await store.close();
    t = performance.now();
    await restoreStorage(location, file);
    const restoreMs = performance.now() - t;
    store = await openStore(location);
    const rows = await store.listStructures();
    await store.close();
    return {
      sessions: STRUCTURES * size.sessionsPerStructure,
      'seed (s)': seconds(seedMs),
      'backup, endpoint running (s)': seconds(backupMs),
      'backup size (MB)': Math.round(backup.bytes / 100_000) / 10,
      'restore, endpoint stopped (s)': seconds(restoreMs),
      'structures after restore': rows.length,
      'load 1/5/15 min, before backup': loadBefore,
      'load 1/5/15 min, after backup': loadAfter,
    };
  } finally {
    if (kind === 'postgres') {
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
  }
}

/** The backup figures for BENCHMARKS.md. */
export async function runBackupBench(): Promise<Record<string, Figures>> {
  const figures: Record<string, Figures> = {};
  for (const kind of ['sqlite', 'postgres'] as const) {
    if (kind === 'postgres' && !(await postgresAvailable())) {
      figures.PostgreSQL = { skipped: `unreachable at ${DATABASE_URL}` };
      continue;
    }
    const dir = mkdtempSync(join(tmpdir(), 'declic-backup-bench-'));
    try {
      figures[`${kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'}, ${TOTAL_SESSIONS} sessions`] = await measure(kind, dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const [name, figures] of Object.entries(await runBackupBench())) {
    console.log(`\n## ${name}`);
    console.table(figures);
  }
}
