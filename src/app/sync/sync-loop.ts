// When to sync: at start, when the network returns, a few seconds after local writes, on demand — never twice at once.
import type { DeclicDatabase } from '../db/database';
import { pendingCount, refusedCount } from '../db/pending-count';
import { inBackground } from '../db/in-background';
import { onPendingChanged } from '../db/record-changes';
import { LockedError } from '../security/keyring';
import { retryDelay } from './backoff';
import { failureMessages, SyncFailure } from './failures';
import type { SyncProgress, SyncResult } from './sync-once';
import type { SyncStatusStore } from './sync-status';
import { isOnline, type Transport } from './transport';

/** Wait after the last local write before syncing it (several quick edits go in one request). */
export const WRITE_DEBOUNCE_MS = 3_000;
/** While all is well, a sync this often brings the other tablets' changes without any local action. */
export const PERIODIC_SYNC_MS = 5 * 60_000;
/**
 * While local writes follow each other, the pending changes are counted again after a pause of at least this long,
 * and of four times the last count's own time: a count reads every record key of the outbox (half a second for
 * 5,000 records), and a directory import writes a batch of places every few hundred milliseconds (BENCHMARKS.md).
 * The first write of a burst is counted at once, the writes during the pause once at its end.
 */
export const PENDING_COUNT_PAUSE_MS = 1_000;
const PENDING_COUNT_PAUSE_FACTOR = 4;

/** Timers, so that tests can drive time. */
export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface SyncLoopOptions {
  db: DeclicDatabase;
  transport: Transport;
  status: SyncStatusStore;
  /** Called when syncing must stop until the aidant acts (revoked device or account, unknown token, temporary password, structure left). */
  onStopped?: (failure: SyncFailure) => void;
  runSync?: (onProgress: (progress: SyncProgress) => void) => Promise<SyncResult>;
  timers?: Timers;
  random?: () => number;
  online?: () => boolean;
  /** Where the browser's `online` event fires. */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
}

type TimerKind = 'debounce' | 'retry' | 'periodic' | 'countPause';

const browserTimers: Timers = { set: (callback, ms) => setTimeout(callback, ms), clear: (handle) => clearTimeout(handle as number) };

/** Runs syncOnce at the right moments and keeps the status store up to date. */
export class SyncLoop {
  private running: Promise<void> | null = null;
  private again = false;
  private started = false;
  private failures = 0;
  private debounce: unknown = null;
  private retry: unknown = null;
  private periodic: unknown = null;
  /** A count of the pending changes after a write, then the pause after it: writes meanwhile are counted once, then. */
  private counting: Promise<void> | null = null;
  private countPause: unknown = null;
  private countAfterPause = false;
  /** Counts started: only the latest one's figures are shown (two counts may end in either order). */
  private countsStarted = 0;
  private unsubscribe: (() => void) | null = null;
  private unsubscribePending: (() => void) | null = null;
  private readonly timers: Timers;

  constructor(private readonly options: SyncLoopOptions) {
    this.timers = options.timers ?? browserTimers;
  }

  /** Starts: syncs now, then on `online`, after local writes, on retries and every few minutes. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.options.events?.addEventListener('online', this.onOnline);
    this.unsubscribe = this.options.db.onLocalWrite(this.onLocalWrite);
    // Counted again when the outbox changes in this tab or another: each tab's header follows the other's writes.
    this.unsubscribePending = onPendingChanged(this.options.db, () => this.countPendingSoon());
    inBackground(this.refreshPending());
    void this.trigger();
  }

  /** Stops every automatic sync (a sync under way finishes). */
  stop(): void {
    this.started = false;
    this.options.events?.removeEventListener('online', this.onOnline);
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.unsubscribePending?.();
    this.unsubscribePending = null;
    this.clearTimer('debounce');
    this.clearTimer('retry');
    this.clearTimer('periodic');
    this.counting = null;
    this.clearTimer('countPause');
    this.countAfterPause = false;
  }

  /** Syncs now, whatever the backoff said (the aidant asked); resolves when the sync has ended. */
  syncNow(): Promise<void> {
    this.failures = 0;
    return this.trigger();
  }

  private readonly onOnline = () => {
    this.failures = 0;
    void this.trigger();
  };

  private readonly onLocalWrite = () => {
    // A scheduled retry will carry the write: local edits must not shorten a backoff.
    if (this.retry !== null) return;
    this.schedule('debounce', WRITE_DEBOUNCE_MS);
  };

