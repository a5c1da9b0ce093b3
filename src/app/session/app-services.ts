// The app's long-lived services, made once at start: database, session, lock, sync loop and its status.
import { applyHeldOps } from '../db/apply-held-ops';
import { preparePersonIndex } from '../db/person-index';
import type { DeclicDatabase } from '../db/database';
import { readClockSkew, readLastSyncAt } from '../db/device-meta';
import { wrappedKeyStore } from '../db/key-repository';
import { inBackground } from '../db/in-background';
import { pendingCount } from '../db/pending-count';
import { loadSettings } from '../db/settings-repository';
import { Vault, type VaultOptions } from '../security/vault';
import { SyncLoop } from '../sync/sync-loop';
import { SyncStatusStore } from '../sync/sync-status';
import { browserTransport, type Transport } from '../sync/transport';
import { InactivityLock } from './inactivity-lock';
import { SessionStore } from './session-store';

/** What views reach through the app context. */
export interface AppServices {
  db: DeclicDatabase;
  session: SessionStore;
  /** The endpoint: the sync's, and the administration's calls (src/app/sync/admin-client.ts). */
  transport: Transport;
  syncStatus: SyncStatusStore;
  syncLoop: SyncLoop;
  /** The lock: passphrase, PIN, "Verrouiller". */
  vault: Vault;
  /** Locks after the idle delay of Réglages. */
  inactivity: InactivityLock;
}

/** The lock services of a database: its vault and the idle timer that locks it. */
export async function startSecurity(db: DeclicDatabase, options: VaultOptions = {}): Promise<Pick<AppServices, 'vault' | 'inactivity'>> {
  const vault = await Vault.load(db.keyring, wrappedKeyStore(db), options);
  const inBrowser = typeof window !== 'undefined';
  const inactivity = new InactivityLock(() => void vault.lock(), (await loadSettings(db)).lockAfterMinutes, {
    events: inBrowser ? window : undefined,
    visibility: inBrowser ? document : undefined,
  });
  // The key is in memory from the passphrase on: the PIN choice screen counts as unlocked too.
  vault.subscribe((state) => (state.kind === 'unlocked' || state.kind === 'choose-pin' ? inactivity.start() : inactivity.stop()));
  return { vault, inactivity };
}

/** Merges what an older version of the app held for this one (after an update); a failure waits for the next unlock. */
async function mergeHeldOps(db: DeclicDatabase): Promise<void> {
  try {
    await applyHeldOps(db);
  } catch (error) {
    console.warn('Données reçues pour cette version non intégrées ; nouvel essai au prochain déverrouillage.', error);
  }
}

/**
 * Loads the session and the last sync state from the device (no network), and syncs while the
 * session is active AND the app is unlocked: the device token alone cannot read the local data.
 */
export async function startServices(db: DeclicDatabase, transport: Transport = browserTransport()): Promise<AppServices> {
  const session = await SessionStore.load(db, transport);
  const syncStatus = new SyncStatusStore({
    lastSuccessAt: await readLastSyncAt(db),
    pending: await pendingCount(db),
    clockSkewMs: await readClockSkew(db),
  });
  const syncLoop = new SyncLoop({
    db,
    transport,
    status: syncStatus,
    events: typeof window === 'undefined' ? undefined : window,
    onStopped: (failure) => void session.stop(failure),
  });
  const follow = () =>
    session.get().kind === 'active' && !session.mustChangePassword() && db.keyring.unlocked ? syncLoop.start() : syncLoop.stop();
  session.subscribe(follow);
  db.keyring.subscribe(follow);
  db.keyring.subscribe((unlocked) => {
    if (!unlocked) return;
    // The index of the files opens at once: the list finds it ready (one sealed blob, see person-index.ts).
    inBackground(preparePersonIndex(db));
    inBackground(mergeHeldOps(db));
  });
  follow();
  return { db, session, transport, syncStatus, syncLoop, ...(await startSecurity(db)) };
}
