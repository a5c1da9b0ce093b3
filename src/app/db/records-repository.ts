// Writes and reads of synced records: a local write and its outbox ops in one transaction, pulled ops merged.
// Personal values are sealed on the way in and opened in memory on the way out (sealed-rows.ts).
import { itemAt } from '../../shared/item-at';
import { DELETED_FIELD, fieldSpec } from '../../shared/schema/collections';
import { recordIdSchema } from '../../shared/schema/ids';
import type { HybridClock } from '../../shared/hlc';
import type { Op } from '../../shared/schema/sync';
import { asDataError, DeclicDataError, ErasedRecordError, invalidRecordId, refusedValue, unknownData } from './data-errors';
import type { DeclicDatabase, RecordRow, StoredRecordRow } from './database';
import { loadClock, saveClock } from './device-meta';
import { canMerge, dropHeldOps, holdOps } from './held-ops';
import { isErased, mergeWrite, newRecordRow, sameValue, toPlainRecord, type PlainRecord } from './record-state';
import {
  changeCount,
  currentSnapshot,
  keepRow,
  keepSnapshot,
  nextGeneration,
  patchSnapshot,
  plainList,
  readGeneration,
  rowsOf,
  trustedRow,
  trustedSnapshot,
  type RecordOrder,
} from './record-snapshots';
import { sealOps } from './sealed-ops';
import { duringTransaction, openReadableRows, openRows, openRowsForMerge, sealRows } from './sealed-rows';
import { indexWrittenPeople } from './person-index';
import { loadSession } from './session-repository';

export { ErasedRecordError } from './data-errors';

/**
 * The stamp each field had when the aidant saw it (a form's base; null: the field had no value yet;
 * undefined: not known, the stamp the tablet holds is taken).
 */
export type SeenStamps = Readonly<Record<string, string | null | undefined>>;

/**
 * Writes `changes` to one record: in ONE transaction, stamps each changed field with the device clock
 * (its base is the stamp `seen` gives for it — what the aidant's form opened with — or else the stamp it
 * replaces, so that a text changed elsewhere meanwhile is kept as a conflict, never silently replaced), merges it into the record and appends one op per field to the
 * outbox. Personal values are sealed, in the record and in the outbox. Returns the ops written (none
 * when nothing changed). Rejects with LockedError while locked, UnsealError when the record does not open,
 * a DeclicDataError otherwise: every message is for the aidant (see data-errors.ts).
 */
export async function writeFields(
  db: DeclicDatabase,
  collection: string,
  recordId: string,
  changes: Record<string, unknown>,
  seen: SeenStamps = {},
): Promise<Op[]> {
  checkChanges(collection, recordId, changes);
  db.keyring.key();
  const table = db.records(collection);
  const { ops, written } = await db
    .transaction('rw', [table, db.outbox, db.heldOps, db.quarantine, db.meta, db.personIndex], async () =>
      writeInTransaction(db, collection, recordId, changes, seen),
    )
    .catch((error: unknown) => {
      throw asDataError(error);
    });
  if (written) {
    patchSnapshot(db, collection, written.step, [written.row]);
    written.patchIndex();
  }
  if (ops.length > 0) db.notifyLocalWrite();
  return ops;
}

/**
 * Writes the changes of several records of one collection as writeFields does for each (no form's stamps: the
 * stamps the tablet holds are the bases), in ONE transaction that reads and writes them together (a directory
 * import of hundreds of places: a few requests to IndexedDB per batch, not a few per place), with one
 * notification to the views; returns how many ops.
 */
