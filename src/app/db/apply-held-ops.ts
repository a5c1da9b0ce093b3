// After an update: the ops an older version of the app held (held-ops.ts) are merged once this version
// knows their collection, field and value; the others stay held for a later version still.
import type { DeclicDatabase } from './database';
import { canMerge } from './held-ops';
import { applyPulledOps } from './records-repository';
import { openOps } from './sealed-ops';
import { duringTransaction } from './sealed-rows';

/**
 * Merges the held ops this version can merge, and forgets them, in one transaction. Returns how many
 * left the held table. Needs the data key (LockedError while locked): run it at every unlock.
 */
export async function applyHeldOps(db: DeclicDatabase): Promise<number> {
  db.keyring.key();
  if ((await db.heldOps.count()) === 0) return 0;
  return db.transaction('rw', [...db.recordTables(), db.outbox, db.heldOps, db.quarantine, db.meta], async () => {
    // A row that does not open here is left out by openOps, and stays held.
    const rows = await db.heldOps.toArray();
    const ops = (await duringTransaction(() => openOps(db.keyring, rows))).filter(canMerge);
    if (ops.length === 0) return 0;
    await applyPulledOps(db, ops);
    await db.heldOps.bulkDelete(ops.map((op) => op.opId));
    return ops.length;
  });
}
