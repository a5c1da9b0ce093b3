// The statistics projection: a row per merged record of the collections statistics read, brought up to
// the structure's log at each computation by re-merging only the records written since. Its figures are
// the log's after every kind of change, and an erased person leaves it with the push that erases them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeInactiveFiles } from '../../src/server/retention/purge';
import { computeStoreStats } from '../../src/server/stats/stats-service';
import { refreshStatsProjection } from '../../src/server/stats/stats-projection';
import { writeOps } from '../../src/server/sync/sync-service';
import { uuidv7 } from '../../src/shared/schema/ids';
import type { Op } from '../../src/shared/schema/sync';
import type { StatsReport } from '../../src/shared/stats/report-schema';
import { asRecords, headAndMark, mergedRecordsOfLog, projectionRows, statsFromLiveOps } from '../fixtures/live-stats';
import { storeKinds } from '../fixtures/postgres';
import { login, seedStructure, Tablet } from '../fixtures/server-api';
import { openTestDb, type StoreKind, type TestDb } from '../fixtures/server-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';

const YEAR = { from: '2025-01-01', to: '2025-12-31' };
const HOUR_MS = 3_600_000;
/** When the endpoint received the file of the person without contact for years. */
const LONG_AGO = Date.now() - 3 * 365 * 24 * HOUR_MS;

/** The ops of one record of `collection`, stamped by `tablet`. */
function recordOps(tablet: Tablet, collection: string, fields: Record<string, unknown>, recordId = uuidv7()): Op[] {
  return Object.entries(fields).map(([field, value]) => ({ ...tablet.op(recordId, field, value), collection }));
}

