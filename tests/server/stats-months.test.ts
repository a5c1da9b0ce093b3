// The endpoint adds each month of a structure's sessions up once and keeps it: a later report reads again only
// the months a push changed, and the months a period starts or ends inside; its figures are always the log's.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createStructure } from '../../src/server/accounts/accounts';
import { computeStoreStats } from '../../src/server/stats/stats-service';
import { KeptInputs, keptMonthsOf, type MonthSessions } from '../../src/server/stats/structure-inputs';
import { StatsAccumulator } from '../../src/shared/stats/accumulator';
import { writeOps } from '../../src/server/sync/sync-service';
import { HybridClock } from '../../src/shared/hlc';
import { uuidv7 } from '../../src/shared/schema/ids';
import type { Op } from '../../src/shared/schema/sync';
import { statsFromLiveOps } from '../fixtures/live-stats';
import { storeKinds } from '../fixtures/postgres';
import { openTestDb, type StoreKind, type TestDb } from '../fixtures/server-db';

const YEAR = { from: '2025-01-01', to: '2025-12-31' };
const clock = new HybridClock('banc-mois');

const op = (collection: string, recordId: string, field: string, value: unknown): Op => {
  const hlc = clock.now();
  return { opId: hlc, collection, recordId, field, value, hlc };
};

/** A person of `commune` born in `birthYear`. */
function personOps(person: string, commune: string, birthYear: number): Op[] {
  return [op('beneficiaries', person, 'commune', commune), op('beneficiaries', person, 'birthYear', birthYear)];
}

/** An individual session of `person` on `date`, in `commune`. */
function sessionOps(session: string, person: string, date: string, commune: string): Op[] {
  return Object.entries({ date, durationMinutes: 30, mode: 'individuel', place: 'mairie', beneficiaryId: person, commune }).map(
    ([field, value]) => op('accompagnements', session, field, value),
  );
}

