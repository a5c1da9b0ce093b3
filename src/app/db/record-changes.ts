// Changes to the synced records, and to the changes waiting to be sent, as Dexie reports them ("storagemutated"):
// after a write in this tab, and
// after a write in another tab of the app on the same tablet (Dexie relays those through a
// BroadcastChannel), or when the page comes back from the back-forward cache. Views read again on them,
// so a file open in one tab shows what another tab wrote without the aidant moving.
import Dexie, { type ObservabilitySet } from 'dexie';
import { isSyncedCollection, type DeclicDatabase } from './database';

/**
 * Calls `listener` whenever a table of synced records of `db` changed, in any tab (drafts, the outbox and
 * the device's own settings do not count); returns the unsubscribe function.
 */
export function onRecordsChanged(db: DeclicDatabase, listener: () => void): () => void {
  return onTablesChanged(db, isSyncedCollection, listener);
}

/**
 * Calls `listener` whenever the changes waiting to be sent, or those set apart, changed, in any tab: a change
 * typed, sent or refused here or in another tab of the app; returns the unsubscribe function.
 */
export function onPendingChanged(db: DeclicDatabase, listener: () => void): () => void {
  return onTablesChanged(db, (table) => table === 'outbox' || table === 'quarantine', listener);
}

/** Calls `listener` when Dexie reports a change to a table of `db` that `wanted` accepts, or to everything (back from the back-forward cache). */
function onTablesChanged(db: DeclicDatabase, wanted: (table: string) => boolean, listener: () => void): () => void {
  const prefix = `idb://${db.name}/`;
  const onMutated = (parts: ObservabilitySet) => {
    const touched = Object.keys(parts).some((part) =>
      part.startsWith(prefix) ? wanted(part.slice(prefix.length).replace(/\/.*$/s, '')) : !part.startsWith('idb://'),
    );
    if (touched) listener();
  };
  Dexie.on('storagemutated', onMutated);
  return () => Dexie.on.storagemutated.unsubscribe(onMutated);
}
