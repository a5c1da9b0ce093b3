// The opened records of each collection, kept in memory while unlocked: listing thousands of files then
// reads no row, opens no blob and sorts nothing again. Each write transaction gives its collection a new
// random generation in `meta`; a snapshot is used only while it matches it (a write in another tab, or
// one rolled back, makes it stale), and this tab's own writes patch it in place.
//
// Checking the generation is itself a transaction, and opening a file reads a dozen collections: so a
// snapshot, once checked, is trusted without any IndexedDB request until Dexie says that its table
// changed ("storagemutated": fired for a write in this tab, in another tab through a BroadcastChannel,
// and for everything when the page comes back from the back-forward cache). The next read checks again.
//
// What a snapshot hands out is shared and frozen: the same list (and the same objects in it) comes back
// for as long as nothing changes, so that the views can keep what they worked out from it (the search
// keeps each person's folded name) and a screen that reads again after a sync does no work at all.
import Dexie, { type ObservabilitySet } from 'dexie';
import type { DeclicDatabase, RecordRow } from './database';
import { isErased, toPlainRecord, type PlainRecord } from './record-state';

export { nextGeneration, readGeneration } from './generations';

/** How a list is sorted (the same function each time, so that its order can be kept). */
export type RecordOrder = (a: PlainRecord, b: PlainRecord) => number;

/** A collection's records as last opened, and the generation they match. */
export interface Snapshot {
  generation: string;
  /** The table's change count (see changeCount) when the generation was last checked. */
  checkedAt: number;
  rows: Map<string, RecordRow>;
  /** Every row, and the rows not erased, as lists (worked out on first use). */
  all?: readonly RecordRow[];
  live?: readonly RecordRow[];
  /** The plain object of each row, frozen (worked out on first use). */
  plain: Map<string, PlainRecord>;
  /** The plain lists already handed out, by list of rows and order. */
  lists: Map<readonly RecordRow[], Map<RecordOrder | null, readonly PlainRecord[]>>;
}

const memoKey = (collection: string) => `records:${collection}`;
const snapshotOf = (db: DeclicDatabase, collection: string) => db.keyring.memo<Snapshot>(memoKey(collection));

/** The snapshot when nothing changed in its table since it was checked (no IndexedDB request needed). */
export function trustedSnapshot(db: DeclicDatabase, collection: string): Snapshot | undefined {
  const snapshot = snapshotOf(db, collection);
  return snapshot && snapshot.checkedAt === changeCount(db, collection) ? snapshot : undefined;
}

/**
 * The snapshot when it matches `generation` (read in a transaction that began after `changeCount` gave
 * `checkedAt`): it is trusted again from then on.
 */
export function currentSnapshot(db: DeclicDatabase, collection: string, generation: string, checkedAt: number): Snapshot | undefined {
  const snapshot = snapshotOf(db, collection);
  if (!snapshot || snapshot.generation !== generation) return undefined;
  snapshot.checkedAt = checkedAt;
  return snapshot;
}

/** Keeps the records just opened (at `generation`, read after `checkedAt`) as the collection's snapshot. */
export function keepSnapshot(db: DeclicDatabase, collection: string, generation: string, checkedAt: number, rows: RecordRow[]): Snapshot {
  const snapshot: Snapshot = { generation, checkedAt, rows: new Map(rows.map((row) => [row.id, row])), plain: new Map(), lists: new Map() };
  db.keyring.setMemo(memoKey(collection), snapshot);
  return snapshot;
}

// Single records opened outside a snapshot (a file opened from the list, which reads the index of the
// files, not every file): trusted like a snapshot, until Dexie reports a change to their table.
interface OpenedRows {
  checkedAt: number;
  rows: Map<string, RecordRow | undefined>;
}
const rowsMemoKey = (collection: string) => `rows:${collection}`;

/** The record opened earlier when nothing changed in its table since (`found`: false when never opened, or stale). */
export function trustedRow(db: DeclicDatabase, collection: string, id: string): { found: boolean; row?: RecordRow } {
  const opened = db.keyring.memo<OpenedRows>(rowsMemoKey(collection));
  if (!opened || opened.checkedAt !== changeCount(db, collection) || !opened.rows.has(id)) return { found: false };
  return { found: true, row: opened.rows.get(id) };
}

