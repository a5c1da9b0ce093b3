// The retention purge and merged duplicate files: a file merged into another is the same person as the
// kept file, so both expire together (counted from the latest contact among them), a merged file is never
// purged alone while its kept file lives (its records may still be moving), and a merged file whose kept
// file was erased goes too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeInactiveFiles } from '../../src/server/retention/purge';
import { retentionCutoff } from '../../src/server/retention/retention-rule';
import type { Store } from '../../src/server/store/store';
import { writeOps } from '../../src/server/sync/sync-service';
import { uuidv7 } from '../../src/shared/schema/ids';
import type { Op } from '../../src/shared/schema/sync';
import { login, seedStructure, Tablet } from '../fixtures/server-api';
import { freshStore, startTestServer, type TestServer } from '../fixtures/test-server';

const DAY_MS = 86_400_000;
const NOW = Date.now();
const CUTOFF = retentionCutoff(NOW, 24);
const day = (offset: number) => new Date(Date.parse(`${CUTOFF}T00:00:00Z`) + offset * DAY_MS).toISOString().slice(0, 10);
const LONG_AGO = NOW - 3 * 365 * DAY_MS;

function mergedSuite(kind: 'sqlite' | 'postgres') {
  let owned: { store: Store; dispose(): Promise<void> };
  let server: TestServer;
  let tablet: Tablet;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    owned = await freshStore(kind);
    server = await startTestServer({ store: owned.store, loginLimit: 1000 });
    const account = await seedStructure(owned.store, 'Mairie de Nérac');
    tablet = new Tablet(server.url, await login(server.url, account.email, account.password), undefined, () => LONG_AGO);
    const file = (name: string, fields: Record<string, unknown>) => {
      const recordId = uuidv7();
      ids[name] = recordId;
      return Object.entries({ firstName: name, ...fields }).map(([field, value]) => tablet.op(recordId, field, value));
    };
    // Everything received three years ago: only the contact dates decide.
    const ops: Op[] = [
      ...file('oldKept', { lastContactOn: day(-30) }),
      ...file('oldMerged', { lastContactOn: day(-40) }),
      ...file('liveKept', { lastContactOn: day(300) }),
      ...file('oldMergedIntoLive', { lastContactOn: day(-40) }),
      ...file('erasedKept', { lastContactOn: day(300) }),
      ...file('mergedIntoErased', { lastContactOn: day(300) }),
      ...file('keptOfRecent', { lastContactOn: day(-30) }),
      ...file('recentMerged', { lastContactOn: day(200) }),
    ];
    ops.push(
      tablet.op(ids.oldMerged!, 'mergedInto', ids.oldKept),
      tablet.op(ids.oldMergedIntoLive!, 'mergedInto', ids.liveKept),
      tablet.op(ids.mergedIntoErased!, 'mergedInto', ids.erasedKept),
      tablet.op(ids.erasedKept!, 'deleted', true),
      tablet.op(ids.recentMerged!, 'mergedInto', ids.keptOfRecent),
    );
    await writeOps(
      owned.store,
      { structureId: account.structure.id, aidantId: account.aidant.id, deviceId: 'ancienne' },
      tablet.clientId,
      ops,
      LONG_AGO,
    );
  });
  afterAll(async () => {
    await server?.close();
    await owned?.dispose();
  });

  it('erases a kept file with the files merged into it, keeps a merged file whose kept file lives, erases one whose kept file was erased', async () => {
    const report = await purgeInactiveFiles(owned.store, { retentionMonths: 24, now: NOW });
    expect(report.files).toBe(3);
    // The purge's own tombstones (the tablet erased `erasedKept` itself).
    const erased = (await tablet.pullAll())
      .filter((op) => op.field === 'deleted' && op.value === true && op.recordId !== ids.erasedKept)
      .map((op) => op.recordId);
    expect(erased.sort()).toEqual([ids.oldKept, ids.oldMerged, ids.mergedIntoErased].sort());
    // A recent contact on the merged file keeps the kept one (the contact will be carried to it).
    expect(erased).not.toContain(ids.keptOfRecent);
    expect(erased).not.toContain(ids.recentMerged);
    expect(erased).not.toContain(ids.oldMergedIntoLive);
  });
}

describe('the purge and merged files (SQLite)', () => mergedSuite('sqlite'));
describe('the purge and merged files (PostgreSQL)', () => mergedSuite('postgres'));
