// Erased means erased on the server's disk too (SQLite): after an erasure or a retention purge, the raw
// database files (the file and its WAL) no longer hold the person's values, in live rows or freed space.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeInactiveFiles } from '../../src/server/retention/purge';
import { retentionCutoff } from '../../src/server/retention/retention-rule';
import { openSqliteStore, type SqliteStore } from '../../src/server/store/sqlite';
import { login, seedStructure, Tablet } from '../fixtures/server-api';
import { startTestServer, type TestServer } from '../fixtures/test-server';

const DAY_MS = 86_400_000;

describe('erasure on the SQLite files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'declic-disk-'));
  const file = join(dir, 'declic.sqlite');
  let store: SqliteStore;
  let server: TestServer;
  let account: Awaited<ReturnType<typeof seedStructure>>;
  const tablet = async (now?: () => number) =>
    new Tablet(server.url, await login(server.url, account.email, account.password), undefined, now);

  /** Where a string is in the raw files of the database (the file, its WAL). */
  const filesHolding = (text: string) =>
    [file, `${file}-wal`].filter((path) => existsSync(path) && readFileSync(path).includes(Buffer.from(text, 'utf8')));

  /** A bénéficiaire whose every value carries `canary`, edited twice (older values pruned), and read by a colleague. */
  const personWithCanary = async (writer: Tablet, canary: string, lastContactOn?: string) => {
    const { recordId, ops } = writer.newBeneficiary({
      firstName: `${canary}-prénom`,
      lastName: `${canary}-nom`,
      notes: `${canary}-notes : dossier CAF`,
      ...(lastContactOn ? { lastContactOn } : {}),
    });
    await writer.sync(ops);
    await writer.sync([writer.op(recordId, 'notes', `${canary}-notes : RDV mardi`, ops[2]!.hlc)]);
    await (await tablet()).pullAll();
    return recordId;
  };

  beforeAll(async () => {
    store = openSqliteStore(file);
    await store.migrate();
    server = await startTestServer({ store, loginLimit: 1000 });
    account = await seedStructure(store, 'Mairie de Barbaste');
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves no value of an erased person in the database file or its WAL', async () => {
    const canary = `Canari${randomBytes(6).toString('hex')}`;
    const writer = await tablet();
    const recordId = await personWithCanary(writer, canary);
    expect(filesHolding(canary).length, 'the canary is on disk before the erasure').toBeGreaterThan(0);
    await writer.sync([writer.op(recordId, 'deleted', true)]);
    expect(filesHolding(canary)).toEqual([]);
  });

  it('leaves no value of a person purged for retention in the database file or its WAL', async () => {
    const canary = `Canari${randomBytes(6).toString('hex')}`;
    // The purge counts from the endpoint's receipt of the last write (now): it runs as of 26 months later.
    const later = Date.now() + 26 * 31 * DAY_MS;
    const before = new Date(Date.parse(`${retentionCutoff(later, 24)}T00:00:00Z`) - 30 * DAY_MS).toISOString().slice(0, 10);
    await personWithCanary(await tablet(), canary, before);
    expect(filesHolding(canary).length).toBeGreaterThan(0);
    const report = await purgeInactiveFiles(store, { retentionMonths: 24, now: later });
    expect(report.files).toBeGreaterThanOrEqual(1);
    expect(filesHolding(canary)).toEqual([]);
  });
});
