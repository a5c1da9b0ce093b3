// Reads from the tablet's database for a view, again after every local write and every completed sync.
import { useEffect, useState } from 'preact/hooks';
import type { DeclicDatabase } from '../../db/database';
import { useAppServices } from '../../session/app-context';

/** The loader's result (undefined while loading), reloaded when the device's records change. */
export function useDbQuery<T>(load: (db: DeclicDatabase) => Promise<T>, deps: readonly unknown[] = []): { data: T | undefined; failed: boolean } {
  const { db, syncStatus } = useAppServices();
  const [state, setState] = useState<{ data: T | undefined; failed: boolean }>({ data: undefined, failed: false });
  useEffect(() => {
    let alive = true;
    let lastSync = syncStatus.get().lastSuccessAt;
    const run = () =>
      load(db).then(
        (data) => alive && setState({ data, failed: false }),
        () => alive && setState((s) => ({ data: s.data, failed: true })),
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
