// Counting per category: distinct people, a count and minutes, turned into report rows. People are
// numbered once per report (see PersonNumbers) and each category keeps a bit per person: adding a
// session costs a few array operations, whatever the number of people (20,000 sessions on a tablet).
// Categories known in advance (months, places, modes…) are found by position, not by string.
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

/** The order of the rows after the fixed ones: by count, largest first, then by key. */
export function compareOtherRows(a: Pick<StatsRow, 'key' | 'count'>, b: Pick<StatsRow, 'key' | 'count'>): number {
  return (b.count ?? 0) - (a.count ?? 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** One category's figures: a bit per person concerned and how many are set, a count, minutes. */
interface Cell {
  bits: Uint32Array;
  people: number;
  count: number;
  minutes: number;
}

const newCell = (): Cell => ({ bits: new Uint32Array(64), people: 0, count: 0, minutes: 0 });

/** Tallies of one table. */
export class Tally {
  /** The cells of the fixed keys, by position. */
  private readonly fixedCells: Cell[];
  /** The cells of the other keys. */
  private readonly otherCells = new Map<string, Cell>();
  /** The one-person array of addPerson (reused). */
  private readonly person = [0];

  /**
   * `fixed`: the keys that always appear first in the rows, in their order, even when empty (so that
   * charts keep their shape); the other keys follow by count, largest first.
   */
  constructor(private readonly fixed: readonly string[] = []) {
    this.fixedCells = fixed.map(newCell);
  }

  /** Counts `count` (and `minutes`) for `key`, and the people (by number) concerned. */
  add(key: string, people: readonly number[], count = 1, minutes = 0): void {
    const i = this.fixed.length === 0 ? -1 : this.fixed.indexOf(key);
    this.record((i >= 0 && this.fixedCells[i]) || this.otherCell(key), people, count, minutes);
  }

  /** The same for the fixed key at position `index` (no string to look up). */
  addAt(index: number, people: readonly number[], count = 1, minutes = 0): void {
    const cell = this.fixedCells[index];
    if (!cell) throw new RangeError(`No category at ${index}.`);
    this.record(cell, people, count, minutes);
  }

  /** The same for `value` when it is a fixed key, else for `otherwise` (a record may hold anything). */
  addKnown(value: unknown, otherwise: string, people: readonly number[], count = 1, minutes = 0): void {
    const i = typeof value === 'string' ? this.fixed.indexOf(value) : -1;
    this.record((i >= 0 && this.fixedCells[i]) || this.otherCell(otherwise), people, count, minutes);
  }

  /** Counts `count` for `key` and one person (no array to build per person). */
  addPerson(key: string, person: number, count: number): void {
    this.person[0] = person;
    this.add(key, this.person, count);
  }

  /**
   * Adds `other`'s figures, its people renumbered: its person n is this tally's `numbers[n]`. Its empty
   * categories add nothing (not even a row).
   */
  addFrom(other: Tally, numbers: readonly number[]): void {
    other.fixed.forEach((key, i) => this.addCell(key, other.fixedCells[i], numbers));
    for (const [key, cell] of other.otherCells) this.addCell(key, cell, numbers);
  }

  private addCell(key: string, cell: Cell | undefined, numbers: readonly number[]): void {
    if (cell === undefined || (cell.count === 0 && cell.people === 0 && cell.minutes === 0)) return;
    const people: number[] = [];
    for (let word = 0; word < cell.bits.length; word++) {
      let bits = cell.bits[word] ?? 0;
      while (bits !== 0) {
        const bit = 31 - Math.clz32(bits);
        bits &= ~(1 << bit);
        const n = numbers[word * 32 + bit];
        if (n !== undefined) people.push(n);
      }
    }
    this.add(key, people, cell.count, cell.minutes);
  }

  /** The rows: the fixed keys in their order, then the others by count (ties by key). Minutes are null unless `withMinutes`. */
  rows(withMinutes: boolean): StatsRow[] {
    const row = (key: string, cell: Cell | undefined): StatsRow => ({
      key,
      people: cell?.people ?? 0,
      count: cell?.count ?? 0,
      minutes: withMinutes ? (cell?.minutes ?? 0) : null,
    });
    const others = [...this.otherCells].map(([key, cell]) => row(key, cell)).sort(compareOtherRows);
    return [...this.fixed.map((key, i) => row(key, this.fixedCells[i])), ...others];
  }

  private otherCell(key: string): Cell {
    let cell = this.otherCells.get(key);
    if (cell === undefined) this.otherCells.set(key, (cell = newCell()));
    return cell;
  }

  private record(cell: Cell, people: readonly number[], count: number, minutes: number): void {
    for (let i = 0; i < people.length; i++) {
      const n = people[i];
      if (n === undefined) continue;
      const word = n >>> 5;
      if (word >= cell.bits.length) {
        const grown = new Uint32Array(Math.max(word + 1, cell.bits.length * 2));
        grown.set(cell.bits);
        cell.bits = grown;
      }
      const bit = 1 << (n & 31);
      const bits = cell.bits[word] ?? 0;
      if ((bits & bit) === 0) {
        cell.bits[word] = bits | bit;
        cell.people += 1;
      }
    }
    cell.count += count;
    cell.minutes += minutes;
  }
}
