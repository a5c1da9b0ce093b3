// Brings every structure's statistics projection up to its log once, in the background, shortly after the
// endpoint starts, then reads what the statistics add up from it (structure-inputs.ts): after an upgrade, a
// restart or a long quiet period, the first statistics call finds both ready.
import type { Store } from '../store/store';
import { refreshStatsProjections } from './stats-projection';
import { keepRecentInputs } from './structure-inputs';
import { forEachStructure } from './structures-at-once';

/** Wait after start before the refresh (the endpoint serves first). */
export const START_REFRESH_DELAY_MS = 5_000;

/** A refresh under way: `stop` ends it between two structures; `finished` settles when it is over or stopped. */
export interface StartRefresh {
  stop(): void;
  finished: Promise<void>;
}

/** Starts the refresh after `delayMs`; its timer never keeps the process alive, a failure is only logged. */
export function refreshProjectionsAfterStart(
  store: Store,
  log: (line: string) => void = console.log,
  delayMs = START_REFRESH_DELAY_MS,
  now: () => number = Date.now,
): StartRefresh {
  let stopped = false;
  let end = () => {};
  const finished = new Promise<void>((resolve) => (end = resolve));
  const run = async () => {
    const started = Date.now();
    let records = 0;
    try {
      const structureIds = (await store.listStructures()).map((structure) => structure.id);
      const refreshes = await refreshStatsProjections(store, structureIds, () => stopped);
      if (stopped) return;
      for (const refresh of refreshes) records += refresh.records;
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      if (records > 0) log(`Statistiques préparées : ${records} enregistrement(s) mis à jour en ${seconds} s.`);
      await forEachStructure(
        store,
        structureIds,
        (structureId) => keepRecentInputs(store, structureId, now()),
        () => stopped,
      );
    } catch (error) {
      // The next statistics call refreshes what is left.
      log(`La préparation des statistiques a échoué : ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const timer = setTimeout(() => void run().finally(end), delayMs);
  timer.unref();
  return {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      end();
    },
    finished,
  };
}
