// The endpoint's statistics: the shared computation (src/shared/stats) over the merged records of one
// structure or of every structure, streamed page by page from the statistics projection, brought up to
// each structure's log first.
import { StatsAccumulator } from '../../shared/stats/accumulator';
import type { StatsAccompagnement, StatsBeneficiary, StatsOrientation, StatsPass, StatsTraining } from '../../shared/stats/inputs';
import type { Period } from '../../shared/stats/period';
import type { StatsReport } from '../../shared/stats/report-schema';
import type { Store } from '../store/store';
import { projectedRecords, refreshStatsProjection } from './stats-projection';

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
  const stats = new StatsAccumulator(period);
  for (const structureId of structureIds) {
    await refreshStatsProjection(store, structureId);
    for await (const page of projectedRecords(store, structureId, 'beneficiaries')) {
      for (const record of page) stats.addBeneficiary(record as StatsBeneficiary);
    }
    for await (const page of projectedRecords(store, structureId, 'accompagnements')) {
      for (const record of page) {
        // The page's records are this computation's own objects: no copy needed to name the structure.
        const session = record as StatsAccompagnement;
        session.structureId = options.perStructure ? structureId : null;
        stats.addAccompagnement(session);
      }
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
  }
  return stats.report();
}
