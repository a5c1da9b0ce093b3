// When the tablet syncs: at start, on `online`, 3 s after writes, on demand, with backoff — never two at once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { SyncFailure } from '../../src/app/sync/failures';
import type { SyncResult } from '../../src/app/sync/sync-once';
import { PENDING_COUNT_PAUSE_MS, PERIODIC_SYNC_MS, SyncLoop, WRITE_DEBOUNCE_MS, type Timers } from '../../src/app/sync/sync-loop';
import { SyncStatusStore } from '../../src/app/sync/sync-status';
import { loggedInClientDb } from '../fixtures/client-db';

/** Timers driven by the test: `advance(ms)` fires what is due. */
class ManualTimers implements Timers {
  now = 0;
  private next = 1;
  private readonly pending = new Map<number, { at: number; callback: () => void }>();
  set(callback: () => void, ms: number): number {
    const handle = this.next++;
    this.pending.set(handle, { at: this.now + ms, callback });
    return handle;
  }
  clear(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  /** Delays of the timers still waiting. */
  waiting(): number[] {
    return [...this.pending.values()].map((t) => t.at - this.now);
  }
  async advance(ms: number): Promise<void> {
    this.now += ms;
    for (const [handle, timer] of [...this.pending]) {
      if (timer.at > this.now) continue;
      this.pending.delete(handle);
      timer.callback();
    }
    await settle();
  }
}

const settle = () => new Promise((done) => setTimeout(done, 5));
const done: SyncResult = { pulled: 0, pushed: 0, pending: 0, rounds: 1, quarantined: 0 };

/** A sync under the test's control: each call waits until the test answers it. */
function scriptedSync() {
  const calls: { resolve(result: SyncResult): void; reject(failure: SyncFailure): void }[] = [];
  let active = 0;
  let maxActive = 0;
  const run = () =>
    new Promise<SyncResult>((resolve, reject) => {
      active += 1;
      maxActive = Math.max(maxActive, active);
      const end = () => (active -= 1);
      calls.push({ resolve: (r) => (end(), resolve(r)), reject: (f) => (end(), reject(f)) });
    });
  return { run, calls, maxActive: () => maxActive };
}

let db: DeclicDatabase;
let loop: SyncLoop;
afterEach(() => {
  vi.restoreAllMocks();
  loop?.stop();
  db?.close();
});

async function setUp(options: { online?: () => boolean } = {}) {
  db = await loggedInClientDb();
  const timers = new ManualTimers();
  const sync = scriptedSync();
  const status = new SyncStatusStore();
  const events = new EventTarget();
  const stopped: SyncFailure[] = [];
  loop = new SyncLoop({
    db,
    transport: { baseUrl: '', fetch: () => Promise.reject(new Error('the loop test never reaches the network')) },
    status,
    runSync: sync.run,
    timers,
    random: () => 0,
    online: options.online ?? (() => true),
    events,
    onStopped: (failure) => stopped.push(failure),
  });
  return { timers, sync, status, events, stopped };
}

/** Counts of the pending changes held until the test ends them (each count reads the outbox's record keys). */
function heldCounts(): { endAll(): void } {
  const held: (() => void)[] = [];
  const orderBy = db.outbox.orderBy.bind(db.outbox);
  db.outbox.orderBy = ((index: string) => {
    const keys = orderBy(index);
    const uniqueKeys = keys.uniqueKeys.bind(keys);
    keys.uniqueKeys = (() => new Promise((done) => held.push(() => done(uniqueKeys())))) as typeof keys.uniqueKeys;
    return keys;
  }) as typeof db.outbox.orderBy;
  return { endAll: () => held.splice(0).forEach((end) => end()) };
}

/** The loop started, its first sync ended well. */
async function startedAfterFirstSync() {
  const parts = await setUp();
  loop.start();
  await settle();
  parts.sync.calls[0]!.resolve(done);
  await settle();
  return parts;
}

describe('the sync loop', () => {
  it('syncs at start and shows it in the status', async () => {
    const { sync, status } = await setUp();
    loop.start();
    await settle();
    expect(sync.calls).toHaveLength(1);
    expect(status.get().running).toBe(true);
    sync.calls[0]!.resolve(done);
    await settle();
    expect(status.get()).toMatchObject({ running: false, error: null, lastSuccessAt: expect.any(Number) });
  });

  it('ends its count of pending changes quietly when the database closes in the middle (a logout, a wipe)', async () => {
    const { status } = await setUp();
    const unhandled: unknown[] = [];
    const listen = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listen);
    try {
      // The pending count reads the outbox, then the quarantine: the database closes between the two reads.
      const count = db.outbox.orderBy('[collection+recordId]');
      const uniqueKeys = count.uniqueKeys.bind(count);
      const orderBy = db.outbox.orderBy.bind(db.outbox);
      db.outbox.orderBy = ((index: string) => {
        const collection = orderBy(index);
        collection.uniqueKeys = (async () => {
          const keys = await uniqueKeys();
          db.close();
          return keys;
        }) as typeof collection.uniqueKeys;
        return collection;
      }) as typeof db.outbox.orderBy;
      loop.start();
      await settle();
      await settle();
      expect(unhandled).toEqual([]);
      expect(status.get().refused).toBe(0);
    } finally {
      process.off('unhandledRejection', listen);
    }
  });

  it('shows how far the tablet’s clock was from the endpoint’s at the last sync', async () => {
    const { sync, status } = await setUp();
    loop.start();
    await settle();
    sync.calls[0]!.resolve({ ...done, clockSkewMs: 3 * 365 * 86_400_000 });
    await settle();
    expect(status.get().clockSkewMs).toBe(3 * 365 * 86_400_000);
  });

  it('never runs two syncs at once: requests during a sync make exactly one more', async () => {
    const { sync } = await setUp();
    loop.start();
    await settle();
    const asked = [loop.syncNow(), loop.syncNow(), loop.syncNow()];
    await settle();
    expect(sync.calls).toHaveLength(1);
    sync.calls[0]!.resolve(done);
    await settle();
    expect(sync.calls).toHaveLength(2);
    sync.calls[1]!.resolve(done);
    await Promise.all(asked);
    expect(sync.calls).toHaveLength(2);
    expect(sync.maxActive()).toBe(1);
  });

  it('syncs once, 3 s after the last of several quick local writes, and counts them as pending', async () => {
    const { sync, timers, status } = await startedAfterFirstSync();
    await createBeneficiary(db, { firstName: 'Yvette' });
    await timers.advance(1_000);
    await createBeneficiary(db, { firstName: 'Karim' });
    await timers.advance(WRITE_DEBOUNCE_MS - 1);
    expect(sync.calls).toHaveLength(1);
    expect(status.get().pending).toBe(2);
    await timers.advance(1);
    expect(sync.calls).toHaveLength(2);
  });

  it('counts the pending changes of a burst of writes (a directory import) at the first write and once after it, not at each', async () => {
    const { timers, status } = await startedAfterFirstSync();
    // Each count reads every key of the outbox.
    const counts = vi.spyOn(db.outbox, 'orderBy');
    for (const firstName of ['Yvette', 'Karim', 'Josiane', 'Marcel', 'Éloïse']) await createBeneficiary(db, { firstName });
    await settle();
    expect(counts).toHaveBeenCalledTimes(1);
    expect(status.get().pending).toBe(1);
    await timers.advance(PENDING_COUNT_PAUSE_MS);
    expect(counts).toHaveBeenCalledTimes(2);
    expect(status.get().pending).toBe(5);
    // Nothing written since: no count more.
    await timers.advance(PENDING_COUNT_PAUSE_MS);
    expect(counts).toHaveBeenCalledTimes(2);
    // A write after the pause is counted at once.
    await createBeneficiary(db, { firstName: 'Fatima' });
    await settle();
    expect(counts).toHaveBeenCalledTimes(3);
    expect(status.get().pending).toBe(6);
  });

  it('forgets a count under way when it stops (a lock): no pause outlives it, even when it starts again at once', async () => {
    const { timers } = await startedAfterFirstSync();
    const counts = heldCounts();
    await createBeneficiary(db, { firstName: 'Yvette' });
    loop.stop();
    loop.start();
    await settle();
    counts.endAll();
    await settle();
    expect(timers.waiting()).toEqual([]);
  });

  it('times a count on the monotonic clock: the tablet’s time set right during a count does not stretch the pause', async () => {
    const { timers } = await startedAfterFirstSync();
    const counts = heldCounts();
    await createBeneficiary(db, { firstName: 'Yvette' });
    const anHourLater = Date.now() + 3_600_000;
    vi.spyOn(Date, 'now').mockImplementation(() => anHourLater);
    counts.endAll();
    await settle();
    expect(timers.waiting().sort((x, y) => x - y)).toEqual([PENDING_COUNT_PAUSE_MS, WRITE_DEBOUNCE_MS, PERIODIC_SYNC_MS]);
  });

  it('brings the other tablets’ changes every few minutes while all is well', async () => {
    const { sync, timers } = await startedAfterFirstSync();
    expect(timers.waiting()).toEqual([PERIODIC_SYNC_MS]);
    await timers.advance(PERIODIC_SYNC_MS);
    expect(sync.calls).toHaveLength(2);
  });

  it('syncs when the network comes back, and not while the browser says it is offline', async () => {
    let online = false;
    const { sync, events, status } = await setUp({ online: () => online });
    loop.start();
    await settle();
    expect(sync.calls).toHaveLength(0);
    expect(status.get().error?.kind).toBe('offline');
    online = true;
    events.dispatchEvent(new Event('online'));
    await settle();
    expect(sync.calls).toHaveLength(1);
  });

  it('backs off after failures (1 s, then 2 s with this jitter) and syncs again by itself', async () => {
    const { sync, timers, status } = await setUp();
    loop.start();
    await settle();
    sync.calls[0]!.reject(new SyncFailure('network', 'Le serveur est injoignable.'));
    await settle();
    expect(status.get().error).toEqual({ kind: 'network', message: 'Le serveur est injoignable.' });
    expect(timers.waiting()).toEqual([1_000]);
    await timers.advance(999);
    expect(sync.calls).toHaveLength(1);
    await timers.advance(1);
    expect(sync.calls).toHaveLength(2);
    sync.calls[1]!.reject(new SyncFailure('server', 'Erreur.'));
    await settle();
    expect(timers.waiting()).toEqual([2_000]);
  });

  it('waits as long as Retry-After says, even when the aidant keeps writing', async () => {
    const { sync, timers } = await setUp();
    loop.start();
    await settle();
    sync.calls[0]!.reject(new SyncFailure('busy', 'Le serveur est très sollicité.', 30_000));
    await settle();
    await createBeneficiary(db, { firstName: 'Yvette' });
    await timers.advance(WRITE_DEBOUNCE_MS);
    expect(sync.calls).toHaveLength(1);
    await timers.advance(30_000 - WRITE_DEBOUNCE_MS);
    expect(sync.calls).toHaveLength(2);
  });

  it('stops for good when the device is revoked and says why', async () => {
    const { sync, timers, stopped, status } = await setUp();
    loop.start();
    await settle();
    const revoked = new SyncFailure('revoked', 'Cet appareil a été révoqué par votre structure.');
    sync.calls[0]!.reject(revoked);
    await settle();
    expect(stopped).toEqual([revoked]);
    expect(status.get().error?.message).toBe('Cet appareil a été révoqué par votre structure.');
    await createBeneficiary(db, { firstName: 'Yvette' });
    await timers.advance(10 * 60_000);
    await loop.syncNow();
    expect(sync.calls).toHaveLength(1);
  });
});