export async function writeRecords(
  db: DeclicDatabase,
  collection: string,
  writes: readonly { recordId: string; changes: Record<string, unknown> }[],
): Promise<number> {
  for (const { recordId, changes } of writes) checkChanges(collection, recordId, changes);
  db.keyring.key();
  const table = db.records(collection);
  const written = await db
    .transaction('rw', [table, db.outbox, db.heldOps, db.quarantine, db.meta, db.personIndex], async () => {
      const structureId = await currentStructureId(db);
      const stored = await table.bulkGet([...new Set(writes.map((w) => w.recordId))]);
      const opened = await duringTransaction(() =>
        openRows(
          db.keyring,
          collection,
          stored.filter((row) => row !== undefined),
        ),
      );
      const rows = new Map(opened.map((row) => [row.id, row]));
      const clock = await loadClock(db);
      const changed = new Map<string, RecordRow>();
      let ops: Op[] = [];
      for (const { recordId, changes } of writes) {
        const row = rows.get(recordId) ?? newRecordRow(recordId, structureId, db.now());
        rows.set(recordId, row);
        const stamped = stampChanges(row, collection, changes, {}, clock);
        if (stamped.length === 0) continue;
        if (isErased(row)) await dropPendingValues(db, collection, recordId);
        row.updatedAt = db.now();
        ops.push(...stamped);
        changed.set(recordId, row);
      }
      if (changed.size === 0) return null;
      // A record erased by a later write of the batch sends its tombstone alone, as writeFields does.
      const erased = new Set([...changed.values()].filter(isErased).map((row) => row.id));
      ops = ops.filter((op) => op.field === DELETED_FIELD || !erased.has(op.recordId));
      const changedRows = [...changed.values()];
      const [sealedRows, outboxRows] = await duringTransaction(() =>
        Promise.all([sealRows(db.keyring, collection, changedRows), sealOps(db.keyring, ops)]),
      );
      await table.bulkPut(sealedRows);
      await db.outbox.bulkAdd(outboxRows);
      await saveClock(db, clock);
      const step = await nextGeneration(db, collection);
      const patchIndex = await indexWith(db, collection, step, changedRows);
      return { rows: changedRows, step, patchIndex, count: ops.length };
    })
    .catch((error: unknown) => {
      throw asDataError(error);
    });
  if (!written) return 0;
  patchSnapshot(db, collection, written.step, written.rows);
  written.patchIndex();
  db.notifyLocalWrite();
  return written.count;
}

/** writeFields' transaction: the record merged with the changes and sealed, the outbox ops, the clock. */
async function writeInTransaction(
  db: DeclicDatabase,
  collection: string,
  recordId: string,
  changes: Record<string, unknown>,
  seen: SeenStamps,
) {
  const table = db.records(collection);
  const structureId = await currentStructureId(db);
  const stored = await table.get(recordId);
  const row = stored ? await openOne(db, collection, stored) : newRecordRow(recordId, structureId, db.now());
  const clock = await loadClock(db);
  const ops = stampChanges(row, collection, changes, seen, clock);
  if (ops.length === 0) return { ops, written: null };
  if (isErased(row)) await dropPendingValues(db, collection, recordId);
  row.updatedAt = db.now();
  const [sealedRows, outboxRows] = await duringTransaction(() =>
    Promise.all([sealRows(db.keyring, collection, [row]), sealOps(db.keyring, ops)]),
  );
  await table.put(itemAt(sealedRows, 0));
  await db.outbox.bulkAdd(outboxRows);
  await saveClock(db, clock);
  const step = await nextGeneration(db, collection);
  const patchIndex = await indexWith(db, collection, step, [row]);
  return { ops, written: { row, step, patchIndex } };
}

/**
 * Merges `changes` into `row` in memory, each changed field stamped with the device clock (its base: the stamp
 * `seen` gives, or else the stamp it replaces); returns the ops to send (an erasure: its tombstone alone).
 * Throws ErasedRecordError for a record already erased.
 */
function stampChanges(row: RecordRow, collection: string, changes: Record<string, unknown>, seen: SeenStamps, clock: HybridClock): Op[] {
  if (isErased(row)) throw new ErasedRecordError();
  const written: Op[] = [];
  for (const [field, value] of Object.entries(changes)) {
    const current = row.fields[field];
    if (current && sameValue(current.winner.value, value) && current.conflicts.length === 0) continue;
    const base = seen[field] !== undefined ? seen[field] : (current?.winner.hlc ?? null);
    // The op's own stamp is its id: unique (the device clock never repeats one), and the compact wire then sends no id.
    const hlc = clock.now();
    const op: Op = { opId: hlc, collection, recordId: row.id, field, value, hlc, base };
    mergeWrite(row, collection, op);
    written.push(op);
  }
  return isErased(row) ? written.filter((op) => op.field === DELETED_FIELD) : written;
}

/**
 * Merges ops pulled from the endpoint (with src/shared/merge.ts: a pulled op never replaces a newer
 * value, free-text losers are kept) and moves the device clock past their stamps. A record whose
 * tombstone is set loses its values at once, and its pending values leave the outbox. Pulled personal
 * values are sealed before they are written. Returns how many ops were merged; ops of collections,
 * fields or values this version does not know are held for a later one (held-ops.ts).
 */
