// Each structure's statistics of a period, kept in the endpoint's memory with the head of the structure's log
// they were computed at. The figures are a function of the log: while its head has not moved (every write,
// erasure and purge appends to it) the kept ones are the figures. Kept per store, so a store opened again
// (after a restore) starts empty; a bounded number, the least recently used left out first.
import type { Period } from '../../shared/stats/period';
import type { StructureStats } from '../../shared/stats/structure-stats';
import type { Store } from '../store/store';

/** Reports kept per store: 50 structures × 20 periods asked recently. */
export const KEPT_REPORTS = 1000;

interface Kept {
  head: number;
  stats: StructureStats;
}

/** A structure's statistics per period, valid at one head of its log. */
export class StructureStatsKept {
  private readonly kept = new Map<string, Kept>();

  constructor(private readonly limit = KEPT_REPORTS) {}

  /** The statistics kept for this structure and period, if its log is still at `head`. */
  get(structureId: string, period: Period, head: number): StructureStats | undefined {
    const key = keyOf(structureId, period);
    const kept = this.kept.get(key);
    if (kept === undefined || kept.head !== head) return undefined;
    // Used again: it moves to the end of the order of use.
    this.kept.delete(key);
    this.kept.set(key, kept);
    return kept.stats;
  }

  set(structureId: string, period: Period, head: number, stats: StructureStats): void {
    const key = keyOf(structureId, period);
    this.kept.delete(key);
    this.kept.set(key, { head, stats });
    for (const oldest of this.kept.keys()) {
      if (this.kept.size <= this.limit) break;
      this.kept.delete(oldest);
    }
  }

  get size(): number {
    return this.kept.size;
  }
}

const keyOf = (structureId: string, period: Period) => `${structureId} ${period.from} ${period.to}`;

const perStore = new WeakMap<Store, StructureStatsKept>();

/** The statistics kept for `store`. */
export function keptStructureStats(store: Store): StructureStatsKept {
  let kept = perStore.get(store);
  if (kept === undefined) perStore.set(store, (kept = new StructureStatsKept()));
  return kept;
}
