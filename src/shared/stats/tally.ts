// Counting per category: distinct people, a count and minutes, turned into report rows. People are
// numbered once per report (see PersonNumbers) and each category keeps a bit per person: adding a
// session costs a few array operations, whatever the number of people (20,000 sessions on a tablet).
import type { StatsRow } from './report-schema';

/** Numbers people in the order they are met (0, 1, 2…). */
export class PersonNumbers {
  private readonly numbers = new Map<string, number>();

  /** The number of `id`, given the first time it is met. */
  of(id: string): number {
    let n = this.numbers.get(id);
    if (n === undefined) this.numbers.set(id, (n = this.numbers.size));
    return n;
  }

  get size(): number {
    return this.numbers.size;
  }
}

/** A set of person numbers: one bit each, and how many are set. */
class PersonBits {
  private words = new Uint32Array(64);
  size = 0;

  add(n: number): void {
    const word = n >>> 5;
    if (word >= this.words.length) {
      const grown = new Uint32Array(Math.max(word + 1, this.words.length * 2));
      grown.set(this.words);
      this.words = grown;
    }
    const bit = 1 << (n & 31);
    if ((this.words[word]! & bit) === 0) {
      this.words[word]! |= bit;
      this.size += 1;
    }
  }
}

interface Cell {
  people: PersonBits;
  count: number;
  minutes: number;
}

const newCell = (): Cell => ({ people: new PersonBits(), count: 0, minutes: 0 });

/** Tallies of one table. */
export class Tally {
  private readonly cells = new Map<string, Cell>();

  /** Counts `count` (and `minutes`) for `key`, and the people (by number) concerned. */
  add(key: string, people: readonly number[], count = 1, minutes = 0): void {
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = newCell()));
    for (let i = 0; i < people.length; i++) cell.people.add(people[i]!);
    cell.count += count;
    cell.minutes += minutes;
  }

  /** Counts `count` for `key` and one person (no array to build per person). */
  addPerson(key: string, person: number, count: number): void {
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = newCell()));
    cell.people.add(person);
    cell.count += count;
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
