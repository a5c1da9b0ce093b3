// The endpoint's statistics: each structure's report is the shared computation (src/shared/stats) over its
// merged records, streamed page by page from the statistics projection brought up to the structure's log; a
// territory's report adds the structures' up (src/shared/stats/structure-stats.ts). A structure's report is kept
// per period for as long as its log does not move (structure-stats-kept.ts): a territory call after a push
// recomputes only the structures that changed.
import { StatsAccumulator } from '../../shared/stats/accumulator';
import type { StatsAccompagnement, StatsBeneficiary, StatsOrientation, StatsPass, StatsTraining } from '../../shared/stats/inputs';
import type { Period } from '../../shared/stats/period';
import type { StatsReport } from '../../shared/stats/report-schema';
import { mergeStructureStats, type StructureStats } from '../../shared/stats/structure-stats';
import type { Store } from '../store/store';
import { projectedRecords, refreshStatsProjection } from './stats-projection';
import { keptStructureStats } from './structure-stats-kept';

/**
 * The raw report of `period` over the structures `structureIds`; with `perStructure`, its "Par
 * structure" table has a row per structure (a structure's own report has none, as on the tablet).
 */
export async function computeStoreStats(
  store: Store,
  structureIds: readonly string[],
  period: Period,
  options: { perStructure?: boolean } = {},
): Promise<StatsReport> {
  const kept = keptStructureStats(store);
  const parts: StructureStats[] = [];
  for (const structureId of structureIds) {
    const { to: head } = await refreshStatsProjection(store, structureId);
    let part = kept.get(structureId, period, head);
    if (part === undefined) {
      part = await structureStats(store, structureId, period);
      kept.set(structureId, period, head, part);
    }
    parts.push(part);
  }
  const report = mergeStructureStats(period, parts);
  return options.perStructure ? report : { ...report, tables: { ...report.tables, structure: [] } };
}

/** One structure's statistics from its projection (up to date), with its row in the "Par structure" table. */
async function structureStats(store: Store, structureId: string, period: Period): Promise<StructureStats> {
  const stats = new StatsAccumulator(period);
  for await (const page of projectedRecords(store, structureId, 'beneficiaries')) {
    for (const record of page) stats.addBeneficiary(record as StatsBeneficiary);
  }
  for await (const page of projectedRecords(store, structureId, 'accompagnements')) {
    for (const record of page) stats.addAccompagnement(record as StatsAccompagnement);
  }
  for await (const page of projectedRecords(store, structureId, 'orientations')) {
    for (const record of page) stats.addOrientation(record as StatsOrientation);
  }
  for await (const page of projectedRecords(store, structureId, 'passNumeriques')) {
    for (const record of page) stats.addPass(record as StatsPass);
  }
  for await (const page of projectedRecords(store, structureId, 'trainingProgress')) {
    for (const record of page) stats.addTrainingProgress(record as StatsTraining);
  }
  return stats.structureStats();
}
