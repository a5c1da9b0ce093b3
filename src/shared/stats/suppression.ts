// Small-cell suppression, for exports and the territory's figures. The rule: every table of a report counts
// people (its "Personnes" column: the distinct people behind each month, place, commune, démarche, suite
// given…), so in every table a row of 1 to 4 people is hidden, with all its figures: its sessions, hours
// or orientations would give the people back (one individual session is one person). A hidden row must
// not be found back from a total by subtraction, nor keep a place that its figures decided.
// The totals of sessions, hours, ateliers, orientations and pass cover the whole scope and stay whole.
import { tableIds, type HiddenReason, type StatsReport, type StatsRow, type TableId } from './report-schema';
import { categoryLabel, tableSpecs, type ReportLabels } from './labels';
import { itemAt } from '../item-at';

/** A cell under this many people is hidden. */
export const SMALL_CELL_PEOPLE = 5;

/** True for 1 to 4 people (0 is shown: nobody can be recognised in an empty cell). */
export function isSmallCell(people: number | null): boolean {
  return people !== null && people > 0 && people < SMALL_CELL_PEOPLE;
}

/** The report with small cells hidden in every table and in the totals of people. */
export function suppressSmallCells(report: StatsReport): StatsReport {
  if (report.suppressed) return report;
  const tables = { ...report.tables };
  for (const id of tableIds) tables[id] = inSafeOrder(id, suppressTable(report.tables[id]));
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
  const hiddenPeople = () => [...hidden.keys()].reduce((sum, i) => sum + (itemAt(rows, i).people ?? 0), 0);
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

const frenchOrder = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * The rows of `table` in an order that says nothing of the hidden figures. A table ordered by its figures
 * (largest first) keeps its shown rows so and puts the hidden ones after them, by label (`labelOf`, the key
 * when not given): kept in place, they would tell how their hidden counts compare. A table in the order of
 * its categories (months, age bands…) keeps that order, which no figure decided.
 */
export function inSafeOrder(table: TableId, rows: StatsRow[], labelOf: (key: string) => string = (key) => key): StatsRow[] {
  if (tableSpecs[table].order === 'category' || !rows.some((row) => row.hidden)) return rows;
  const hidden = rows
    .filter((row) => row.hidden)
    .map((row) => ({ row, label: labelOf(row.key) }))
    .sort((a, b) => frenchOrder.compare(a.label, b.label) || (a.row.key < b.row.key ? -1 : a.row.key > b.row.key ? 1 : 0))
    .map(({ row }) => row);
  return [...rows.filter((row) => !row.hidden), ...hidden];
}

/** The rows of `table` as shown and exported: hidden rows, if any, after the shown ones in the order of their French labels. */
export function rowsForDisplay(table: TableId, rows: StatsRow[], labels?: ReportLabels): StatsRow[] {
  return inSafeOrder(table, rows, (key) => categoryLabel(table, key, labels));
}

/** The shown row with the fewest people (then the smallest count, then the first), among non-empty rows. */
function smallestShown(rows: StatsRow[], hidden: Map<number, HiddenReason>): number | undefined {
  let best: number | undefined;
  rows.forEach((row, i) => {
    if (hidden.has(i) || !row.people) return;
    const current = best === undefined ? undefined : itemAt(rows, best);
    const fewer = !current?.people || row.people < current.people;
    if (fewer || (row.people === current.people && (row.count ?? 0) < (current.count ?? 0))) best = i;
  });
  return best;
}
