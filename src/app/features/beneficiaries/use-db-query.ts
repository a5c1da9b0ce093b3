// Reads from the device's database for a view, and reads again after every local write and every sync.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { DeclicDatabase } from '../../db/database';
import { useAppServices } from '../../session/app-context';

/** The query's result (undefined while the first read runs), kept current. */
export function useDbQuery<T>(query: (db: DeclicDatabase) => Promise<T>, deps: unknown[]): T | undefined {
  const { db, syncStatus } = useAppServices();
  const [result, setResult] = useState<{ deps: unknown[]; value: T } | undefined>(undefined);
  const latest = useRef(0);
  // Started before the browser paints (a layout effect, not an effect): what memory already holds is
  // shown in the same frame, with no "Chargement…" frame drawn first.
  useLayoutEffect(() => {
    let active = true;
    const run = () => {
      const ticket = ++latest.current;
      query(db).then(
        (value) => active && ticket === latest.current && setResult({ deps, value }),
        (error: unknown) => active && console.error('Lecture impossible', error),
      );
    };
    run();
    const stopWrites = db.onLocalWrite(run);
    // Pulled ops land during a sync: read again when one ends (or a page of a long one is stored).
    let before = syncStatus.get();
    const stopSync = syncStatus.subscribe((now) => {
      const landed = now.lastSuccessAt !== before.lastSuccessAt || (now.progress?.pulled ?? 0) !== (before.progress?.pulled ?? 0);
      before = now;
      if (landed) run();
    });
    return () => {
      active = false;
      stopWrites();
      stopSync();
    };
  }, [db, syncStatus, ...deps]);
  // A result read for other deps (another person's file) is never shown for these.
  return result && sameDeps(result.deps, deps) ? result.value : undefined;
}

function sameDeps(a: unknown[], b: unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}
