// « Exporter pour La Coop »: the aidant's own sessions of a period, in La Coop de la médiation numérique's
// vocabulary, saved as a file on the tablet (offline): CSV or an Excel workbook for its spreadsheet, JSON like
// its API. The workbook's writer is loaded only when asked for: the app's first load does not carry it.
import { useState } from 'preact/hooks';
import { birthYearsOf, coopActivitiesOf, coopCatalogueOf } from '../../../../shared/coop/activities';
import { coopCsv, coopExportRows } from '../../../../shared/coop/export';
import { coopJson } from '../../../../shared/coop/json-export';
import type { CoopActivity } from '../../../../shared/coop/mapping';
import type { ContentPack } from '../../../../shared/schema/content';
import { lastTwelveMonths, localDate, type Period } from '../../../../shared/stats/period';
import { sessionsLoggedHere } from '../../../db/accompagnements-repository';
import { listAllFiles } from '../../../db/people-lists';
import { listOrientations } from '../../../db/orientations-repository';
import { useAppServices } from '../../../session/app-context';
import { downloadBytes, downloadText } from '../dashboard/csv-download';
import { PeriodFilter } from '../dashboard/PeriodFilter';
import { useAccount } from '../use-role';

type Format = 'csv' | 'xlsx' | 'json';

/** Offers the activities as a file of the format asked for (the Excel writer is loaded here, on demand). */
async function saveFile(format: Format, name: string, activities: CoopActivity[], account: ReturnType<typeof useAccount>): Promise<void> {
  const place = { structureName: account?.structureName ?? '' };
  if (format === 'csv') {
    downloadText(name, coopCsv(coopExportRows(activities, () => place)), 'text/csv;charset=utf-8');
  } else if (format === 'xlsx') {
    const { coopXlsx, XLSX_MEDIA_TYPE } = await import('../../../../shared/coop/xlsx-export');
    downloadBytes(name, await coopXlsx(coopExportRows(activities, () => place)), XLSX_MEDIA_TYPE);
  } else {
    const json = coopJson(activities, () => account?.structureId ?? null);
    downloadText(name, JSON.stringify(json, null, 2), 'application/json');
  }
}

/** The export panel, folded until the aidant opens it. */
export function CoopExportPanel({ pack }: { pack: ContentPack }) {
  const { db } = useAppServices();
  const account = useAccount();
  const today = localDate(db.now());
  const [period, setPeriod] = useState<Period | null>(lastTwelveMonths(today));
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async (format: Format) => {
    if (!period) return;
    setDone(null);
    setProblem(null);
    try {
      const [sessions, orientations, people] = await Promise.all([sessionsLoggedHere(db), listOrientations(db), listAllFiles(db)]);
      const activities = coopActivitiesOf(sessions, orientations, coopCatalogueOf(pack), period, birthYearsOf(people));
      const name = `coop-declic-${period.from}-au-${period.to}.${format}`;
      if (format === 'xlsx') setBusy(true);
      await saveFile(format, name, activities, account);
      const count = activities.reduce((sum, a) => sum + a.participants.length, 0);
      setDone(`Fichier « ${name} » enregistré : ${count} accompagnement${count > 1 ? 's' : ''}.`);
    } catch (error) {
      setProblem(
        format === 'xlsx'
          ? 'Le fichier Excel n’a pas pu être préparé. Le tableau CSV, qu’Excel ouvre aussi, reste disponible.'
          : error instanceof Error
            ? error.message
            : 'L’export n’a pas pu être fait.',
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <details class="session-details">
      <summary>Exporter pour La Coop de la médiation numérique</summary>
      <p>
        Vos accompagnements notés sur cette tablette, une ligne par personne accompagnée, avec les colonnes de l’export de La Coop. Sans
        nom, téléphone, e-mail ni note.
      </p>
      <PeriodFilter value={period ?? lastTwelveMonths(today)} today={today} onChange={setPeriod} onInvalid={() => setPeriod(null)} />
      <div class="form__actions">
        <button type="button" class="button button--primary" disabled={!period} onClick={() => void save('csv')}>
          Télécharger le tableau (CSV)
        </button>
        <button type="button" class="button" disabled={!period || busy} onClick={() => void save('xlsx')}>
          Télécharger le tableau (Excel)
        </button>
        <button type="button" class="button" disabled={!period} onClick={() => void save('json')}>
          Télécharger les données (JSON)
        </button>
      </div>
      {busy && (
        <p role="status" aria-busy="true">
          Préparation du fichier Excel…
        </p>
      )}
      {done && (
        <p class="notice notice--ok" role="status">
          {done}
        </p>
      )}
      {problem && (
        <p class="notice-error" role="alert">
          {problem}
        </p>
      )}
    </details>
  );
}
