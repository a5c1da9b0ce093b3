// What the sync client reads and writes: the next batch of pending ops, and each answer applied atomically.
import type { Op, SyncResponse } from '../../shared/schema/sync';
import type { DeclicDatabase } from './database';
import { ensureClientId, readCursor, readTerritoryCursor, writeCursor, writeLastSyncAt, writeTerritoryCursor } from './device-meta';
import { applyPulledOps } from './records-repository';
import { pendingCount } from './pending-count';
import { openOps } from './sealed-ops';
import { loadSession, type StoredSession } from './session-repository';

/** What one sync request carries from the device, and the session's token to send it with. */
export interface PushBatch {
  clientId: string;
  cursor: string | null;
  /** Where the device stands in the territory log (local content of the whole territory). */
  territoryCursor: string | null;
  ops: Op[];
  session: StoredSession | null;
}

/**
 * The oldest `limit` pending ops (push order), their sealed values opened in memory, with the device's
 * clientId, cursor and session. Rejects with LockedError while locked: the token alone reads nothing.
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
  return { ...batch, ops: await openOps(db.keyring, rows) };
}

/**
 * Applies one answer in ONE transaction: merges the pulled ops, then removes the acknowledged ops
 * from the outbox and stores the new cursor (and, on the last page, the time of this success).
 * Returns how many ops remain pending.
 */
export async function applySyncAnswer(
  db: DeclicDatabase,
  answer: Pick<SyncResponse, 'acked' | 'ops' | 'cursor' | 'more' | 'territoryCursor'>,
): Promise<number> {
  return db.transaction('rw', [...db.recordTables(), db.outbox, db.heldOps, db.meta], async () => {
    await applyPulledOps(db, answer.ops);
    if (answer.acked.length > 0) await db.outbox.where('opId').anyOf(answer.acked).delete();
    await writeCursor(db, answer.cursor);
    if (answer.territoryCursor !== undefined) await writeTerritoryCursor(db, answer.territoryCursor);
    if (!answer.more) await writeLastSyncAt(db, db.now());
    return pendingCount(db);
  });
}

export { pendingCount };
