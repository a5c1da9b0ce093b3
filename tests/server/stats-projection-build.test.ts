// The first build of the statistics projection writes each collection whose fields keep no conflicts in one
// statement, from the values' own JSON text: its records must be the record-by-record merge of the log's, whatever
// the log holds (edits, nulls, tombstones older than a concurrent write, fields statistics do not read, a cheque's
// concurrent hand-outs kept as conflicts), on both stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStructure } from '../../src/server/accounts/accounts';
import { refreshStatsProjection } from '../../src/server/stats/stats-projection';
import { writeOps } from '../../src/server/sync/sync-service';
import { HybridClock } from '../../src/shared/hlc';
import { uuidv7 } from '../../src/shared/schema/ids';
import type { Op } from '../../src/shared/schema/sync';
import { asRecords, mergedRecordsOfLog, projectionRows } from '../fixtures/live-stats';
import { storeKinds } from '../fixtures/postgres';
import { openTestDb, type StoreKind, type TestDb } from '../fixtures/server-db';

const ids = {
  edited: uuidv7(),
  erased: uuidv7(),
  kept: uuidv7(),
  lateWrite: uuidv7(),
  person: uuidv7(),
  merged: uuidv7(),
  cheque: uuidv7(),
};

function buildSuite(kind: StoreKind) {
  let db: TestDb;
  let structureId: string;
  const [a, b] = [new HybridClock('tablette-a'), new HybridClock('tablette-b')];
  const op = (clock: HybridClock, collection: string, recordId: string, field: string, value: unknown): Op => {
    const hlc = clock.now();
    return { opId: hlc, collection, recordId, field, value, hlc };
  };
  const push = (clock: HybridClock, ops: Op[]) => writeOps(db.store, { structureId, aidantId: 'a', deviceId: 'd' }, clock.clientId, ops);
  const session = (clock: HybridClock, id: string, fields: Record<string, unknown>) =>
    Object.entries(fields).map(([field, value]) => op(clock, 'accompagnements', id, field, value));

  /** Builds the projection again from the whole log, as the first statistics call does. */
  const buildAgain = async () => {
    await db.query(`UPDATE structures SET stats_projected_seq = NULL WHERE id = '${structureId}'`);
    return refreshStatsProjection(db.store, structureId);
  };

  beforeAll(async () => {
    db = await openTestDb(kind);
    structureId = (await createStructure(db.store, 'Mairie de Nérac')).id;
    const visit = { date: '2025-03-14', durationMinutes: 30, place: 'mairie', mode: 'individuel', beneficiaryId: ids.person };
    await push(a, [
      ...session(a, ids.edited, { ...visit, commune: null, demarcheIds: ['rsa'], note: 'Ne compte pas' }),
      ...session(a, ids.erased, visit),
      ...session(a, ids.kept, { ...visit, deleted: false }),
      op(a, 'beneficiaries', ids.person, 'commune', 'Nérac'),
      op(a, 'beneficiaries', ids.person, 'birthYear', 1950),
      op(a, 'beneficiaries', ids.merged, 'commune', 'Agen'),
      op(a, 'beneficiaries', ids.merged, 'mergedInto', ids.person),
      op(a, 'passNumeriques', ids.cheque, 'status', 'en-stock'),
    ]);
    await push(a, session(a, ids.edited, { place: 'domicile', durationMinutes: 45 }));
    await push(a, session(a, ids.erased, { deleted: true }));
    // A write stamped after the erasure, by a tablet that had not seen it: the record stays erased.
    const late = op(b, 'accompagnements', ids.erased, 'place', 'a-distance');
    const erasedFirst = session(a, ids.lateWrite, { ...visit, deleted: true });
    await push(a, erasedFirst);
    await push(b, [late, op(b, 'accompagnements', ids.lateWrite, 'durationMinutes', 90)]);
    // Two tablets hand out the same cheque at once: both stay live, as conflicts of a free-text field.
    await push(a, [
      op(a, 'passNumeriques', ids.cheque, 'handedTo', ids.person),
      op(a, 'passNumeriques', ids.cheque, 'handedOn', '2025-03-14'),
    ]);
    await push(b, [
      op(b, 'passNumeriques', ids.cheque, 'handedTo', ids.merged),
      op(b, 'passNumeriques', ids.cheque, 'handedOn', '2025-03-15'),
    ]);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('holds, built in one go, the records the log merges one by one', async () => {
    const built = await buildAgain();
    expect(built.from).toBeNull();
    const records = asRecords(await projectionRows(db, structureId));
    expect(records).toEqual(await mergedRecordsOfLog(db.store, structureId));
    expect(records.accompagnements.map((r) => r.id).sort()).toEqual([ids.edited, ids.kept].sort());
    expect(records.accompagnements.find((r) => r.id === ids.edited)).toEqual({
      id: ids.edited,
      ...{ date: '2025-03-14', durationMinutes: 45, place: 'domicile', mode: 'individuel', beneficiaryId: ids.person },
      ...{ commune: null, demarcheIds: ['rsa'] },
    });
    expect(records.beneficiaries.find((r) => r.id === ids.merged)).toMatchObject({ mergedInto: ids.person });
    expect(records.passNumeriques).toHaveLength(1);
  });

  it('keeps the later value were a field that keeps no conflicts ever to have two live ops', async () => {
    // A stale second live op of the edited session's place, older than its winner, written last in the table.
    const [head] = await db.query(`SELECT last_seq FROM structures WHERE id = '${structureId}'`);
    const seq = Number(head!.last_seq) + 1;
    await db.query(
      `INSERT INTO ops (structure_id, seq, op_id, client_id, collection, record_id, field, value, hlc, live)
       VALUES ('${structureId}', ${seq}, 'vieille', 'tablette-c', 'accompagnements', '${ids.edited}', 'place', '"mairie"',
       '0001000000000-0000-tablette-c', ${kind === 'sqlite' ? 1 : 'true'})`,
    );
    await db.query(`UPDATE structures SET last_seq = ${seq} WHERE id = '${structureId}'`);
    await buildAgain();
    const edited = (await projectionRows(db, structureId)).find((row) => row.recordId === ids.edited);
    expect(edited?.doc.place).toBe('domicile');
  });
}

describe.each(await storeKinds())('the first build of the statistics projection (%s)', buildSuite);
