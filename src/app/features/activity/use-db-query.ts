// Reads from the tablet's database for a view, again after every local write and every completed sync.
import { useLayoutEffect, useState } from 'preact/hooks';
import type { DeclicDatabase } from '../../db/database';
import { useAppServices } from '../../session/app-context';

/** What a view shows while its data loads, once loaded, or when it could not be read. */
export interface DbQueryState<T> {
  data: T | undefined;
  /** Why the data could not be read, in French (null while all is well). */
  problem: string | null;
  failed: boolean;
}

const READ_PROBLEM =
  'Les données de la tablette n’ont pas pu être lues. Rechargez la page ; si cela continue, contactez votre coordinateur.';

/** The loader's result (undefined while loading), reloaded when the device's records change. */
export function useDbQuery<T>(load: (db: DeclicDatabase) => Promise<T>, deps: readonly unknown[] = []): DbQueryState<T> {
  const { db, syncStatus } = useAppServices();
  const [state, setState] = useState<DbQueryState<T>>({ data: undefined, problem: null, failed: false });
  // Started before the browser paints (a layout effect, not an effect): what memory already holds is
  // shown in the same frame, with no "Chargement…" frame drawn first.
  useLayoutEffect(() => {
    let alive = true;
    let lastSync = syncStatus.get().lastSuccessAt;
    const run = () =>
      load(db).then(
        (data) => alive && setState({ data, problem: null, failed: false }),
        (error: unknown) => alive && setState((s) => ({ data: s.data, problem: explain(error), failed: true })),
      );
    void run();
    const offWrite = db.onLocalWrite(() => void run());
    const offSync = syncStatus.subscribe((status) => {
      if (status.lastSuccessAt === lastSync) return;
      lastSync = status.lastSuccessAt;
      void run();
    });
    return () => {
      alive = false;
      offWrite();
      offSync();
    };
  }, [db, syncStatus, ...deps]);
  return state;
}

// The lock and unreadable-record errors of src/app/db say what to do in French; others get a plain message.
function explain(error: unknown): string {
  const name = (error as { constructor?: { name?: string } } | null)?.constructor?.name ?? '';
  return (name === 'LockedError' || name === 'UnsealError') && error instanceof Error ? error.message : READ_PROBLEM;
}
