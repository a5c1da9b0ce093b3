// Ops pulled for a collection, a field or a value this version of the app does not know yet: a newer
// app wrote them. The cursor moves past them, so dropping them would lose them on this tablet for good;
// they are kept here instead, every value sealed (this version cannot tell whether it is personal),
// and merged once an update knows them (apply-held-ops.ts).
import { DELETED_FIELD, fieldSpec } from '../../shared/schema/collections';
import type { Op } from '../../shared/schema/sync';
import { isSyncedCollection, type DeclicDatabase, type HeldOpRow } from './database';
import { sealOps } from './sealed-ops';
import { duringTransaction } from './sealed-rows';

/** True when this version can merge `op`: it has the collection's table and the field, and accepts the value. */
export function canMerge(op: Op): boolean {
  const spec = fieldSpec(op.collection, op.field);
  return spec !== undefined && isSyncedCollection(op.collection) && spec.schema.safeParse(op.value).success;
}

/**
 * Keeps `ops` for a later version, inside the caller's transaction (which must include `heldOps` and
 * the record tables). An op pulled twice is kept once. Ops of a record already erased here are not
 * kept: an erased record takes no value back.
 */
export async function holdOps(db: DeclicDatabase, ops: Op[]): Promise<void> {
  const kept: Op[] = [];
  for (const op of ops) if (!(await isErasedHere(db, op))) kept.push(op);
  if (kept.length === 0) return;
  const rows: HeldOpRow[] = await duringTransaction(() => sealOps(db.keyring, kept, () => true));
  await db.heldOps.bulkPut(rows);
}

/** Forgets the held ops of an erased record (inside the caller's transaction). */
export async function dropHeldOps(db: DeclicDatabase, collection: string, recordId: string): Promise<void> {
  await db.heldOps.where('[collection+recordId]').equals([collection, recordId]).delete();
}

async function isErasedHere(db: DeclicDatabase, op: Op): Promise<boolean> {
  if (!isSyncedCollection(op.collection)) return false;
  // The tombstone is not personal: it is stored in clear.
  const stored = await db.records(op.collection).get(op.recordId);
  return stored?.fields[DELETED_FIELD]?.winner.value === true;
}
