// A database made before the statistics projection (schema version 1, a log already written) gets the
// projection on migrate; the first statistics call builds it from the whole log, or the endpoint does
// in the background once started.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStructure } from '../../src/server/accounts/accounts';
import { refreshProjectionsAfterStart } from '../../src/server/stats/projection-at-start';
import { computeStoreStats } from '../../src/server/stats/stats-service';
import { keptMonthsOf } from '../../src/server/stats/structure-inputs';
import { migrationsFor } from '../../src/server/store/migrations';
import type { Store } from '../../src/server/store/store';
import { writeOps } from '../../src/server/sync/sync-service';
import { HybridClock } from '../../src/shared/hlc';
import { uuidv7 } from '../../src/shared/schema/ids';
import type { Op } from '../../src/shared/schema/sync';
import { asRecords, headAndMark, mergedRecordsOfLog, projectionRows, statsFromLiveOps } from '../fixtures/live-stats';
import { storeKinds } from '../fixtures/postgres';
import { openTestDb, type TestDb } from '../fixtures/server-db';

const YEAR = { from: '2025-01-01', to: '2025-12-31' };

/**
 * Takes a database back to schema version 1, its log kept: what an endpoint made before the projection
 * left (the log is written first, through today's write path, so that it holds pruned and erased ops).
 */
async function backToVersionOne(db: TestDb): Promise<void> {
  await db.query('DROP TABLE stats_records');
  // Migration 10: the projection's parts (its months went with stats_records).
  await db.query('DROP TABLE stats_parts');
  await db.query('ALTER TABLE structures DROP COLUMN stats_projected_seq');
  await db.query('ALTER TABLE devices DROP COLUMN revoked_by');
  await db.query('DROP TABLE login_counters');
  // Migration 5: the dataset id.
  await db.query('DROP TABLE dataset');
  // Migration 6: when the endpoint received each op.
  await db.query('ALTER TABLE ops DROP COLUMN received_at');
  // Migration 7: memberships, deactivated accounts, temporary passwords.
  await db.query('DROP TABLE memberships');
  await db.query('DROP INDEX audit_log_structure_at');
  await db.query('ALTER TABLE aidants DROP COLUMN disabled_at');
  await db.query('ALTER TABLE aidants DROP COLUMN must_change_password');
  // Migration 9: what an operator watches.
  await db.query('DROP TABLE purge_runs');
  await db.query('ALTER TABLE devices DROP COLUMN quarantined');
  // Migration 8: the territory log's reserved structure row.
  await db.query("DELETE FROM structures WHERE id = '_territoire'");
  await db.query('DELETE FROM schema_migrations WHERE version >= 2');
}

/** A month of work written through the server's write path: people, sessions (one edited, one deleted), an orientation. */
async function writeLog(store: Store, structureId: string): Promise<void> {
  const clock = new HybridClock('tablette-v1');
  const op = (collection: string, recordId: string, field: string, value: unknown): Op => ({
    opId: uuidv7(),
    collection,
    recordId,
    field,
    value,
    hlc: clock.now(),
  });
  const ops: Op[] = [];
  const sessions: string[] = [];
  for (let i = 0; i < 5; i++) {
    const [person, session] = [uuidv7(), uuidv7()];
    sessions.push(session);
    ops.push(op('beneficiaries', person, 'firstName', `Personne ${i}`), op('beneficiaries', person, 'birthYear', 1940 + i));
    for (const [field, value] of Object.entries({
      date: `2025-06-0${i + 1}`,
      durationMinutes: 45,
      mode: 'individuel',
      beneficiaryId: person,
    }))
      ops.push(op('accompagnements', session, field, value));
    if (i === 0) ops.push(op('orientations', uuidv7(), 'beneficiaryId', person));
  }
  const caller = { structureId, aidantId: 'aidant-v1', deviceId: 'tablette-v1' };
  await writeOps(store, caller, clock.clientId, ops);
  await writeOps(store, caller, clock.clientId, [
    op('accompagnements', sessions[0]!, 'durationMinutes', 90),
    op('accompagnements', sessions[1]!, 'deleted', true),
  ]);
}

