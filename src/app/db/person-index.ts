// The index of the files: the few values the list of files, its search and the duplicate check read of
// each person (names, commune, birth year, last contact, status, phone and e-mail, the file it was merged
// into), in ONE blob sealed with the data key like the records.
// Unlocking then opens one blob instead of thousands; a file is opened when the aidant opens it.
//
// The index is written in the transaction of every write of `beneficiaries` (records-repository.ts: a
// local write, pulled and held ops), with the collection's new write generation (generations.ts): an
// index whose generation is not the collection's is stale. It is then deleted at the next write (it may
// hold the name of someone erased since), and built again from the records at the next read (so does a
// tablet that updated from a version without it, at its first unlock), with its progress said to the
// list. Emptying the records empties it too (it is one of db.recordTables()).
//
// Opened, it stays in memory while unlocked, trusted without any IndexedDB request until Dexie reports a
// change to `beneficiaries` (here or in another tab: "storagemutated"); the next read then checks its
// generation, as record-snapshots.ts does for the records.
import { mergedAway } from '../../shared/rgpd/merged-files';
import { collections } from '../../shared/schema/collections';
import { placeOf, seal, unseal, UnsealError } from '../security/seal';
import type { DeclicDatabase, RecordRow, StoredRecordRow } from './database';
import { readGeneration } from './generations';
import { changeCount, keepSnapshot } from './record-snapshots';
import { isErased } from './record-state';
import { duringTransaction, openReadableRows } from './sealed-rows';

const COLLECTION = 'beneficiaries';
const INDEX_KEY = COLLECTION;
/** Where the index is sealed: its blob opens only as the index (see seal.ts). */
const PLACE = placeOf('personIndex', COLLECTION);
const MEMO = 'person-index';
const OPENING = 'person-index:opening';
/** Files opened per step when the index is built again (the progress moves between steps). */
const BUILD_STEP = 250;

/** What the list of files, its search and the duplicate check know of a person. */
export interface PersonEntry {
  id: string;
  firstName: string | null;
  lastName: string | null;
  commune: string | null;
  birthYear: number | null;
  lastContactOn: string | null;
  status: string | null;
  phone: string | null;
  email: string | null;
  /** The file this one was merged into (a merged duplicate, see merged-files.ts); null for a person's own file. */
  mergedInto: string | null;
}

const FIELDS = ['firstName', 'lastName', 'commune', 'birthYear', 'lastContactOn', 'status', 'phone', 'email', 'mergedInto'] as const;
type Packed = [id: string, ...values: unknown[]];

/**
 * What is sealed: the generation it matches (bound inside the blob too), the fields each person's array
 * holds (an index of other fields, from another version of the app, is built again), one array per person.
 */
interface IndexContent {
  generation: string;
  fields: readonly string[];
  people: Packed[];
}

/** True when `content` is the index of `generation`, with this version's fields. */
function matches(content: IndexContent | null, generation: string): content is IndexContent {
  return content?.generation === generation && content.fields?.join() === FIELDS.join();
}

/** The index opened in memory (kept in the keyring: gone at the lock). */
interface OpenIndex {
  generation: string;
  /** changeCount of `beneficiaries` when the generation was last checked. */
  checkedAt: number;
  entries: Map<string, PersonEntry>;
  list?: readonly PersonEntry[];
  /** The files merged into another, each with the file kept for it (worked out on first use). */
  mergedAway?: ReadonlyMap<string, string>;
}

/** How far the index is being built: `done` files opened of `total`. */
export interface IndexProgress {
  done: number;
  total: number;
}

const progressListeners = new WeakMap<DeclicDatabase, Set<(progress: IndexProgress) => void>>();

