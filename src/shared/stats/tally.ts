// Counting per category: distinct people, a count and minutes, turned into report rows.
import type { StatsRow } from './report-schema';

interface Cell {
  people: Set<string>;
  count: number;
  minutes: number;
}

/** Tallies of one table. */
export class Tally {
  private readonly cells = new Map<string, Cell>();

  /** Counts `count` (and `minutes`) for `key`, and the people concerned. */
  add(key: string, people: Iterable<string>, count = 1, minutes = 0): void {
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = { people: new Set(), count: 0, minutes: 0 }));
    for (const person of people) cell.people.add(person);
    cell.count += count;
    cell.minutes += minutes;
  }

  /**
   * The rows: first the `fixed` keys in their order (even when empty, so that charts keep their
   * shape), then the other keys by count, largest first (ties by key). Minutes are null unless `withMinutes`.
   */
  rows(fixed: readonly string[], withMinutes: boolean): StatsRow[] {
    const row = (key: string): StatsRow => {
      const cell = this.cells.get(key);
      return { key, people: cell?.people.size ?? 0, count: cell?.count ?? 0, minutes: withMinutes ? (cell?.minutes ?? 0) : null };
    };
    const others = [...this.cells.keys()].filter((key) => !fixed.includes(key));
    const sorted = others.map(row).sort((a, b) => b.count! - a.count! || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return [...fixed.map(row), ...sorted];
  }
}