  /** Runs a sync, or asks the one under way to run once more; never two at once. */
  private trigger(): Promise<void> {
    if (!this.started) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.clearTimer('retry');
    this.clearTimer('periodic');
    this.running = this.runUntilSettled().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async runUntilSettled(): Promise<void> {
    do {
      this.again = false;
      await this.attempt();
    } while (this.again && this.started && this.retry === null);
  }

  private async attempt(): Promise<void> {
    const { status } = this.options;
    if (!(this.options.online ?? isOnline)()) {
      status.update({ error: { kind: 'offline', message: failureMessages.offline } });
      return;
    }
    status.update({ running: true, progress: null });
    try {
      const result = await withSyncLock(() => this.runSync());
      this.failures = 0;
      this.schedule('periodic', PERIODIC_SYNC_MS);
      const clock = result.clockSkewMs === undefined ? {} : { clockSkewMs: result.clockSkewMs };
      status.update({
        running: false,
        progress: null,
        error: null,
        pending: result.pending,
        lastSuccessAt: this.options.db.now(),
        ...clock,
      });
    } catch (error) {
      // Locked mid-sync: nothing was applied; the sync starts again at unlock.
      if (error instanceof LockedError) return status.update({ running: false, progress: null });
      this.fail(error instanceof SyncFailure ? error : new SyncFailure('server', failureMessages.server));
    }
  }

  private async runSync(): Promise<SyncResult> {
    const onProgress = (progress: SyncProgress) =>
      this.options.status.update({ progress: { pulled: progress.pulled, more: progress.more }, pending: progress.pending });
    if (this.options.runSync) return this.options.runSync(onProgress);
    // Loaded with the first sync: it runs only once unlocked, so the first screen does without it.
    const { syncOnce } = await import('./sync-once');
    return syncOnce({ db: this.options.db, transport: this.options.transport, onProgress });
  }

  private fail(failure: SyncFailure): void {
    this.failures += 1;
    this.options.status.update({ running: false, progress: null, error: { kind: failure.kind, message: failure.message } });
    inBackground(this.refreshPending());
    if (['revoked', 'unauthenticated', 'password', 'excluded'].includes(failure.kind)) {
      this.stop();
      this.options.onStopped?.(failure);
      return;
    }
    const delay = retryDelay(failure, this.failures, (this.options.random ?? Math.random)());
    if (delay !== null) this.schedule('retry', delay);
  }

  private async refreshPending(): Promise<void> {
    const count = ++this.countsStarted;
    const pending = await pendingCount(this.options.db);
    if (count === this.countsStarted) this.options.status.update({ pending });
    const refused = await refusedCount(this.options.db);
    if (count === this.countsStarted) this.options.status.update({ refused });
  }

  /** Counts the pending changes after the outbox changed: at once, or at the end of the pause that follows a count. */
  private countPendingSoon(): void {
    if (this.counting !== null || this.countPause !== null) {
      this.countAfterPause = true;
      return;
    }
    // The count's own time on the monotonic clock: the wall clock can jump (a tablet's time set right) mid-count.
    const started = performance.now();
    const counted: Promise<void> = this.refreshPending().finally(() => {
      // Stopped meanwhile (a lock, a logout): no pause, no count after it.
      if (this.counting !== counted) return;
      this.counting = null;
      const pause = Math.max(PENDING_COUNT_PAUSE_MS, PENDING_COUNT_PAUSE_FACTOR * (performance.now() - started));
      this.countPause = this.timers.set(() => this.endCountPause(), pause);
    });
    this.counting = counted;
    inBackground(counted);
  }

  private endCountPause(): void {
    this.countPause = null;
    if (!this.countAfterPause) return;
    this.countAfterPause = false;
    this.countPendingSoon();
  }

  /** Syncs after `ms` (replacing the timer of the same kind), unless stopped by then. */
  private schedule(which: TimerKind, ms: number): void {
    this.clearTimer(which);
    if (!this.started) return;
    this[which] = this.timers.set(() => {
      this[which] = null;
      void this.trigger();
    }, ms);
  }

  private clearTimer(which: TimerKind): void {
    if (this[which] !== null) this.timers.clear(this[which]);
    this[which] = null;
  }
}

/** Holds the cross-tab lock while syncing, where the browser has Web Locks (two tabs never sync at once). */
async function withSyncLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? await locks.request('declic-sync', work) : work();
}
