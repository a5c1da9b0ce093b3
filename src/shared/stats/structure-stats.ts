// A territory's statistics from each structure's own. A structure's people are its own (files, ateliers,
// orientations and cheques never cross structures), so a person counted in one structure's row is counted in no
// other's: people add up like sessions and minutes. Two things are shared across structures and kept as sets:
// an aidant may work in several structures (trained aidants and finished modules count each one once), and a
// commune may be typed differently in two structures (its rows join under the smallest spelling, as in one report).
import { StatsAccumulator } from './accumulator';
import { communeKey } from './commune';
import type { Period } from './period';
import type { StatsReport, StatsRow, TableId } from './report-schema';
import { compareOtherRows } from './tally';

/** One structure's raw report and the aidants' training it counted, by id. */
export interface StructureStats {
  report: StatsReport;
  trainedAidants: readonly string[];
  /** "aidant/module" of each module finished in the period. */
  finishedModules: readonly string[];
}

/** The raw report of `period` over several structures, equal to the report of all their records at once. */
export function mergeStructureStats(period: Period, parts: readonly StructureStats[]): StatsReport {
  // The empty report gives the shape: every total, and each table's fixed rows in their order.
  const merged = new StatsAccumulator(period).report();
  const trainedAidants = new Set<string>();
  const finishedModules = new Set<string>();
  for (const part of parts) {
    const totals = merged.totals as Record<string, number>;
    for (const [name, value] of Object.entries(part.report.totals)) {
      if (typeof value === 'number') totals[name] = (totals[name] ?? 0) + value;
    }
    part.trainedAidants.forEach((id) => trainedAidants.add(id));
    part.finishedModules.forEach((id) => finishedModules.add(id));
  }
  merged.totals.trainedAidants = trainedAidants.size;
  merged.totals.modulesFinished = finishedModules.size;
  for (const table of Object.keys(merged.tables) as TableId[]) {
    const rows = parts.map((part) => part.report.tables[table]);
    merged.tables[table] = mergeRows(merged.tables[table], table === 'commune' ? underSmallestSpelling(rows) : rows);
  }
  return merged;
}

/** Adds up rows of the same key: the fixed rows first in their order, then the others by count (ties by key), as a Tally does. */
function mergeRows(fixed: readonly StatsRow[], tables: readonly (readonly StatsRow[])[]): StatsRow[] {
  const byKey = new Map<string, StatsRow>(fixed.map((row) => [row.key, { ...row }]));
  for (const rows of tables) {
    for (const row of rows) {
      const sum = byKey.get(row.key);
      if (sum === undefined) byKey.set(row.key, { ...row });
      else {
        sum.people = add(sum.people, row.people);
        sum.count = add(sum.count, row.count);
        sum.minutes = add(sum.minutes, row.minutes);
      }
    }
  }
  const sums = [...byKey.values()];
  // A Map keeps the order keys came in: the fixed rows first, then the others.
  return [...sums.slice(0, fixed.length), ...sums.slice(fixed.length).sort(compareOtherRows)];
}

/** Raw figures are never hidden; minutes stay null in the tables that count people. */
const add = (a: number | null, b: number | null): number | null => (a === null && b === null ? null : (a ?? 0) + (b ?? 0));

/** Commune tables whose rows are renamed by the smallest spelling any of them gives their commune. */
function underSmallestSpelling(tables: readonly (readonly StatsRow[])[]): StatsRow[][] {
  const smallest = new Map<string, string>();
  for (const table of tables) {
    for (const { key } of table) {
      const commune = communeKey(key);
      const known = smallest.get(commune);
      if (known === undefined || key < known) smallest.set(commune, key);
    }
  }
  return tables.map((rows) => rows.map((row) => ({ ...row, key: smallest.get(communeKey(row.key)) ?? row.key })));
}
