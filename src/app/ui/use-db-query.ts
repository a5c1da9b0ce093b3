// Reads from the tablet's database for a view, and reads again after every local write, whenever a sync
// stores what it pulled, and when another tab of the app writes records. The one way views read data: they
// never touch Dexie (src/app/db does).
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { DeclicDatabase } from '../db/database';
import { onRecordsChanged } from '../db/record-changes';
import { useAppServices } from '../session/app-context';

/** What a view shows while its data loads, once loaded, or when it could not be read. */
export interface DbQueryState<T> {
  /** Undefined while the first read for these deps runs. */
  data: T | undefined;
  /** Why the data could not be read, in French (null while all is well). */
  problem: string | null;
  failed: boolean;
}

const READ_PROBLEM =
  'Les données de la tablette n’ont pas pu être lues. Rechargez la page ; si cela continue, contactez votre coordinateur.';

interface Read<T> {
  deps: readonly unknown[];
  data: T | undefined;
  problem: string | null;
}

/**
 * The loader's result, kept current. A read's result is shown unless a later read's already is, and a result
 * read for other deps (another person's file) never is: the view shows its loading state until its own data
 * is read. Reads started one after the other while a sync stores page after page each show when they end:
 * waiting for the last one alone would keep the view on « Chargement… » for as long as the sync lasts.
 */
export function useDbQuery<T>(load: (db: DeclicDatabase) => Promise<T>, deps: readonly unknown[] = []): DbQueryState<T> {
  const { db, syncStatus } = useAppServices();
  const [read, setRead] = useState<Read<T> | undefined>(undefined);
  const latest = useRef(0);
  const shown = useRef(0);
  // Started before the browser paints (a layout effect, not an effect): what memory already holds is
  // shown in the same frame, with no "Chargement…" frame drawn first.
  useLayoutEffect(() => {
    let active = true;
    const run = () => {
      const ticket = ++latest.current;
      load(db).then(
        (data) => {
          if (!active || ticket < shown.current) return;
          shown.current = ticket;
          setRead({ deps, data, problem: null });
        },
        (error: unknown) => {
          if (!active || ticket !== latest.current) return;
          // An older read ending after this one does not hide the problem.
          shown.current = ticket;
          console.error('Lecture impossible', error);
          // What was read before stays on screen, with the problem said above it.
          setRead((before) => ({ deps, data: before && sameDeps(before.deps, deps) ? before.data : undefined, problem: explain(error) }));
        },
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
    // Records changed in another tab: read again once. This tab's own writes are reported here too, just
    // before onLocalWrite: a read started since then already sees them, and none is added.
    let queued = false;
    const stopChanges = onRecordsChanged(db, () => {
      if (queued) return;
      queued = true;
      const askedAt = latest.current;
      setTimeout(() => {
        queued = false;
        if (active && latest.current === askedAt) run();
      }, 0);
    });
    return () => {
      active = false;
      stopWrites();
      stopSync();
      stopChanges();
    };
  }, [db, syncStatus, ...deps]);
  const mine = read && sameDeps(read.deps, deps) ? read : undefined;
  return { data: mine?.data, problem: mine?.problem ?? null, failed: (mine?.problem ?? null) !== null };
}

/** The loader's result alone, for a view that shows only "loading" or the data. */
export function useDbValue<T>(load: (db: DeclicDatabase) => Promise<T>, deps: readonly unknown[] = []): T | undefined {
  return useDbQuery(load, deps).data;
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}

// The lock and unreadable-record errors of src/app/db say what to do in French; others get a plain message.
function explain(error: unknown): string {
  const name = (error as { constructor?: { name?: string } } | null)?.constructor?.name ?? '';
  return (name === 'LockedError' || name === 'UnsealError') && error instanceof Error ? error.message : READ_PROBLEM;
}
