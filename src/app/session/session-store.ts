// Who is logged in on this device: the stored session as the app sees it, login, and the end of syncing.
import { DEFAULT_DEVICE_NAME, type Credentials } from './credentials';
import {
  chooseStructure,
  clearNotice,
  leaveStructure,
  loadSession,
  markPasswordChange,
  OtherStructureDataError,
  saveSession,
  stopSession,
  type StoredSession,
} from '../db/session-repository';
import type { DeclicDatabase } from '../db/database';
import type { SyncFailure } from '../sync/failures';
import { LoginFailure, requestLogin, requestLogout } from '../sync/login-client';
import type { Transport } from '../sync/transport';

export { DEFAULT_DEVICE_NAME, type Credentials };

/** none: never logged in · active: works and syncs · stopped: revoked or unknown token, must log in again. */
export type SessionView = { kind: 'none' } | { kind: 'active'; session: StoredSession } | { kind: 'stopped'; session: StoredSession };

function viewOf(session: StoredSession | null): SessionView {
  if (!session) return { kind: 'none' };
  return session.state === 'active' ? { kind: 'active', session } : { kind: 'stopped', session };
}

/** The device's session, loaded once at start (no network needed) and changed by login and sync. */
export class SessionStore {
  private view: SessionView;
  private readonly listeners = new Set<(view: SessionView) => void>();

  private constructor(
    private readonly db: DeclicDatabase,
    private readonly transport: Transport,
    session: StoredSession | null,
  ) {
    this.view = viewOf(session);
  }

  /** Reads the stored session from the device. */
  static async load(db: DeclicDatabase, transport: Transport): Promise<SessionStore> {
    return new SessionStore(db, transport, await loadSession(db));
  }

  /** The session as it stands. */
  get(): SessionView {
    return this.view;
  }

  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: (view: SessionView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Logs in online and stores the session; rejects with a LoginFailure whose message is for the aidant. */
  async login(credentials: Credentials): Promise<void> {
    const deviceName = credentials.deviceName.trim() || DEFAULT_DEVICE_NAME;
    const answer = await requestLogin(this.transport, { email: credentials.email.trim(), password: credentials.password, deviceName });
    try {
      this.set(await saveSession(this.db, answer, deviceName, this.db.now()));
    } catch (error) {
      throw error instanceof OtherStructureDataError ? new LoginFailure(error.message) : error;
    }
  }

  /**
   * Ends syncing after a revoked device or account or an unknown token, keeping the endpoint's explanation;
   * after a temporary password, asks for a new one instead (the session stays, syncing waits for it).
   */
  async stop(failure: SyncFailure): Promise<void> {
    if (failure.kind === 'password') return this.set(await markPasswordChange(this.db, true));
    if (failure.kind === 'excluded') return this.set(await leaveStructure(this.db));
    const state = failure.kind === 'revoked' ? 'revoked' : 'expired';
    this.set(await stopSession(this.db, state, failure.message));
  }

  /**
   * Works for another of the account's structures from now on (one at a time): the current one's data leaves
   * the tablet; rejects with a message for the aidant while its changes are not all sent.
   */
  async switchStructure(structureId: string): Promise<void> {
    this.set(await chooseStructure(this.db, structureId));
  }

  /** Forgets the notice of an active session (read by the aidant). */
  async dismissNotice(): Promise<void> {
    this.set(await clearNotice(this.db));
  }

  /** True while the account's password is temporary: a new one must be chosen before anything syncs. */
  mustChangePassword(): boolean {
    return this.view.kind === 'active' && this.view.session.mustChangePassword === true;
  }

  /** The password was changed on the endpoint: syncing may go on. */
  async passwordChanged(): Promise<void> {
    this.set(await markPasswordChange(this.db, false));
  }

  /** Ends the device's token on the endpoint at logout (best effort); true when the endpoint confirmed. */
  async endOnServer(): Promise<boolean> {
    return this.view.kind === 'active' ? requestLogout(this.transport, this.view.session.token) : false;
  }

  /** Forgets the session (the device's data was wiped at logout): the login screen comes back. */
  clear(): void {
    this.set(null);
  }

  private set(session: StoredSession | null): void {
    this.view = viewOf(session);
    for (const listener of this.listeners) listener(this.view);
  }
}
