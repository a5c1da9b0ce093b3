// What the sync client reads and writes: the next batch of pending ops, and each answer applied atomically.
import type { Op, SyncResponse } from '../../shared/schema/sync';
import type { DeclicDatabase } from './database';
import {
  ensureClientId,
  noteServerTime,
  readCursor,
  readTerritoryCursor,
  writeCursor,
  writeLastSyncAt,
  writeTerritoryCursor,
} from './device-meta';
import { applyPulledOps } from './records-repository';
import { pendingCount } from './pending-count';
import { DAMAGED_REASON, quarantineOps } from './quarantine-repository';
import { openOutboxRows } from './sealed-ops';
import { loadSession, type StoredSession } from './session-repository';

/** What one sync request carries from the device, and the session's token to send it with. */
export interface PushBatch {
  clientId: string;
  cursor: string | null;
  /** Where the device stands in the territory log (local content of the whole territory). */
  territoryCursor: string | null;
  ops: Op[];
  session: StoredSession | null;
  /** Ops of this batch that no longer open here: moved to the quarantine instead of being sent. */
  quarantined: number;
}

/**
 * The oldest `limit` pending ops (push order), their sealed values opened in memory, with the device's
 * clientId, cursor and session. An op that does not open (damaged here) goes to the quarantine rather
 * than stay pending for ever. Rejects with LockedError while locked: the token alone reads nothing.
 */
export async function readPushBatch(db: DeclicDatabase, limit: number): Promise<PushBatch> {
  db.keyring.key();
  const { rows, ...batch } = await db.transaction('rw', [db.outbox, db.meta], async () => {
    const clientId = await ensureClientId(db);
    const cursor = await readCursor(db);
    const territoryCursor = await readTerritoryCursor(db);
    const session = await loadSession(db);
    const rows = await db.outbox.orderBy('seq').limit(limit).toArray();
    return { clientId, cursor, territoryCursor, session, rows };
  });
  const { ops, damaged } = await openOutboxRows(db.keyring, rows);
  const refusals = damaged.map((row) => ({ opId: row.opId, reason: DAMAGED_REASON, code: null, damaged: true }));
  return { ...batch, ops, quarantined: await quarantineOps(db, refusals) };
}

/**
 * Applies one answer in ONE transaction: takes in the endpoint's time, merges the pulled ops, then
 * removes the acknowledged ops from the outbox and stores the new cursor (and, on the last page, the
 * time of this success).
 * Returns how many ops remain pending.
 */
export async function applySyncAnswer(
  db: DeclicDatabase,
  answer: Pick<SyncResponse, 'acked' | 'ops' | 'cursor' | 'more' | 'territoryCursor'> & { serverTime?: number },
): Promise<number> {
  return db.transaction('rw', [...db.recordTables(), db.outbox, db.heldOps, db.quarantine, db.meta], async () => {
    // First the endpoint's time: the clock that merges the pulled ops is already bound to it.
    if (answer.serverTime !== undefined) await noteServerTime(db, answer.serverTime);
    await applyPulledOps(db, answer.ops);
    if (answer.acked.length > 0) await db.outbox.where('opId').anyOf(answer.acked).delete();
    await writeCursor(db, answer.cursor);
    if (answer.territoryCursor !== undefined) await writeTerritoryCursor(db, answer.territoryCursor);
    if (!answer.more) await writeLastSyncAt(db, db.now());
    return pendingCount(db);
  });
}

export { pendingCount };
