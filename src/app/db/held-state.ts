// Everything the tablet holds, as ops: each field state of each record (its winner and kept conflicts, with
// their stamps), values opened in memory. Sent again to an endpoint that lost them (a restored backup).
import { uuidv7 } from '../../shared/schema/ids';
import type { Op } from '../../shared/schema/sync';
import { SYNCED_COLLECTIONS, type DeclicDatabase, type RecordRow } from './database';
import { writeCursor } from './device-meta';
import { openOps } from './sealed-ops';
import { openReadableRows } from './sealed-rows';

/** Records read and opened at a time: the tablet never holds all its records in clear at once. */
const RECORDS_PER_PAGE = 200;

/**
 * Gives `send` the ops of every record the tablet holds, a page of records at a time (each collection in
 * id order); returns how many ops were given. Rejects with LockedError while locked. A record whose
 * sealed part does not open is left out (reported without its content), as a pull would leave it.
 */
export async function forEachHeldOps(db: DeclicDatabase, send: (ops: Op[]) => Promise<void>): Promise<number> {
  db.keyring.key();
  let count = 0;
  for (const collection of SYNCED_COLLECTIONS) {
    for (let after = ''; ;) {
      const stored = await db.records(collection).where('id').above(after).limit(RECORDS_PER_PAGE).toArray();
      const last = stored.at(-1);
      if (!last) break;
      const ops = (await openReadableRows(db.keyring, collection, stored)).flatMap((row) => opsOfRecord(collection, row));
      if (ops.length > 0) await send(ops);
      count += ops.length;
      after = last.id;
    }
  }
  // Ops of collections or fields this version does not know yet (held-ops.ts): the endpoint may have lost them too.
  const held = await openOps(db.keyring, await db.heldOps.toArray());
  for (let i = 0; i < held.length; i += RECORDS_PER_PAGE) await send(held.slice(i, i + RECORDS_PER_PAGE));
  return count + held.length;
}

/** Forgets the pull cursor: the next sync pulls from the start. */
export async function restartPull(db: DeclicDatabase): Promise<void> {
  await db.transaction('rw', db.meta, () => writeCursor(db, null));
}

/**
 * One op per stamped value of the record. New op ids, the original stamps: the endpoint merges by stamp,
 * so a value it still has changes nothing (merging is idempotent), and a value it lost comes back.
 */
function opsOfRecord(collection: string, row: RecordRow): Op[] {
  return Object.entries(row.fields).flatMap(([field, state]) =>
    [state.winner, ...state.conflicts].map((write): Op => {
      const op: Op = { opId: uuidv7(), collection, recordId: row.id, field, value: write.value, hlc: write.hlc };
      if (write.base) op.base = write.base;
      return op;
    }),
  );
}