function monthsSuite(kind: StoreKind) {
  let db: TestDb;
  let structureId: string;
  const people = [uuidv7(), uuidv7(), uuidv7()];
  const sessions: string[] = [];
  const push = (ops: Op[]) => writeOps(db.store, { structureId, aidantId: 'a', deviceId: 'd' }, clock.clientId, ops);
  /** The months read from the projection one by one since `read` was cleared. */
  const monthsRead = (read: { mock: { calls: unknown[][] } }) =>
    [...new Set(read.mock.calls.filter(([, collection]) => collection === 'accompagnements').map(([, , , , month]) => month))].sort();

  beforeAll(async () => {
    db = await openTestDb(kind);
    structureId = (await createStructure(db.store, 'Mairie de Nérac')).id;
    const ops = [...personOps(people[0]!, 'Nérac', 1950), ...personOps(people[1]!, 'Agen', 1962), ...personOps(people[2]!, 'Nérac', 1990)];
    // Three months of 2025, a person seen in two of them, a session of 2024 and one of January 2026.
    const dated: [number, string, string][] = [
      [0, '2025-03-03', 'Nérac'],
      [0, '2025-03-20', 'Nérac'],
      [1, '2025-03-28', 'Agen'],
      [0, '2025-05-12', 'Lavardac'],
      [2, '2025-05-31', 'Nérac'],
      [1, '2025-09-01', 'Agen'],
      [2, '2024-12-31', 'Nérac'],
      [2, '2026-01-01', 'Nérac'],
    ];
    for (const [p, date, commune] of dated) {
      const session = uuidv7();
      sessions.push(session);
      ops.push(...sessionOps(session, people[p]!, date, commune));
    }
    await push(ops);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('gives the log’s figures, and keeps each month of the period with sessions added up', async () => {
    const read = vi.spyOn(db.store, 'statsRecordsPage');
    const year = await computeStoreStats(db.store, [structureId], YEAR);
    expect(year).toEqual(await statsFromLiveOps(db.store, structureId, YEAR));
    expect(year.totals).toMatchObject({ sessions: 6, people: 3 });
    // The person of March and May counts once, in the commune of their latest session.
    expect(year.tables.commune.map((row) => [row.key, row.people, row.count])).toEqual([
      ['Lavardac', 1, 3],
      ['Agen', 1, 2],
      ['Nérac', 1, 1],
    ]);
    expect(monthsRead(read)).toEqual(['2025-03', '2025-05', '2025-09']);
    expect(keptMonthsOf(db.store)).toBe(3);

    // Another period made of whole months reads no session again.
    read.mockClear();
    const spring = { from: '2025-03-01', to: '2025-05-31' };
    expect(await computeStoreStats(db.store, [structureId], spring)).toEqual(await statsFromLiveOps(db.store, structureId, spring));
    expect(monthsRead(read)).toEqual([]);
    read.mockRestore();
  });

  it('reads one by one the months a period starts or ends inside', async () => {
    const read = vi.spyOn(db.store, 'statsRecordsPage');
    const period = { from: '2025-03-15', to: '2025-09-30' };
    const report = await computeStoreStats(db.store, [structureId], period);
    expect(report).toEqual(await statsFromLiveOps(db.store, structureId, period));
    expect(report.totals.sessions).toBe(5);
    expect(monthsRead(read)).toEqual(['2025-03']);
    read.mockRestore();
  });

  it('adds up again only the month a push changed, and a merge of two files every month', async () => {
    const read = vi.spyOn(db.store, 'statsRecordsPage');
    // The session of 3 March moves to May.
    await push([op('accompagnements', sessions[0]!, 'date', '2025-05-02')]);
    expect(await computeStoreStats(db.store, [structureId], YEAR)).toEqual(await statsFromLiveOps(db.store, structureId, YEAR));
    expect(monthsRead(read)).toEqual(['2025-03', '2025-05']);

    // The person of Agen was a duplicate of the first one: every month counts them as one.
    read.mockClear();
    await push([op('beneficiaries', people[1]!, 'mergedInto', people[0])]);
    const merged = await computeStoreStats(db.store, [structureId], YEAR);
    expect(merged).toEqual(await statsFromLiveOps(db.store, structureId, YEAR));
    expect(merged.totals.people).toBe(2);
    expect(monthsRead(read)).toEqual(['2025-03', '2025-05', '2025-09']);
    read.mockRestore();
  });

  it('gives the months of sessions projected before the months existed, on migrate', async () => {
    const months = async () =>
      (await db.query("SELECT record_id, month FROM stats_records WHERE collection = 'accompagnements' ORDER BY record_id")).map((row) => [
        row.record_id,
        row.month,
      ]);
    const before = await months();
    expect(before.map(([, month]) => month).sort()).toEqual([
      '2024-12',
      '2025-03',
      '2025-03',
      '2025-05',
      '2025-05',
      '2025-05',
      '2025-09',
      '2026-01',
    ]);
    const parts = async () =>
      (await db.store.statsParts(structureId)).sort((a, b) => (`${a.collection} ${a.month}` < `${b.collection} ${b.month}` ? -1 : 1));
    const partsBefore = await parts();
    expect(partsBefore.find((part) => part.collection === 'accompagnements' && part.month === '2025-05')?.records).toBe(3);
    await backToVersionNine(db);
    await db.store.migrate();
    expect(await months()).toEqual(before);
    // The parts counted on migrate hold what the writes counted.
    expect((await parts()).map(({ collection, month, records }) => [collection, month, records])).toEqual(
      partsBefore.map(({ collection, month, records }) => [collection, month, records]),
    );
  });

  it('reads apart a session without a date', async () => {
    await push(sessionOps(uuidv7(), people[2]!, '2025-06-02', 'Nérac').filter((o) => o.field !== 'date'));
    const read = vi.spyOn(db.store, 'statsRecordsPage');
    const year = await computeStoreStats(db.store, [structureId], YEAR);
    expect(year).toEqual(await statsFromLiveOps(db.store, structureId, YEAR));
    expect(year.totals.sessions).toBe(6);
    expect(monthsRead(read)).toEqual([null]);
    read.mockRestore();
  });
}

describe.each(await storeKinds())('statistics added up by month (%s)', monthsSuite);

/** Takes the projection back to its shape before its months (migrations 10 and 11), its rows kept. */
async function backToVersionNine(db: TestDb): Promise<void> {
  await db.query('DROP TABLE stats_parts');
  if (db.kind === 'sqlite') {
    // Migration 11 put the month in the table's key: the table of migration 2 is made again.
    await db.query(`CREATE TABLE stats_records_before (structure_id TEXT NOT NULL, collection TEXT NOT NULL, record_id TEXT NOT NULL,
      doc TEXT NOT NULL, projected_seq BIGINT NOT NULL, PRIMARY KEY (structure_id, collection, record_id)) WITHOUT ROWID`);
    await db.query(`INSERT INTO stats_records_before SELECT structure_id, collection, record_id, doc, projected_seq FROM stats_records`);
    await db.query('DROP TABLE stats_records');
    await db.query('ALTER TABLE stats_records_before RENAME TO stats_records');
  } else {
    await db.query('DROP INDEX stats_records_month');
    await db.query('ALTER TABLE stats_records DROP COLUMN month');
  }
  await db.query('DELETE FROM schema_migrations WHERE version >= 10');
}

describe('the months kept', () => {
  const month = (print: string): MonthSessions => ({
    print,
    links: '',
    sessions: new StatsAccumulator({ from: '2025-03-01', to: '2025-03-31' }),
    odd: [],
  });

  it('leave out the least recently used beyond their limit', () => {
    const kept = new KeptInputs(2);
    kept.setMonth('a', '2025-03', month('1/1'));
    kept.setMonth('b', '2025-03', month('1/2'));
    expect(kept.month('a', '2025-03')?.print).toBe('1/1');
    kept.setMonth('c', '2025-03', month('1/3'));
    expect(kept.monthsKept).toBe(2);
    expect(kept.month('b', '2025-03')).toBeUndefined();
    expect(kept.month('a', '2025-03')?.print).toBe('1/1');
  });
});
