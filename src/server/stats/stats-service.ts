// The endpoint's statistics: each structure's report is the shared computation (src/shared/stats) over its
// merged records, read from the statistics projection brought up to the structure's log, whole months of
// sessions added up once and kept (structure-inputs.ts); a
// territory's report adds the structures' up (src/shared/stats/structure-stats.ts). A structure's report is kept
// per period for as long as its log does not move (structure-stats-kept.ts): a territory call after a push
// recomputes only the structures that changed.
import type { Period } from '../../shared/stats/period';
import type { StatsReport } from '../../shared/stats/report-schema';
import { mergeStructureStats, type StructureStats } from '../../shared/stats/structure-stats';
import type { Store } from '../store/store';
import { refreshStatsProjections } from './stats-projection';
import { structureStatsFromParts } from './structure-inputs';
import { forEachStructure } from './structures-at-once';
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
  const refreshes = await refreshStatsProjections(store, structureIds);
  const parts = await forEachStructure(store, structureIds, async (structureId, i): Promise<StructureStats> => {
    const head = refreshes[i]!.to;
    let part = kept.get(structureId, period, head);
    if (part === undefined) {
      part = await structureStatsFromParts(store, structureId, period);
      kept.set(structureId, period, head, part);
    }
    return part;
  });
  const report = mergeStructureStats(period, parts);
  return options.perStructure ? report : { ...report, tables: { ...report.tables, structure: [] } };
}
