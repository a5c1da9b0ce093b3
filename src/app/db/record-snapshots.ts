// The opened records of each collection, kept in memory while unlocked: listing thousands of files then
// reads no row, opens no blob and sorts nothing again. Each write transaction gives its collection a new
// random generation in `meta`; a snapshot is used only while it matches it (a write in another tab, or
// one rolled back, makes it stale), and this tab's own writes patch it in place.
import type { DeclicDatabase, RecordRow } from './database';
import { toPlainRecord, type PlainRecord } from './record-state';

export { nextGeneration, readGeneration } from './generations';

/** How a list is sorted (the same function each time, so that its order can be kept). */
export type RecordOrder = (a: PlainRecord, b: PlainRecord) => number;

/** A collection's records as last opened, and the generation they match. */
interface Snapshot {
  generation: string;
  rows: Map<string, RecordRow>;
  plain: Map<string, PlainRecord>;
  orders: Map<RecordOrder, RecordRow[]>;
}

const memoKey = (collection: string) => `records:${collection}`;
const snapshotOf = (db: DeclicDatabase, collection: string) => db.keyring.memo<Snapshot>(memoKey(collection));

/** The snapshot's rows when it matches `generation`. */
export function currentSnapshot(db: DeclicDatabase, collection: string, generation: string): Map<string, RecordRow> | undefined {
  const snapshot = snapshotOf(db, collection);
  return snapshot && snapshot.generation === generation ? snapshot.rows : undefined;
}

/** Keeps the records just opened as the collection's snapshot. */
export function keepSnapshot(db: DeclicDatabase, collection: string, generation: string, rows: RecordRow[]): void {
  const snapshot: Snapshot = { generation, rows: new Map(rows.map((row) => [row.id, row])), plain: new Map(), orders: new Map() };
  db.keyring.setMemo(memoKey(collection), snapshot);
}

/** After this tab's write committed: the snapshot takes the written rows, or is dropped when it was stale. */
export function patchSnapshot(db: DeclicDatabase, collection: string, step: { before: string; after: string }, rows: RecordRow[]): void {
  const snapshot = snapshotOf(db, collection);
  if (!snapshot) return;
  if (snapshot.generation !== step.before) return db.keyring.setMemo(memoKey(collection), undefined);
  for (const row of rows) {
    snapshot.rows.set(row.id, row);
    snapshot.plain.delete(row.id);
  }
  snapshot.orders.clear();
  snapshot.generation = step.after;
}

/** The plain object of a row, worked out once per version of the row (shared: never hand it out). */
function sharedPlain(db: DeclicDatabase, collection: string, row: RecordRow): PlainRecord {
  const snapshot = snapshotOf(db, collection);
  const known = snapshot?.rows.get(row.id) === row;
  let plain = known ? snapshot!.plain.get(row.id) : undefined;
  if (!plain) {
    plain = toPlainRecord(row, collection);
    if (known) snapshot!.plain.set(row.id, plain);
  }
  return plain;
}

/** The plain object of a row, a copy for the caller. */
export function plainOf(db: DeclicDatabase, collection: string, row: RecordRow): PlainRecord {
  const plain = sharedPlain(db, collection, row);
  return { ...plain, conflicts: { ...plain.conflicts } };
}

/** `rows` sorted by `order`; the order is kept until a row changes (the same rows give the same order). */
export function sortedRows(db: DeclicDatabase, collection: string, rows: RecordRow[], order: RecordOrder): RecordRow[] {
  const snapshot = snapshotOf(db, collection);
  const kept = snapshot?.orders.get(order);
  if (kept && kept.length === rows.length) {
    const present = new Set(rows);
    if (kept.every((row) => present.has(row))) return kept;
  }
  const plain = new Map(rows.map((row) => [row, sharedPlain(db, collection, row)]));
  const sorted = [...rows].sort((a, b) => order(plain.get(a)!, plain.get(b)!));
  snapshot?.orders.set(order, sorted);
  return sorted;
}
