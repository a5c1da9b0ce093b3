// The opened records of each collection, kept in memory while unlocked: listing thousands of files then
// reads no row and opens no blob again. Each write transaction gives its collection a new random
// generation in `meta`; a snapshot is used only while it matches it (a write in another tab, or one
// rolled back, makes it stale), and this tab's own writes patch it in place.
import type { DeclicDatabase, RecordRow } from './database';
import { toPlainRecord, type PlainRecord } from './record-state';

export { nextGeneration, readGeneration } from './generations';

/** A collection's records as last opened, and the generation they match. */
interface Snapshot {
  generation: string;
  rows: Map<string, RecordRow>;
  plain: Map<string, PlainRecord>;
}

const memoKey = (collection: string) => `records:${collection}`;

/** The snapshot of the collection when it matches `generation`. */
export function currentSnapshot(db: DeclicDatabase, collection: string, generation: string | null): Map<string, RecordRow> | undefined {
  const snapshot = db.keyring.memo<Snapshot>(memoKey(collection));
  return snapshot && generation !== null && snapshot.generation === generation ? snapshot.rows : undefined;
}

/** Keeps the records just opened as the collection's snapshot. */
export function keepSnapshot(db: DeclicDatabase, collection: string, generation: string | null, rows: RecordRow[]): void {
  if (generation === null) return;
  db.keyring.setMemo(memoKey(collection), { generation, rows: new Map(rows.map((row) => [row.id, row])), plain: new Map() } satisfies Snapshot);
}

/** After this tab's write committed: the snapshot takes the written rows, or is dropped when it was stale. */
export function patchSnapshot(db: DeclicDatabase, collection: string, step: { before: string | null; after: string }, rows: RecordRow[]): void {
  const snapshot = db.keyring.memo<Snapshot>(memoKey(collection));
  if (!snapshot) return;
  if (snapshot.generation !== step.before) return db.keyring.setMemo(memoKey(collection), undefined);
  for (const row of rows) {
    snapshot.rows.set(row.id, row);
    snapshot.plain.delete(row.id);
  }
  snapshot.generation = step.after;
}

/** The plain object of a snapshot row (worked out once per version of the row); a copy for the caller. */
export function plainOf(db: DeclicDatabase, collection: string, row: RecordRow): PlainRecord {
  const snapshot = db.keyring.memo<Snapshot>(memoKey(collection));
  let plain = snapshot?.rows.get(row.id) === row ? snapshot.plain.get(row.id) : undefined;
  if (!plain) {
    plain = toPlainRecord(row, collection);
    if (snapshot?.rows.get(row.id) === row) snapshot.plain.set(row.id, plain);
  }
  return { ...plain, conflicts: { ...plain.conflicts } };
}