export async function applyPulledOps(db: DeclicDatabase, ops: Op[]): Promise<number> {
  if (ops.length === 0) return 0;
  db.keyring.key();
  const patches: Array<() => void> = [];
  const merged = await db.transaction('rw', [...db.recordTables(), db.outbox, db.heldOps, db.quarantine, db.meta], async () => {
    const structureId = await currentStructureId(db);
    const clock = await loadClock(db);
    const [mergeable, later] = partition(ops, canMerge);
    if (later.length > 0) await holdOps(db, later);
    let merged = 0;
    for (const [collection, byRecord] of groupByRecord(mergeable)) {
      const table = db.records(collection);
      const stored = await table.bulkGet([...byRecord.keys()]);
      const found = stored.filter((row) => row !== undefined);
      const opened = new Map((await duringTransaction(() => openRowsForMerge(db.keyring, collection, found))).map((row) => [row.id, row]));
      const erased: string[] = [];
      const changed = [...byRecord].map(([id, recordOps]) => {
        const row = opened.get(id) ?? newRecordRow(id, structureId, db.now());
        const wasErased = isErased(row);
        for (const op of recordOps) if (mergeWrite(row, collection, op)) merged += 1;
        if (!wasErased && isErased(row)) erased.push(id);
        row.updatedAt = db.now();
        return row;
      });
      const kept = changed.filter((row) => Object.keys(row.fields).length > 0);
      await table.bulkPut(await duringTransaction(() => sealRows(db.keyring, collection, kept)));
      for (const id of erased) await dropPendingValues(db, collection, id);
      const step = await nextGeneration(db, collection);
      const patchIndex = await indexWith(db, collection, step, kept);
      patches.push(() => {
        patchSnapshot(db, collection, step, kept);
        patchIndex();
      });
    }
    for (const op of ops) clock.receive(op.hlc);
    await saveClock(db, clock);
    return merged;
  });
  for (const patch of patches) patch();
  return merged;
}

/**
 * One record as a plain object (opened in memory), or undefined when the device does not have it.
 * Rejects with LockedError while locked, UnsealError (French message) when its sealed part does not open.
 */
export async function readRecord(db: DeclicDatabase, collection: string, id: string): Promise<PlainRecord | undefined> {
  const row = await readRow(db, collection, id);
  return row && toPlainRecord(row, collection);
}

/**
 * The records of a collection as plain objects, in stored order or by `sortedBy`; erased ones only when
 * asked for; unreadable ones are left out. The list and its objects are shared and frozen: the same list
 * comes back until a record of the collection changes (see record-snapshots.ts).
 */
export async function listRecords(
  db: DeclicDatabase,
  collection: string,
  options: { includeErased?: boolean; sortedBy?: RecordOrder } = {},
): Promise<readonly PlainRecord[]> {
  const rows = await readRows(db, collection, options);
  return plainList(db, collection, rows, options.sortedBy);
}

/** One record with every field's merged state, opened in memory (for repositories that need the stamps). */
export async function readRow(db: DeclicDatabase, collection: string, id: string): Promise<RecordRow | undefined> {
  db.keyring.key();
  const trusted = trustedSnapshot(db, collection);
  if (trusted) return trusted.rows.get(id);
  const opened = trustedRow(db, collection, id);
  if (opened.found) return opened.row;
  const checkedAt = changeCount(db, collection);
  const table = db.records(collection);
  const read = await db.transaction('r', [table, db.meta], async () => {
    const snapshot = currentSnapshot(db, collection, await readGeneration(db, collection), checkedAt);
    return snapshot ? { kept: snapshot.rows.get(id) } : { stored: await table.get(id) };
  });
  if ('kept' in read) return read.kept;
  const row = read.stored && (await openRows(db.keyring, collection, [read.stored]))[0];
  keepRow(db, collection, id, checkedAt, row);
  return row;
}

/**
 * Opens records in memory ahead of their reading (the files shown in the list, in idle time): readRow
 * then answers without any IndexedDB request, until their table changes. A failure is left to the read.
 */
