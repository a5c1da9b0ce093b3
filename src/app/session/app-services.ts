// The app's long-lived services, made once at start: database, session, sync loop and its status.
import type { DeclicDatabase } from '../db/database';
import { readLastSyncAt } from '../db/device-meta';
import { pendingCount } from '../db/outbox-repository';
import { SyncLoop } from '../sync/sync-loop';
import { SyncStatusStore } from '../sync/sync-status';
import { browserTransport, type Transport } from '../sync/transport';
import { SessionStore } from './session-store';

/** What views reach through the app context. */
export interface AppServices {
  db: DeclicDatabase;
  session: SessionStore;
  syncStatus: SyncStatusStore;
  syncLoop: SyncLoop;
}

/** Loads the session and the last sync state from the device (no network), and syncs while the session is active. */
export async function startServices(db: DeclicDatabase, transport: Transport = browserTransport()): Promise<AppServices> {
  const session = await SessionStore.load(db, transport);
  const syncStatus = new SyncStatusStore({ lastSuccessAt: await readLastSyncAt(db), pending: await pendingCount(db) });
  const syncLoop = new SyncLoop({
    db,
    transport,
    status: syncStatus,
    events: typeof window === 'undefined' ? undefined : window,
    onStopped: (failure) => void session.stop(failure),
  });
  const follow = () => (session.get().kind === 'active' ? syncLoop.start() : syncLoop.stop());
  session.subscribe(follow);
  follow();
  return { db, session, syncStatus, syncLoop };
}
