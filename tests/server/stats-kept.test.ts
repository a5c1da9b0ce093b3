// A structure's statistics are kept per period while its log does not move: a territory call after a push in one
// structure reads that structure's projection again, and only it, and its figures are the log's.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createStructure } from '../../src/server/accounts/accounts';
import { liveRecords } from '../../src/server/stats/live-records';
import { computeStoreStats } from '../../src/server/stats/stats-service';
import { StructureStatsKept } from '../../src/server/stats/structure-stats-kept';
import { writeOps } from '../../src/server/sync/sync-service';
import { HybridClock } from '../../src/shared/hlc';
import { uuidv7 } from '../../src/shared/schema/ids';
import type { Op } from '../../src/shared/schema/sync';
import { StatsAccumulator } from '../../src/shared/stats/accumulator';
import { statsFields, type StatsAccompagnement, type StatsBeneficiary } from '../../src/shared/stats/inputs';
import type { StatsReport } from '../../src/shared/stats/report-schema';
import { storeKinds } from '../fixtures/postgres';
import { openTestDb, type StoreKind, type TestDb } from '../fixtures/server-db';

const YEAR = { from: '2025-01-01', to: '2025-12-31' };
const MARCH = { from: '2025-03-01', to: '2025-03-31' };
const clock = new HybridClock('banc-kept');

/** The ops of a person of `commune` and their session on `date`. */
function personWithSession(commune: string, date: string): Op[] {
  const [person, session] = [uuidv7(), uuidv7()];
  const op = (collection: string, recordId: string, field: string, value: unknown): Op => {
    const hlc = clock.now();
    return { opId: hlc, collection, recordId, field, value, hlc };
  };
  return [
    op('beneficiaries', person, 'commune', commune),
    op('beneficiaries', person, 'birthYear', 1950),
    ...Object.entries({ date, durationMinutes: 30, mode: 'individuel', place: 'mairie', beneficiaryId: person, commune }).map(
      ([field, value]) => op('accompagnements', session, field, value),
    ),
  ];
}

/** The territory's report computed from the log's live ops, every structure at once (no projection, nothing kept). */
async function territoryFromLog(db: TestDb, structureIds: string[], period = YEAR): Promise<StatsReport> {
  const stats = new StatsAccumulator(period);
  for (const structureId of structureIds)
    for await (const page of liveRecords(db.store, structureId, 'beneficiaries', statsFields.beneficiaries))
      page.forEach((record) => stats.addBeneficiary(record as StatsBeneficiary));
  for (const structureId of structureIds)
    for await (const page of liveRecords(db.store, structureId, 'accompagnements', statsFields.accompagnements))
      page.forEach((record) => stats.addAccompagnement(record as StatsAccompagnement));
  return stats.report();
}

function keptSuite(kind: StoreKind) {
  let db: TestDb;
  const structures: string[] = [];
  const push = (structureId: string, ops: Op[]) => writeOps(db.store, { structureId, aidantId: 'a', deviceId: 'd' }, clock.clientId, ops);

  beforeAll(async () => {
    db = await openTestDb(kind);
    for (const [name, commune] of [
      ['Mairie de Nérac', 'Nérac'],
      ['CCAS de Marmande', 'NERAC'],
      ['France services Agen', 'Agen'],
    ]) {
      const { id } = await createStructure(db.store, name!);
      structures.push(id);
      await push(id, [...personWithSession(commune!, '2025-03-10'), ...personWithSession(commune!, '2025-06-10')]);
    }
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('reads again only the structure whose log moved, and gives the log’s figures', async () => {
    const read = vi.spyOn(db.store, 'statsRecordsPage');
    const first = await computeStoreStats(db.store, structures, YEAR, { perStructure: true });
    expect(first).toEqual(await territoryFromLog(db, structures));
    expect(first.tables.commune.map((row) => [row.key, row.people])).toEqual([
      ['NERAC', 4],
      ['Agen', 2],
    ]);
    expect(new Set(read.mock.calls.map(([structureId]) => structureId))).toEqual(new Set(structures));

    read.mockClear();
    expect(await computeStoreStats(db.store, structures, YEAR, { perStructure: true })).toEqual(first);
    expect(read).not.toHaveBeenCalled();

    await push(structures[1]!, personWithSession('Marmande', '2025-07-01'));
    const afterPush = await computeStoreStats(db.store, structures, YEAR, { perStructure: true });
    expect(new Set(read.mock.calls.map(([structureId]) => structureId))).toEqual(new Set([structures[1]]));
    expect(afterPush.totals.sessions).toBe(first.totals.sessions + 1);
    expect(afterPush).toEqual(await territoryFromLog(db, structures));
    read.mockRestore();
  });

  it('keeps each period apart, and a structure’s own report has no “Par structure” rows', async () => {
    const march = await computeStoreStats(db.store, structures, MARCH, { perStructure: true });
    expect(march).toEqual(await territoryFromLog(db, structures, MARCH));
    expect(march.totals.sessions).toBe(3);
    const one = await computeStoreStats(db.store, [structures[0]!], MARCH);
    expect(one.tables.structure).toEqual([]);
    expect(one.totals.sessions).toBe(1);
  });
}

describe.each(await storeKinds())('statistics kept per structure (%s)', keptSuite);

describe('the reports kept', () => {
  const stats = new StatsAccumulator(YEAR).structureStats();

  it('are given only at the head they were computed at', () => {
    const kept = new StructureStatsKept();
    kept.set('s', YEAR, 10, stats);
    expect(kept.get('s', YEAR, 10)).toBe(stats);
    expect(kept.get('s', YEAR, 11)).toBeUndefined();
    expect(kept.get('s', MARCH, 10)).toBeUndefined();
  });

  it('leave out the least recently used beyond their limit', () => {
    const kept = new StructureStatsKept(2);
    kept.set('a', YEAR, 1, stats);
    kept.set('b', YEAR, 1, stats);
    kept.get('a', YEAR, 1);
    kept.set('c', YEAR, 1, stats);
    expect(kept.size).toBe(2);
    expect(kept.get('b', YEAR, 1)).toBeUndefined();
    expect(kept.get('a', YEAR, 1)).toBe(stats);
  });
});
