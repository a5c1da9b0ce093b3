// A chart with its figures: the table is always there for screen readers, and "Voir le tableau" shows it to everyone.
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { hours } from '../../../../shared/stats/csv';
import { categoryLabel, tableSpecs, type ReportLabels } from '../../../../shared/stats/labels';
import type { StatsRow, TableId } from '../../../../shared/stats/report-schema';
import { figureText } from './figures';

/** A titled figure: the chart (hidden from screen readers) and the table of its figures. */
export function ChartFigure({
  title,
  table,
  rows,
  labels,
  children,
}: {
  title: string;
  table: TableId;
  rows: StatsRow[];
  labels: ReportLabels;
  children: ComponentChildren;
}) {
  const [shown, setShown] = useState(false);
  const id = useId();
  const spec = tableSpecs[table];
  return (
    <figure class="chart-figure" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} class="chart-figure__title">
        {title}
      </figcaption>
      {rows.length === 0 ? <p>Aucune donnée sur la période.</p> : children}
      {rows.some((row) => row.hidden) && (
        <p class="hint chart-figure__note">
          « &lt; 5 » : moins de 5 personnes ; « masqué » : caché pour qu’on ne puisse pas le retrouver par soustraction.
          {spec.order === 'figures' && ' Les lignes masquées viennent à la fin, par ordre alphabétique.'}
        </p>
      )}
      {rows.length > 0 && (
        <>
          <button
            type="button"
            class="button button--small no-print"
            aria-expanded={shown ? 'true' : 'false'}
            aria-controls={`${id}-table`}
            onClick={() => setShown(!shown)}
          >
            {shown ? 'Masquer le tableau' : 'Voir le tableau'}
          </button>
          <div id={`${id}-table`} class={shown ? 'table-wrap' : 'visually-hidden'}>
            <table class="table">
              <caption class="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{spec.category}</th>
                  <th scope="col">Personnes</th>
                  <th scope="col">{spec.count}</th>
                  {spec.minutes && <th scope="col">Heures</th>}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{categoryLabel(table, row.key, labels)}</th>
                    <td data-label="Personnes">{figureText(row, row.people, true)}</td>
                    <td data-label={spec.count}>{figureText(row, row.count, false)}</td>
                    {spec.minutes && <td data-label="Heures">{figureText(row, row.minutes, false, hours)}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </figure>
  );
}
