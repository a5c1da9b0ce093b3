// Every chart of a report, each with its table of figures.
import type { ReportLabels } from '../../../../shared/stats/labels';
import type { StatsReport, TableId } from '../../../../shared/stats/report-schema';
import { rowsForDisplay } from '../../../../shared/stats/suppression';
import { BarChart } from './BarChart';
import { ChartFigure } from './ChartFigure';
import { barsOf, measureName } from './figures';
import { LineChart } from './LineChart';

/** Categories drawn at most in one chart (the table lists them all). */
const TOP = 10;

const barTables: [TableId, string][] = [
  ['place', 'Par lieu'],
  ['operator', 'Par organisme'],
  ['demarche', 'Par démarche'],
  ['commune', 'Par commune des personnes'],
  ['ageBand', 'Par tranche d’âge'],
  ['autonomy', 'Par niveau d’autonomie (le dernier observé)'],
  ['orientationOutcome', 'Orientations par suite donnée'],
  ['orientationPartner', 'Orientations par partenaire'],
  ['structure', 'Par structure'],
];

/** The charts of the dashboard. */
export function DashboardCharts({ report, labels }: { report: StatsReport; labels: ReportLabels }) {
  const months = report.tables.month;
  return (
    <div class="charts">
      <ChartFigure title="Séances et personnes par mois" table="month" rows={months} labels={labels}>
        <LineChart
          months={months.map((r) => r.key)}
          series={[
            { name: 'Séances', style: 'solid', marker: 'circle', values: months.map((r) => r.count) },
            { name: 'Personnes', style: 'dashed', marker: 'square', values: months.map((r) => r.people) },
          ]}
        />
      </ChartFigure>
      <ChartFigure title="Heures d’accompagnement par mois" table="month" rows={months} labels={labels}>
        <BarChart bars={barsOf('month', months, labels, 'hours')} />
      </ChartFigure>
      {barTables.map(([table, title]) => {
        if (table === 'structure' && report.tables.structure.length === 0) return null;
        // Hidden rows after the shown ones, by label: where they stood would tell their hidden figures apart.
        const rows = rowsForDisplay(table, report.tables[table], labels);
        return (
          <ChartFigure key={table} title={`${title} (${measureName(table)})`} table={table} rows={rows} labels={labels}>
            <BarChart bars={barsOf(table, rows.slice(0, TOP), labels)} />
          </ChartFigure>
        );
      })}
    </div>
  );
}
