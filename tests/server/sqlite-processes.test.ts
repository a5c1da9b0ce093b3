// Two processes opening one SQLite file at once (the server and `npm run admin`): the second waits for the first's
// migrations instead of applying them again.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrationsFor } from '../../src/server/store/migrations';

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts the migrating process on `file`; `ready` resolves once it is about to migrate. */
function migrateInAnotherProcess(file: string): { ready: Promise<void>; exit: Promise<Exit> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/fixtures/migrate-sqlite-process.ts', file]);
  let stdout = '';
  let stderr = '';
  let markReady: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (stdout.includes('ready')) markReady();
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<Exit>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { ready, exit };
}

describe('migrating one SQLite file from two processes', () => {
  let dir: string;
  let file: string;
  let first: Database.Database;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'declic-sqlite-processes-'));
    file = join(dir, 'declic.sqlite');
    first = new Database(file);
    first.pragma('journal_mode = WAL');
  });
  afterEach(() => {
    first.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets the second process wait for the first one’s migrations, then find nothing left to apply', async () => {
    // The first process has created the bookkeeping table and is applying every migration, not yet committed.
    first.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
    first.exec('BEGIN IMMEDIATE');
    for (const migration of migrationsFor('sqlite')) {
      first.exec(migration.sql);
      first.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(migration.version, migration.name, Date.now());
    }

    const second = migrateInAnotherProcess(file);
    await second.ready;
    await new Promise((resolve) => setTimeout(resolve, 300));
    first.exec('COMMIT');

    const exit = await second.exit;
    expect(exit.stderr).toBe('');
    expect(exit).toMatchObject({ code: 0, stdout: 'ready\nmigrated\n' });
    const versions = first.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    expect(versions).toEqual(migrationsFor('sqlite').map((m) => m.version));
  });

  it('lets six processes open a fresh file at once', async () => {
    const runs = Array.from({ length: 6 }, () => migrateInAnotherProcess(file));
    const exits = await Promise.all(runs.map((run) => run.exit));
    expect(exits.map((e) => [e.code, e.stderr])).toEqual(exits.map(() => [0, '']));
    expect(first.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(migrationsFor('sqlite').length);
  });
});