export async function prepareRows(db: DeclicDatabase, collection: string, ids: readonly string[]): Promise<void> {
  const missing = ids.filter((id) => !trustedSnapshot(db, collection) && !trustedRow(db, collection, id).found);
  if (missing.length === 0) return;
  try {
    db.keyring.key();
    const checkedAt = changeCount(db, collection);
    const table = db.records(collection);
    const stored = await db.transaction('r', table, () => table.bulkGet(missing));
    const rows = await openRows(
      db.keyring,
      collection,
      stored.filter((row) => row !== undefined),
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const id of missing) keepRow(db, collection, id, checkedAt, byId.get(id));
  } catch {
    // Locked meanwhile, or a file that does not open: its reading says so.
  }
}

/**
 * Every record of a collection with its fields' merged states, opened in memory; unreadable ones are
 * left out. Served from memory while nothing was written since (see record-snapshots.ts): the list and
 * its rows are shared, callers must not change them.
 */
export async function readRows(
  db: DeclicDatabase,
  collection: string,
  options: { includeErased?: boolean } = {},
): Promise<readonly RecordRow[]> {
  db.keyring.key();
  const includeErased = options.includeErased ?? false;
  const trusted = trustedSnapshot(db, collection);
  if (trusted) return rowsOf(trusted, includeErased);
  const checkedAt = changeCount(db, collection);
  const table = db.records(collection);
  const read = await db.transaction('r', [table, db.meta], async () => {
    const generation = await readGeneration(db, collection);
    const kept = currentSnapshot(db, collection, generation, checkedAt);
    return { generation, kept, stored: kept ? [] : await table.toArray() };
  });
  const snapshot =
    read.kept ?? keepSnapshot(db, collection, read.generation, checkedAt, await openReadableRows(db.keyring, collection, read.stored));
  return rowsOf(snapshot, includeErased);
}

/** The index of the files takes the rows written to `beneficiaries` (person-index.ts); other collections have none. */
function indexWith(
  db: DeclicDatabase,
  collection: string,
  step: { before: string; after: string },
  rows: RecordRow[],
): Promise<() => void> {
  return collection === 'beneficiaries' ? indexWrittenPeople(db, step, rows) : Promise.resolve(() => undefined);
}

async function openOne(db: DeclicDatabase, collection: string, stored: StoredRecordRow): Promise<RecordRow> {
  return itemAt(await duringTransaction(() => openRows(db.keyring, collection, [stored])), 0);
}

function checkChanges(collection: string, recordId: string, changes: Record<string, unknown>): void {
  if (!recordIdSchema.safeParse(recordId).success) throw invalidRecordId(recordId);
  for (const [field, value] of Object.entries(changes)) {
    const spec = fieldSpec(collection, field);
    if (!spec) throw unknownData(`${collection}.${field}`);
    const parsed = spec.schema.safeParse(value);
    if (!parsed.success)
      throw refusedValue(
        collection,
        field,
        parsed.error.issues.map((issue) => issue.message),
      );
  }
}

async function currentStructureId(db: DeclicDatabase): Promise<string> {
  const session = await loadSession(db);
  if (!session) throw new DeclicDataError('Aucun compte connecté sur cet appareil : reconnectez-vous.');
  return session.structure.id;
}

/** Removes the pending values of an erased record from the outbox (its tombstone stays), its held ops and its quarantined values. */
async function dropPendingValues(db: DeclicDatabase, collection: string, recordId: string): Promise<void> {
  await dropHeldOps(db, collection, recordId);
  await db.outbox
    .where('[collection+recordId]')
    .equals([collection, recordId])
    .filter((op) => op.field !== DELETED_FIELD)
    .delete();
  await db.quarantine.filter((op) => op.collection === collection && op.recordId === recordId && op.field !== DELETED_FIELD).delete();
}

function partition(ops: Op[], test: (op: Op) => boolean): [Op[], Op[]] {
  const yes: Op[] = [];
  const no: Op[] = [];
  for (const op of ops) (test(op) ? yes : no).push(op);
  return [yes, no];
}

function groupByRecord(ops: Op[]): Map<string, Map<string, Op[]>> {
  const groups = new Map<string, Map<string, Op[]>>();
  for (const op of ops) {
    const byRecord = groups.get(op.collection) ?? new Map<string, Op[]>();
    groups.set(op.collection, byRecord);
    const list = byRecord.get(op.recordId) ?? [];
    byRecord.set(op.recordId, list);
    list.push(op);
  }
  return groups;
}