describe.each(await storeKinds())('statistics projection on a database made before it (%s)', (kind) => {
  let db: TestDb | undefined;
  afterEach(async () => {
    await db?.dispose();
  });

  it('adds the projection on migrate; the first statistics call builds it from the whole log', async () => {
    db = await openTestDb(kind);
    const structure = await createStructure(db.store, 'Mairie de Casteljaloux');
    await writeLog(db.store, structure.id);
    await backToVersionOne(db);
    expect(await db.tables()).not.toContain('stats_records');

    await db.store.migrate();
    const versions = await db.query('SELECT version FROM schema_migrations ORDER BY version');
    expect(versions.map((v) => Number(v.version))).toEqual(migrationsFor(kind).map((m) => m.version));
    expect(await projectionRows(db, structure.id)).toEqual([]);
    expect(await headAndMark(db, structure.id)).toMatchObject({ mark: null });

    const report = await computeStoreStats(db.store, [structure.id], YEAR);
    expect(report.totals).toMatchObject({ people: 4, sessions: 4, minutes: 90 + 3 * 45 });
    expect(report).toEqual(await statsFromLiveOps(db.store, structure.id, YEAR));
    expect(asRecords(await projectionRows(db, structure.id))).toEqual(await mergedRecordsOfLog(db.store, structure.id));
    const { head, mark } = await headAndMark(db, structure.id);
    expect(mark).toBe(head);
  });

  /** Two structures, each with the log of writeLog. */
  async function twoStructuresWithLogs(store: Store) {
    const structures = [await createStructure(store, 'Mairie de Nérac'), await createStructure(store, 'CCAS de Fumel')];
    for (const structure of structures) await writeLog(store, structure.id);
    return structures;
  }

  /** The refresh an endpoint starting at `day` runs, awaited. */
  const startOn = (store: Store, day: string) =>
    refreshProjectionsAfterStart(
      store,
      () => {},
      0,
      () => Date.parse(day),
    ).finished;

  it('is built in the background after the endpoint starts, for every structure', async () => {
    db = await openTestDb(kind);
    const structures = await twoStructuresWithLogs(db.store);
    await backToVersionOne(db);
    await db.store.migrate();

    const lines: string[] = [];
    await refreshProjectionsAfterStart(db.store, (line) => lines.push(line), 0).finished;
    for (const structure of structures) {
      const { head, mark } = await headAndMark(db, structure.id);
      expect(mark).toBe(head);
      expect(asRecords(await projectionRows(db, structure.id))).toEqual(await mergedRecordsOfLog(db.store, structure.id));
    }
    expect(lines).toEqual([expect.stringMatching(/^Statistiques préparées : 20 enregistrement\(s\) mis à jour en [\d.]+ s\.$/)]);
  });

  it('then adds up the months of the last five years: the first call after a start reads no session', async () => {
    db = await openTestDb(kind);
    const structures = await twoStructuresWithLogs(db.store);

    // The sessions are of June 2025: kept at a start in 2029, not at one in 2030 (2026 to 2030).
    await startOn(db.store, '2030-03-01');
    expect(keptMonthsOf(db.store)).toBe(0);
    await startOn(db.store, '2029-03-01');
    expect(keptMonthsOf(db.store)).toBe(2);

    const read = vi.spyOn(db.store, 'statsRecordsPage');
    const report = await computeStoreStats(db.store, [structures[0]!.id], YEAR);
    expect(report).toEqual(await statsFromLiveOps(db.store, structures[0]!.id, YEAR));
    expect(read.mock.calls.filter(([, collection]) => collection === 'accompagnements')).toEqual([]);
  });
});
