// How a report's figures read on screen: hidden cells, hours, euros; which figure each chart draws.
import type { StatsRow, TableId } from '../../../../shared/stats/report-schema';
import { hours } from '../../../../shared/stats/csv';
import { categoryLabel, tableSpecs, type ReportLabels } from '../../../../shared/stats/labels';

/** A figure as text: "< 5" for a small cell, "masqué" for one hidden to protect it. */
export function figureText(row: StatsRow, value: number | null, isPeople: boolean, format: (n: number) => string = String): string {
  if (row.hidden === 'petit-effectif' && isPeople) return '< 5';
  if (row.hidden) return 'masqué';
  return value === null ? '—' : format(value);
}

/** One bar: its label, the value drawn (null when hidden) and the text written beside it. */
export interface Bar {
  label: string;
  value: number | null;
  text: string;
}

/** The bars of a table: people for tables of people, sessions (or orientations) otherwise. */
export function barsOf(
  table: TableId,
  rows: StatsRow[],
  labels: ReportLabels,
  measure: 'count' | 'people' | 'hours' = defaultMeasure(table),
): Bar[] {
  return rows.map((row) => {
    const raw = measure === 'people' ? row.people : measure === 'hours' ? row.minutes : row.count;
    const value = raw === null ? null : measure === 'hours' ? raw / 60 : raw;
    const text =
      measure === 'hours' ? figureText(row, row.minutes, false, (m) => `${hours(m)} h`) : figureText(row, raw, measure === 'people');
    return { label: categoryLabel(table, row.key, labels), value, text };
  });
}

/** People for tables of people (commune, age, autonomy), else the table's count. */
export function defaultMeasure(table: TableId): 'count' | 'people' {
  return tableSpecs[table].minutes || table.startsWith('orientation') ? 'count' : 'people';
}

/** What the bars of a table count, for its caption ("séances", "personnes"…). */
export function measureName(table: TableId, measure: 'count' | 'people' | 'hours' = defaultMeasure(table)): string {
  if (measure === 'people') return 'personnes';
  if (measure === 'hours') return 'heures';
  return tableSpecs[table].count.toLowerCase();
}
