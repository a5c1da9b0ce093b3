// The sync status the shell shows: last success, pending changes, whether a sync runs, its error and progress.
import type { FailureKind } from './failures';

/** Everything the status area needs to say where sync stands. */
export interface SyncStatus {
  /** When the last complete sync ended (device clock, ms), or null if never. */
  lastSuccessAt: number | null;
  /** Local changes not yet acknowledged by the endpoint. */
  pending: number;
  /** Changes set apart in Réglages (refused by the endpoint, or damaged here): never counted as pending. */
  refused: number;
  running: boolean;
  /** The last failure, in French, until a sync succeeds. */
  error: { kind: FailureKind; message: string } | null;
  /** During a sync: ops pulled so far, and whether the endpoint said there is more. */
  progress: { pulled: number; more: boolean } | null;
}

export const initialSyncStatus: SyncStatus = { lastSuccessAt: null, pending: 0, refused: 0, running: false, error: null, progress: null };

/** A small observable holding the sync status. */
export class SyncStatusStore {
  private status: SyncStatus;
  private readonly listeners = new Set<(status: SyncStatus) => void>();

  constructor(initial: Partial<SyncStatus> = {}) {
    this.status = { ...initialSyncStatus, ...initial };
  }

  /** The current status. */
  get(): SyncStatus {
    return this.status;
  }

  /** Changes part of the status and tells the subscribers. */
  update(change: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...change };
    for (const listener of this.listeners) listener(this.status);
  }

  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