/** Keeps a record just opened (read after `checkedAt`; undefined: the tablet does not have it). */
export function keepRow(db: DeclicDatabase, collection: string, id: string, checkedAt: number, row: RecordRow | undefined): void {
  let opened = db.keyring.memo<OpenedRows>(rowsMemoKey(collection));
  if (!opened || opened.checkedAt !== checkedAt) {
    // Rows kept at another change count are dropped; a read older than them keeps nothing.
    if (opened && opened.checkedAt > checkedAt) return;
    opened = { checkedAt, rows: new Map() };
    db.keyring.setMemo(rowsMemoKey(collection), opened);
  }
  opened.rows.set(id, row);
}

// How many times Dexie said that a table of the database changed, by table ('*': all of them).
const changeCounts = new WeakMap<DeclicDatabase, Map<string, number>>();

/**
 * A number that moves whenever `collection`'s table changes, here or in another tab. Read it BEFORE the
 * transaction that checks a generation: a change that lands during the check then moves it again.
 */
export function changeCount(db: DeclicDatabase, collection: string): number {
  const counts = watchChanges(db);
  return (counts.get(collection) ?? 0) + (counts.get('*') ?? 0);
}

function watchChanges(db: DeclicDatabase): Map<string, number> {
  let counts = changeCounts.get(db);
  if (counts) return counts;
  const known = (counts = new Map<string, number>());
  const prefix = `idb://${db.name}/`;
  const bump = (table: string) => known.set(table, (known.get(table) ?? 0) + 1);
  const listener = (parts: ObservabilitySet) => {
    for (const part of Object.keys(parts)) {
      if (part.startsWith(prefix)) bump(part.slice(prefix.length).replace(/\/.*$/s, ''));
      else if (!part.startsWith('idb://')) bump('*');
    }
  };
  Dexie.on('storagemutated', listener);
  db.on('close', () => Dexie.on.storagemutated.unsubscribe(listener));
  changeCounts.set(db, known);
  return known;
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
  snapshot.all = undefined;
  snapshot.live = undefined;
  snapshot.lists.clear();
  snapshot.generation = step.after;
}

/** The snapshot's rows as a list (the same list until a row changes); erased ones only when asked for. */
export function rowsOf(snapshot: Snapshot, includeErased: boolean): readonly RecordRow[] {
  snapshot.all ??= Object.freeze([...snapshot.rows.values()]);
  if (includeErased) return snapshot.all;
  snapshot.live ??= Object.freeze(snapshot.all.filter((row) => !isErased(row)));
  return snapshot.live;
}

/**
 * The plain objects of `rows` (a list from rowsOf), sorted by `order` when given: the same frozen list
 * for as long as no row changes.
 */
export function plainList(db: DeclicDatabase, collection: string, rows: readonly RecordRow[], order?: RecordOrder): readonly PlainRecord[] {
  const snapshot = snapshotOf(db, collection);
  const kept = snapshot?.lists.get(rows)?.get(order ?? null);
  if (kept) return kept;
  const plain = rows.map((row) => sharedPlain(snapshot, collection, row));
  const list = Object.freeze(order ? plain.sort(order) : plain);
  // Only lists of the current snapshot are kept (a concurrent write may have replaced it meanwhile).
  if (snapshot && (rows === snapshot.all || rows === snapshot.live)) {
    const byOrder = snapshot.lists.get(rows) ?? new Map<RecordOrder | null, readonly PlainRecord[]>();
    byOrder.set(order ?? null, list);
    snapshot.lists.set(rows, byOrder);
  }
  return list;
}

/** The plain object of a row, worked out and frozen once per version of the row. */
function sharedPlain(snapshot: Snapshot | undefined, collection: string, row: RecordRow): PlainRecord {
  const owner = snapshot?.rows.get(row.id) === row ? snapshot : undefined;
  let plain = owner?.plain.get(row.id);
  if (!plain) {
    plain = deepFreeze(toPlainRecord(row, collection));
    owner?.plain.set(row.id, plain);
  }
  return plain;
}

/** Freezes a JSON value and everything in it: a view that tries to change a shared record fails loudly. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
