// Changes to the synced records as Dexie reports them ("storagemutated"): after a write in this tab, and
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
  const prefix = `idb://${db.name}/`;
  const onMutated = (parts: ObservabilitySet) => {
    const touched = Object.keys(parts).some((part) =>
      part.startsWith(prefix) ? isSyncedCollection(part.slice(prefix.length).replace(/\/.*$/s, '')) : !part.startsWith('idb://'),
    );
    if (touched) listener();
  };
  Dexie.on('storagemutated', onMutated);
  return () => Dexie.on.storagemutated.unsubscribe(onMutated);
}
