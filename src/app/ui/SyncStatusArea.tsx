// Where the sync state is shown in the header: last success, pending changes, error, progress, a sync button.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useSyncStatus } from '../session/app-context';
import { announcementFor, lastSyncText, pendingText, progressText, refusedText } from '../sync/status-text';
import type { SyncStatusStore } from '../sync/sync-status';

/** How often the "il y a 3 min" text is refreshed. */
const TICK_MS = 30_000;

export interface SyncStatusAreaProps {
  status: SyncStatusStore;
  onSyncNow: () => Promise<void>;
  now?: () => number;
}

/** The sync state in words, with a "Synchroniser" button; only changes of state are announced. */
export function SyncStatusArea({ status: store, onSyncNow, now = Date.now }: SyncStatusAreaProps) {
  const status = useSyncStatus(store);
  const time = useTicker(now);
  const announcement = useAnnouncement(store);
  return (
    <section class="sync-status" aria-label="Synchronisation">
      <p class="sync-status__line">
        <span>{lastSyncText(status.lastSuccessAt, time)}</span>
        <span aria-hidden="true"> · </span>
        <span>{pendingText(status.pending)}</span>
      </p>
      {status.refused > 0 && <p class="sync-status__refused">{refusedText(status.refused)}</p>}
      {status.error && <p class="sync-status__error">{status.error.message}</p>}
      {status.running && status.progress?.more && (
        <p class="sync-status__progress">
          <label for="sync-progress">{progressText(status.progress.pulled)}</label>
          <progress id="sync-progress" />
        </p>
      )}
      <button type="button" class="button button--quiet sync-status__button" onClick={() => announcement.askedByAidant(onSyncNow())}>
        Synchroniser
      </button>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement.text}
      </p>
    </section>
  );
}

function useTicker(now: () => number): number {
  const [time, setTime] = useState(now());
  useEffect(() => {
    const timer = setInterval(() => setTime(now()), TICK_MS);
    return () => clearInterval(timer);
  }, [now]);
  return time;
}

/** The live region's text: changed only when announcementFor() says the state changed. */
function useAnnouncement(store: SyncStatusStore) {
  const [text, setText] = useState('');
  const asked = useRef(false);
  useEffect(() => {
    let previous = store.get();
    return store.subscribe((current) => {
      const said = announcementFor(previous, current, asked.current);
      if (previous.running && !current.running) asked.current = false;
      previous = current;
      if (said !== null) setText(said);
    });
  }, [store]);
  return {
    text,
    askedByAidant: (sync: Promise<void>) => {
      asked.current = true;
      void sync.finally(() => (asked.current = false));
    },
  };
}
