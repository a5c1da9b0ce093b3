// /activite/statistiques: the coordinator's dashboard (their structure, on the tablet, offline) and the
// admin's (the territory, from the endpoint when online) — period, key figures, charts, CSV export.
// The structure's figures are shown whole (its coordinator knows these people); the territory's, like
// every export, with small cells hidden.
import { useState } from 'preact/hooks';
import type { ContentPack } from '../../../../shared/schema/content';
import { statsToCsv } from '../../../../shared/stats/csv';
import { lastTwelveMonths, localDate, type Period } from '../../../../shared/stats/period';
import { useAppServices } from '../../../session/app-context';
import { Page } from '../../../ui/PagePlaceholder';
import { linkProps } from '../../../ui/router';
import { paths } from '../../../routes/paths';
import { seesStatistics, useAccount } from '../use-role';
import { downloadCsv, statsFileName } from './csv-download';
import { DashboardCharts } from './DashboardCharts';
import { KeyFigures } from './KeyFigures';
import { PeriodFilter } from './PeriodFilter';
import { reportLabels } from './report-labels';
import { useReport, type Scope } from './use-report';

let lastPeriod: Period | undefined;

const STRUCTURE_NOTE =
  'Chiffres complets de votre structure : rien n’est masqué à l’écran. L’export CSV, lui, est anonyme : une ligne de moins de 5 personnes y est masquée.';
const TERRITORY_NOTE = 'Données anonymes, à l’écran comme dans l’export CSV : une ligne de moins de 5 personnes est masquée.';

/** The dashboard page. */
export function DashboardPage({ pack }: { pack: ContentPack }) {
  const { db } = useAppServices();
  const account = useAccount();
  const today = localDate(db.now());
  const [period, setPeriod] = useState<Period>(lastPeriod ?? lastTwelveMonths(today));
  const [scope, setScope] = useState<Scope>('structure');
  // False while the filter holds a period that cannot be used: the last valid one's figures are not shown.
  const [periodValid, setPeriodValid] = useState(true);
  const state = useReport(scope, period, account?.token ?? '');
  if (!account || !seesStatistics(account.role)) {
    return (
      <Page title="Statistiques">
        <p>Le tableau de bord est réservé aux coordinateurs et aux administrateurs. Demandez les chiffres à votre coordinateur.</p>
      </Page>
    );
  }
  const scopeLabel = scope === 'territory' ? 'Territoire (toutes les structures)' : account.structureName;
  const exportCsv = () => {
    if (state.status !== 'ready' || !periodValid) return;
    const csv = statsToCsv(state.report, { scopeLabel, labels: reportLabels(pack, state.structures) });
    downloadCsv(statsFileName(scope === 'territory' ? null : account.structureName, state.report.period), csv);
  };
  return (
    <Page title="Statistiques">
      <p class="back-link no-print">
        <a {...linkProps(paths.activity())}>← Activité</a>
      </p>
      {account.role === 'admin' && (
        <div class="toggle no-print" role="group" aria-label="Périmètre des statistiques">
          {(['structure', 'territory'] as const).map((s) => (
            <button key={s} type="button" class="button toggle__button" aria-pressed={scope === s} onClick={() => setScope(s)}>
              {s === 'structure' ? 'Ma structure (sur la tablette)' : 'Tout le territoire (en ligne)'}
            </button>
          ))}
        </div>
      )}
      <PeriodFilter
        value={period}
        today={today}
        onChange={(next) => {
          setPeriodValid(true);
          setPeriod((lastPeriod = next));
        }}
        onInvalid={() => setPeriodValid(false)}
      />
      <p class="lead">
        {scopeLabel} —{' '}
        {scope === 'territory' ? 'chiffres du serveur, petits effectifs masqués' : 'chiffres de cette tablette (dernière synchronisation)'}
      </p>
      {!periodValid && <p>Les chiffres s’afficheront dès que la période sera corrigée.</p>}
      {periodValid &&
        state.status === 'loading' &&
        (scope === 'territory' ? (
          <div role="status" aria-busy="true">
            <p>Le serveur calcule les chiffres de toutes les structures. Pour un grand territoire, cela peut prendre une minute.</p>
            <progress aria-label="Calcul des statistiques du territoire" />
          </div>
        ) : (
          <p aria-busy="true">Calcul des statistiques…</p>
        ))}
      {periodValid && state.status === 'failed' && (
        <p class="notice-error" role="alert">
          {state.message}
        </p>
      )}
      {periodValid && state.status === 'ready' && (
        <>
          <div class="actions no-print">
            <button type="button" class="button button--primary" onClick={exportCsv}>
              Exporter en CSV
            </button>
            <span class="hint">{scope === 'territory' ? TERRITORY_NOTE : STRUCTURE_NOTE}</span>
          </div>
          <KeyFigures totals={state.report.totals} />
          <DashboardCharts report={state.report} labels={reportLabels(pack, state.structures)} />
        </>
      )}
    </Page>
  );
}
