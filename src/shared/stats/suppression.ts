// Small-cell suppression: in exports and territory figures, no cell may point at fewer than 5 people,
// and a hidden cell must not be found back from a total by subtraction.
import { tableIds, type HiddenReason, type StatsReport, type StatsRow } from './report-schema';
import { tableSpecs } from './labels';

/** A cell under this many people is hidden. */
export const SMALL_CELL_PEOPLE = 5;

/** True for 1 to 4 people (0 is shown: nobody can be recognised in an empty cell). */
export function isSmallCell(people: number | null): boolean {
  return people !== null && people > 0 && people < SMALL_CELL_PEOPLE;
}

/** The report with small cells hidden in identifying tables and in the totals of people. */
export function suppressSmallCells(report: StatsReport): StatsReport {
  if (report.suppressed) return report;
  const tables = { ...report.tables };
  for (const id of tableIds)
    tables[id] = tableSpecs[id].identifying ? suppressTable(report.tables[id]) : report.tables[id].map((row) => ({ ...row }));
  const { people, passPeople } = report.totals;
  const totals = { ...report.totals, people: isSmallCell(people) ? null : people, passPeople: isSmallCell(passPeople) ? null : passPeople };
  return { period: { ...report.period }, totals, tables, suppressed: true };
}

/**
 * Hides the rows of 1 to 4 people (primary), then the smallest other rows (secondary) until no hidden
 * row stands alone and the hidden rows together count at least 5 people: otherwise the total minus
 * the shown rows would give a hidden row back.
 */
export function suppressTable(rows: StatsRow[]): StatsRow[] {
  const hidden = new Map<number, HiddenReason>();
  rows.forEach((row, i) => {
    if (isSmallCell(row.people)) hidden.set(i, 'petit-effectif');
  });
  const hiddenPeople = () => [...hidden.keys()].reduce((sum, i) => sum + (rows[i]!.people ?? 0), 0);
  while (hidden.size > 0 && (hidden.size === 1 || hiddenPeople() < SMALL_CELL_PEOPLE)) {
    const next = smallestShown(rows, hidden);
    if (next === undefined) break;
    hidden.set(next, 'secret-secondaire');
  }
  return rows.map((row, i) => {
    const reason = hidden.get(i);
    return reason ? { key: row.key, people: null, count: null, minutes: null, hidden: reason } : { ...row };
  });
}

/** The shown row with the fewest people (then the smallest count, then the first), among non-empty rows. */
function smallestShown(rows: StatsRow[], hidden: Map<number, HiddenReason>): number | undefined {
  let best: number | undefined;
  rows.forEach((row, i) => {
    if (hidden.has(i) || !row.people) return;
    const current = best === undefined ? undefined : rows[best]!;
    if (!current || row.people < current.people! || (row.people === current.people && (row.count ?? 0) < (current.count ?? 0))) best = i;
  });
  return best;
}