function projectionSuite(kind: StoreKind) {
  let db: TestDb;
  let server: TestServer;
  let token: string;
  let structureId: string;
  let tablet: Tablet;
  const people: string[] = [];
  const sessions: string[] = [];
  const ids = { retired: '', retiredSession: '', atelier: '', handed: '', inStock: '', orientation: '', diagnostic: '' };

  /** Computes the report through the projection and checks it against the log, row by row and figure by figure. */
  const statsOfLog = async (): Promise<StatsReport> => {
    const report = await computeStoreStats(db.store, [structureId], YEAR);
    expect(asRecords(await projectionRows(db, structureId))).toEqual(await mergedRecordsOfLog(db.store, structureId));
    expect(report).toEqual(await statsFromLiveOps(db.store, structureId, YEAR));
    const { head, mark } = await headAndMark(db, structureId);
    expect(mark).toBe(head);
    return report;
  };
  const rowOf = async (recordId: string) => (await projectionRows(db, structureId)).find((row) => row.recordId === recordId);

  beforeAll(async () => {
    db = await openTestDb(kind);
    server = await startTestServer({ store: db.store, loginLimit: 1000 });
    const account = await seedStructure(db.store, 'Mairie de Nérac', 'coordinateur');
    structureId = account.structure.id;
    token = await login(server.url, account.email, account.password);
    tablet = new Tablet(server.url, token);
    const oldTablet = new Tablet(server.url, token, undefined, () => LONG_AGO);
    const ops: Op[] = [];
    for (let i = 0; i < 6; i++) {
      const person = uuidv7();
      const session = uuidv7();
      people.push(person);
      sessions.push(session);
      // The last one has had no contact for years, and their file came years ago: the retention purge erases them.
      const file = { firstName: `Personne ${i}`, commune: 'Nérac', birthYear: 1950 + i };
      if (i < 5) ops.push(...recordOps(tablet, 'beneficiaries', file, person));
      else {
        const caller = { structureId, aidantId: account.aidant.id, deviceId: 'ancienne' };
        const fileOps = recordOps(oldTablet, 'beneficiaries', { ...file, lastContactOn: '2020-01-06' }, person);
        await writeOps(db.store, caller, oldTablet.clientId, fileOps, LONG_AGO);
      }
      ops.push(
        ...recordOps(
          tablet,
          'accompagnements',
          { date: `2025-03-1${i}`, durationMinutes: 60, place: 'mairie', mode: 'individuel', beneficiaryId: person, demarcheIds: ['rsa'] },
          session,
        ),
      );
    }
    ids.retired = people[5]!;
    ids.retiredSession = sessions[5]!;
    ids.atelier = uuidv7();
    ops.push(
      ...recordOps(
        tablet,
        'accompagnements',
        { date: '2025-04-02', durationMinutes: 120, mode: 'atelier', participantIds: [people[0], people[1], ids.retired] },
        ids.atelier,
      ),
    );
    ids.orientation = uuidv7();
    ops.push(...recordOps(tablet, 'orientations', { beneficiaryId: people[0], partnerId: 'caf-47', date: '2025-03-20' }, ids.orientation));
    ops.push(...recordOps(tablet, 'orientations', { beneficiaryId: people[1], partnerId: 'cpam-47', date: '2025-03-21' }));
    ids.handed = uuidv7();
    ids.inStock = uuidv7();
    const handed = { number: 'A-1', status: 'remis', valueCents: 1000, handedTo: ids.retired, handedOn: '2025-04-02' };
    ops.push(...recordOps(tablet, 'passNumeriques', handed, ids.handed));
    ops.push(...recordOps(tablet, 'passNumeriques', { number: 'A-2', status: 'en-stock', valueCents: 1000 }, ids.inStock));
    ids.diagnostic = uuidv7();
    ops.push(
      ...recordOps(tablet, 'diagnostics', { beneficiaryId: people[0], date: '2025-03-10', autonomyLevel: 'autonome' }, ids.diagnostic),
    );
    await tablet.sync(ops);
  });
  afterAll(async () => {
    await server?.close();
    await db?.dispose();
  });

  it('is built at the first statistics call: a row per record read, only the fields statistics read', async () => {
    expect(await headAndMark(db, structureId)).toMatchObject({ mark: null });
    const report = await statsOfLog();
    expect(report.totals).toMatchObject({ people: 6, sessions: 7, minutes: 480, ateliers: 1, orientations: 2 });
    const rows = await projectionRows(db, structureId);
    expect(rows).toHaveLength(6 + 7 + 2 + 2);
    expect(rows.some((row) => row.recordId === ids.diagnostic)).toBe(false);
    expect(JSON.stringify(rows)).not.toMatch(/Personne|A-1/);
  });

  it('rewrites only the records a later push touched, and nothing when the log has not moved', async () => {
    const { head: before } = await headAndMark(db, structureId);
    const fresh = uuidv7();
    await tablet.sync([
      { ...tablet.op(sessions[0]!, 'durationMinutes', 90), collection: 'accompagnements' },
      ...recordOps(
        tablet,
        'accompagnements',
        { date: '2025-05-05', durationMinutes: 30, mode: 'individuel', beneficiaryId: people[2] },
        fresh,
      ),
      ...recordOps(tablet, 'diagnostics', { beneficiaryId: people[1], date: '2025-05-05', autonomyLevel: 'autonome' }),
    ]);
    const { head } = await headAndMark(db, structureId);
    expect(await refreshStatsProjection(db.store, structureId)).toEqual({ from: before, to: head, records: 2 });
    const rewritten = (await projectionRows(db, structureId)).filter((row) => row.projectedSeq === head).map((row) => row.recordId);
    expect(rewritten.sort()).toEqual([sessions[0], fresh].sort());
    expect(await refreshStatsProjection(db.store, structureId)).toEqual({ from: head, to: head, records: 0 });
    const report = await statsOfLog();
    expect(report.totals).toMatchObject({ sessions: 8, minutes: 480 + 30 + 30 });
    expect((await rowOf(sessions[0]!))?.doc.durationMinutes).toBe(90);
  });

  it('keeps the winner of a conflict: a later push with an older stamp loses, a concurrent free-text value too', async () => {
    const behind = new Tablet(server.url, token, undefined, () => Date.now() - HOUR_MS);
    await behind.sync([{ ...behind.op(sessions[0]!, 'durationMinutes', 15), collection: 'accompagnements' }]);
    // Two tablets hand out the same cheque unaware of each other: both values stay live, the greater stamp
    // wins even though it came first.
    const [first, second] = [new Tablet(server.url, token), new Tablet(server.url, token, undefined, () => Date.now() - 60_000)];
    await first.sync([{ ...first.op(ids.inStock, 'handedTo', people[4]), collection: 'passNumeriques' }]);
    await second.sync([{ ...second.op(ids.inStock, 'handedTo', people[3]), collection: 'passNumeriques' }]);
    const live = await db.query(`SELECT value FROM ops WHERE record_id = '${ids.inStock}' AND field = 'handedTo' AND live`);
    expect(live).toHaveLength(2);
    const report = await statsOfLog();
    expect(report.totals.minutes).toBe(480 + 30 + 30);
    expect((await rowOf(sessions[0]!))?.doc.durationMinutes).toBe(90);
    expect((await rowOf(ids.inStock))?.doc.handedTo).toBe(people[4]);
  });

  it('drops a record marked deleted from the rows and the figures', async () => {
    await tablet.sync([{ ...tablet.op(ids.orientation, 'deleted', true), collection: 'orientations' }]);
    expect(await rowOf(ids.orientation)).toBeUndefined();
    const report = await statsOfLog();
    expect(report.totals.orientations).toBe(1);
  });

  it('forgets an erased person and their records with the push that erases them, then in the figures', async () => {
    const erased = people[4]!;
    await tablet.sync([
      { ...tablet.op(erased, 'deleted', true), collection: 'beneficiaries' },
      { ...tablet.op(sessions[4]!, 'deleted', true), collection: 'accompagnements' },
    ]);
    // Before any statistics call: the person's commune and birth year are already gone with the log's values.
    expect(await rowOf(erased)).toBeUndefined();
    expect(await rowOf(sessions[4]!)).toBeUndefined();
    const report = await statsOfLog();
    expect(report.totals).toMatchObject({ people: 5, sessions: 7, minutes: 480 + 30 + 30 - 60 });
  });

  it('follows the retention purge: the retired file erased, their activity kept anonymous, and the figures unchanged', async () => {
    const before = await statsOfLog();
    const purge = await purgeInactiveFiles(db.store, { retentionMonths: 24 });
    // Made anonymous: the retired person's session, atelier seat and cheque, and the cheque of the person erased before.
    expect(purge).toMatchObject({ files: 1, linkedErased: 0, linkedDetached: 4 });
    expect(await statsOfLog()).toEqual(before);
    expect(await rowOf(ids.retired)).toBeUndefined();
    const session = (await rowOf(ids.retiredSession))?.doc;
    const standIn = session?.beneficiaryId;
    expect(standIn).toEqual(expect.any(String));
    expect(standIn).not.toBe(ids.retired);
    expect(session?.anonymousPeople).toEqual([{ id: standIn, birthYear: 1955, commune: 'Nérac' }]);
    expect((await rowOf(ids.atelier))?.doc.participantIds).toEqual([people[0], people[1], standIn]);
    expect((await rowOf(ids.handed))?.doc.handedTo).toBe(standIn);
    expect(JSON.stringify(await projectionRows(db, structureId))).not.toContain(ids.retired);
  });
}

describe.each(await storeKinds())('statistics projection (%s)', projectionSuite);
