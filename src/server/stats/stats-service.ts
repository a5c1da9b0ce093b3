// The endpoint's statistics: the shared computation (src/shared/stats) over the merged records of one
// structure or of every structure, streamed from the store page by page.
import { StatsAccumulator } from '../../shared/stats/accumulator';
import {
  statsFields,
  type StatsAccompagnement,
  type StatsBeneficiary,
  type StatsOrientation,
  type StatsPass,
} from '../../shared/stats/inputs';
import type { Period } from '../../shared/stats/period';
import type { StatsReport } from '../../shared/stats/report-schema';
import type { Store } from '../store/store';
import { liveRecords } from './live-records';

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
    for await (const page of liveRecords(store, structureId, 'beneficiaries', statsFields.beneficiaries)) {
      for (const record of page) stats.addBeneficiary(record as StatsBeneficiary);
    }
    for await (const page of liveRecords(store, structureId, 'accompagnements', statsFields.accompagnements)) {
      for (const record of page)
        stats.addAccompagnement({ ...(record as StatsAccompagnement), structureId: options.perStructure ? structureId : null });
    }
    for await (const page of liveRecords(store, structureId, 'orientations', statsFields.orientations)) {
      for (const record of page) stats.addOrientation(record as StatsOrientation);
    }
    for await (const page of liveRecords(store, structureId, 'passNumeriques', statsFields.passNumeriques)) {
      for (const record of page) stats.addPass(record as StatsPass);
    }
  }
  return stats.report();
}
