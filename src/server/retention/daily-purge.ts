// The endpoint's automatic retention purge: a first run shortly after start, then one a day.
import type { Store } from '../store/store';
import { purgeInactiveFiles, type PurgeReport } from './purge';

/** Wait after start before the first run (the endpoint serves first). */
export const FIRST_PURGE_DELAY_MS = 60_000;
export const PURGE_INTERVAL_MS = 24 * 60 * 60_000;

const frenchDay = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString('fr-FR', { timeZone: 'UTC' });

/** The purge's report in one French line: counts only. */
export function purgeSummary(report: PurgeReport): string {
  const verb = report.dryRun ? 'seraient effacés' : 'effacés';
  return (
    `Purge de rétention (${report.retentionMonths} mois : sans contact depuis le ${frenchDay(report.cutoff)}) : ` +
    `${report.files} dossier(s) ${verb}, ${report.linkedErased} enregistrement(s) lié(s) ${verb}, ` +
    `${report.linkedDetached} enregistrement(s) détaché(s), dans ${report.structures} structure(s).`
  );
}

/** Starts the daily purge; returns the function that stops it. Timers never keep the process alive. */
export function startDailyPurge(store: Store, retentionMonths: number, log: (line: string) => void = console.log): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      log(purgeSummary(await purgeInactiveFiles(store, { retentionMonths })));
    } catch (error) {
      log(`La purge de rétention a échoué : ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void run(), FIRST_PURGE_DELAY_MS);
  const daily = setInterval(() => void run(), PURGE_INTERVAL_MS);
  first.unref();
  daily.unref();
  return () => {
    clearTimeout(first);
    clearInterval(daily);
  };
}