/** Calls `listener` while the index is built again (a tablet updated, or an index gone stale); returns the unsubscribe function. */
export function onIndexProgress(db: DeclicDatabase, listener: (progress: IndexProgress) => void): () => void {
  const listeners = progressListeners.get(db) ?? new Set();
  progressListeners.set(db, listeners);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The people of the tablet as the list and the search read them: not erased, and not merged into another
 * file (see merged-files.ts). One shared, frozen list, the same until a file changes. Rejects with
 * LockedError while locked.
 */
export async function listPeople(db: DeclicDatabase): Promise<readonly PersonEntry[]> {
  db.keyring.key();
  const index = await openIndex(db);
  if (!index.list) {
    const away = mergedAwayOf(index);
    index.list = Object.freeze([...index.entries.values()].filter((entry) => !away.has(entry.id)));
  }
  return index.list;
}

/**
 * Every file of the tablet that is not erased, merged ones included, by id: what the merge rule reads
 * (merged-files.ts), without opening any file. Shared: callers must not change it.
 */
export async function indexedFiles(db: DeclicDatabase): Promise<ReadonlyMap<string, PersonEntry>> {
  db.keyring.key();
  return (await openIndex(db)).entries;
}

/**
 * The files merged into another, each with the file kept for it (merged-files.ts), from the index: worked out once
 * until a file changes, not at each file opened. Shared: callers must not change it.
 */
export async function mergedAwayFiles(db: DeclicDatabase): Promise<ReadonlyMap<string, string>> {
  db.keyring.key();
  return mergedAwayOf(await openIndex(db));
}

function mergedAwayOf(index: OpenIndex): ReadonlyMap<string, string> {
  index.mergedAway ??= mergedAway(index.entries.values());
  return index.mergedAway;
}

/** Opens the index (at unlock, so that the list finds it ready); a failure is left to the next read. */
export function preparePersonIndex(db: DeclicDatabase): Promise<void> {
  return openIndex(db).then(
    () => undefined,
    () => undefined,
  );
}

function openIndex(db: DeclicDatabase): Promise<OpenIndex> {
  const memo = db.keyring.memo<OpenIndex>(MEMO);
  if (memo && memo.checkedAt === changeCount(db, COLLECTION)) return Promise.resolve(memo);
  // One opening at a time: the list and the preparation at unlock share it.
  const pending = db.keyring.memo<Promise<OpenIndex>>(OPENING);
  if (pending) return pending;
  const opening = readIndex(db).finally(() => {
    if (db.keyring.memo(OPENING) === opening) db.keyring.setMemo(OPENING, undefined);
  });
  db.keyring.setMemo(OPENING, opening);
  return opening;
}

async function readIndex(db: DeclicDatabase): Promise<OpenIndex> {
  const key = db.keyring.key();
  const checkedAt = changeCount(db, COLLECTION);
  const memo = db.keyring.memo<OpenIndex>(MEMO);
  const read = await db.transaction('r', [db.personIndex, db.meta], async () => {
    const generation = await readGeneration(db, COLLECTION);
    if (memo?.generation === generation) return { generation, kept: memo };
    return { generation, stored: await db.personIndex.get(INDEX_KEY) };
  });
  if (read.kept) return keep(db, { ...read.kept, checkedAt });
  if (read.stored?.generation === read.generation) {
    const content = await unseal<IndexContent>(key, PLACE, read.stored.sealed).catch((error: unknown) => {
      if (error instanceof UnsealError) return null;
      throw error;
    });
    if (matches(content, read.generation)) {
      return keep(db, { generation: read.generation, checkedAt, entries: new Map(content.people.map((packed) => unpack(packed))) });
    }
  }
  return buildIndex(db, checkedAt);
}

/** Builds the index from the records (opened by steps, the progress said), and stores it unless a write landed meanwhile. */
async function buildIndex(db: DeclicDatabase, checkedAt: number): Promise<OpenIndex> {
  const table = db.records(COLLECTION);
  const { generation, stored } = await db.transaction('r', [table, db.meta], async () => ({
    generation: await readGeneration(db, COLLECTION),
    stored: await table.toArray(),
  }));
  const rows: RecordRow[] = [];
  const say = (done: number) => progressListeners.get(db)?.forEach((listener) => listener({ done, total: stored.length }));
  say(0);
  for (let first = 0; first < stored.length; first += BUILD_STEP) {
    rows.push(...(await openReadableRows(db.keyring, COLLECTION, stored.slice(first, first + BUILD_STEP) as StoredRecordRow[])));
    say(Math.min(first + BUILD_STEP, stored.length));
  }
  // The records just opened are the collection's snapshot too: the files open without decrypting again.
  keepSnapshot(db, COLLECTION, generation, checkedAt, rows);
  const entries = new Map<string, PersonEntry>();
  for (const row of rows) if (!isErased(row)) entries.set(row.id, entryOf(row));
  const sealed = await seal(db.keyring.key(), PLACE, contentOf(generation, entries));
  await db.transaction('rw', [db.personIndex, db.meta], async () => {
    // A write landed since the records were read: this index is already stale, the next read builds again.
    if ((await readGeneration(db, COLLECTION)) === generation) await db.personIndex.put({ key: INDEX_KEY, generation, sealed });
  });
  return keep(db, { generation, checkedAt, entries });
}

/**
 * Inside the transaction that writes `rows` of `beneficiaries` (after its new generation, `step`): the
 * index takes them, or is deleted when it was missing or stale (rebuilt at the next read). Returns what
 * to do once the transaction committed: the index in memory takes the new entries.
 */
export async function indexWrittenPeople(
  db: DeclicDatabase,
  step: { before: string; after: string },
  rows: readonly RecordRow[],
): Promise<() => void> {
  const key = db.keyring.key();
  const stored = await db.personIndex.get(INDEX_KEY);
  if (!stored || stored.generation !== step.before) {
    if (stored) await db.personIndex.delete(INDEX_KEY);
    return () => undefined;
  }
  const memo = db.keyring.memo<OpenIndex>(MEMO);
  const current =
    memo?.generation === step.before
      ? memo.entries
      : await duringTransaction(() => unseal<IndexContent>(key, PLACE, stored.sealed)).then(
          (content) => (matches(content, step.before) ? new Map(content.people.map((packed) => unpack(packed))) : null),
          () => null,
        );
  if (!current) {
    await db.personIndex.delete(INDEX_KEY);
    return () => undefined;
  }
  const entries = new Map(current);
  for (const row of rows) {
    if (isErased(row)) entries.delete(row.id);
    else entries.set(row.id, entryOf(row));
  }
  const sealed = await duringTransaction(() => seal(key, PLACE, contentOf(step.after, entries)));
  await db.personIndex.put({ key: INDEX_KEY, generation: step.after, sealed });
  // After the commit: memory follows only when it was at the generation this write replaced. It is
  // checked once more at the next read (a cheap transaction): an enclosing transaction may still fail.
  return () => {
    const now = db.keyring.memo<OpenIndex>(MEMO);
    if (now && now.generation !== step.before) return;
    keep(db, { generation: step.after, checkedAt: -1, entries });
  };
}

function keep(db: DeclicDatabase, index: OpenIndex): OpenIndex {
  db.keyring.setMemo(MEMO, index);
  return index;
}

const beneficiaryFields = collections[COLLECTION]?.fields ?? {};

/** The entry of a record: each value its field's winner, or its initial value (null) when never set. */
function entryOf(row: RecordRow): PersonEntry {
  const value = (field: (typeof FIELDS)[number]) => row.fields[field]?.winner.value ?? beneficiaryFields[field]?.initial ?? null;
  return Object.freeze({
    id: row.id,
    firstName: value('firstName') as string | null,
    lastName: value('lastName') as string | null,
    commune: value('commune') as string | null,
    birthYear: value('birthYear') as number | null,
    lastContactOn: value('lastContactOn') as string | null,
    status: value('status') as string | null,
    phone: value('phone') as string | null,
    email: value('email') as string | null,
    mergedInto: value('mergedInto') as string | null,
  });
}

function contentOf(generation: string, entries: Map<string, PersonEntry>): IndexContent {
  return { generation, fields: FIELDS, people: [...entries.values()].map((entry) => [entry.id, ...FIELDS.map((field) => entry[field])]) };
}

function unpack([id, ...values]: Packed): [string, PersonEntry] {
  const entry = { id } as Record<string, unknown>;
  FIELDS.forEach((field, i) => (entry[field] = values[i] ?? null));
  return [id, Object.freeze(entry) as unknown as PersonEntry];
}
