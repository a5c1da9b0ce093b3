// Merging two files of the same person on the tablet, and keeping merges converged across tablets.
//
// A merge is synced writes only: the kept file gets the other's values where it had none, the other file
// gets `mergedInto` (it becomes a tombstone pointing to the kept one), and every record of the other
// (diagnostics, mandates, suivis, sessions, orientations, pass) has its person rewritten to the kept file.
// Another tablet may meanwhile have added a session to the other file, edited its phone, or merged the two
// files the other way: after each pull, reconcileMergedFiles moves what still points to a tombstone to its
// kept file (src/shared/rgpd/merged-files.ts: chains, and cycles read the same on every tablet), carries
// the tombstone's later edits over, and erases a tombstone whose kept file was erased. Every tablet that
// does it writes the same values, so the replicas converge whoever does it first.
import { refersTo, peopleOf } from '../../shared/rgpd/person-links';
import { keptFileOf, mergedAway, type MergeLink } from '../../shared/rgpd/merged-files';
import { MAX_DISTINCT } from '../../shared/schema/beneficiary';
import type { DeclicDatabase, RecordRow } from './database';
import { erasePersonFile, personCollections } from './person-file-repository';
import { isErased, sameValue, toPlainRecord, type PlainRecord } from './record-state';
import { indexedFiles } from './person-index';
import { ErasedRecordError, listRecords, readRow, readRows, writeFields } from './records-repository';

const FILES = 'beneficiaries';
const NOTES_MAX = 10_000;
/** Fields of a file that a merge fills in the kept file when it has none (and later edits of the tombstone carry over). */
const FILLED_FIELDS = ['firstName', 'lastName', 'birthYear', 'commune', 'phone', 'email', 'noPhone', 'noEmail', 'noticeGivenOn'] as const;
/** Fields with a rule of their own: the later contact, an objection kept, an active file, the notes of both. */
const RULED_FIELDS = ['lastContactOn', 'objection', 'objectionOn', 'status', 'notes'] as const;
/** Fields that refer to a person in other records. */
const PERSON_FIELDS = ['beneficiaryId', 'handedTo', 'participantIds'] as const;

/** What a merge will do, for the aidant to confirm: the records that move, by collection, and the fields filled. */
export interface MergePlan {
  kept: PlainRecord;
  other: PlainRecord;
  /** How many records move to the kept file, by collection name (collections with none are left out). */
  moves: Record<string, number>;
  /** The fields of the kept file that take the other's value (or gain it, for notes). */
  filled: string[];
}

/** The plan of merging `otherId` into `keptId`; undefined when either is unknown, erased or already merged. */
export async function planMerge(db: DeclicDatabase, keptId: string, otherId: string): Promise<MergePlan | undefined> {
  if (keptId === otherId) return undefined;
  // Each file must stand for itself (the index of the files knows the merges): then only these two are opened.
  if ((await keptFileId(db, keptId)) !== keptId || (await keptFileId(db, otherId)) !== otherId) return undefined;
  const [keptRow, otherRow] = [await readRow(db, FILES, keptId), await readRow(db, FILES, otherId)];
  if (!keptRow || !otherRow || isErased(keptRow) || isErased(otherRow)) return undefined;
  const kept = toPlainRecord(keptRow, FILES);
  const other = toPlainRecord(otherRow, FILES);
  const moves: Record<string, number> = {};
  for (const collection of personCollections()) {
    const count = (await listRecords(db, collection)).filter((record) => refersTo(record, otherId)).length;
    if (count > 0) moves[collection] = count;
  }
  return { kept, other, moves, filled: Object.keys(fillChanges(kept, other)) };
}

/**
 * Merges the file `otherId` into `keptId`: the kept file takes the other's values where it had none, the
 * other becomes a tombstone pointing to it, and every record of the other moves to it. Synced writes only:
 * every tablet sees the merge at its next sync. Returns false when the plan no longer holds (a file erased
 * or merged meanwhile).
 */
export async function mergeFiles(db: DeclicDatabase, keptId: string, otherId: string): Promise<boolean> {
  const plan = await planMerge(db, keptId, otherId);
  if (!plan) return false;
  const changes = fillChanges(plan.kept, plan.other);
  if (Object.keys(changes).length > 0) await writeFields(db, FILES, keptId, changes);
  await writeFields(db, FILES, otherId, { mergedInto: keptId });
  await reconcileMergedFiles(db);
  return true;
}

/** The changes that give the kept file what the other file knows and it does not. */
export function fillChanges(kept: PlainRecord, other: PlainRecord): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const field of FILLED_FIELDS) if (isEmpty(kept[field]) && !isEmpty(other[field])) changes[field] = other[field];
  // The phone or e-mail filled: the kept file no longer says the person has none.
  if ('phone' in changes && kept.noPhone === true) changes.noPhone = false;
  if ('email' in changes && kept.noEmail === true) changes.noEmail = false;
  if (typeof other.lastContactOn === 'string' && (typeof kept.lastContactOn !== 'string' || other.lastContactOn > kept.lastContactOn))
    changes.lastContactOn = other.lastContactOn;
  // An objection to the recording of one's data binds whichever file it was noted on.
  if (other.objection === true && kept.objection !== true) {
    changes.objection = true;
    if (!isEmpty(other.objectionOn)) changes.objectionOn = other.objectionOn;
  }
  if (other.status === 'actif' && kept.status === 'clos') changes.status = 'actif';
  const notes = mergedNotes(kept.notes, other.notes);
  if (notes !== undefined) changes.notes = notes;
  const distinct = [...new Set([...asIds(kept.distinctFrom), ...asIds(other.distinctFrom)])].filter(
    (id) => id !== kept.id && id !== other.id,
  );
  if (distinct.length > asIds(kept.distinctFrom).length) changes.distinctFrom = distinct.slice(0, MAX_DISTINCT);
  return changes;
}

/** The kept file's notes followed by the other's (when both have some and they differ, within the bound). */
function mergedNotes(kept: unknown, other: unknown): string | undefined {
  if (isEmpty(other) || typeof other !== 'string') return undefined;
  if (isEmpty(kept) || typeof kept !== 'string') return other;
  if (kept.includes(other)) return undefined;
  const joined = `${kept}\n\n${other}`;
  return joined.length <= NOTES_MAX ? joined : undefined;
}

/**
 * Brings every merge this tablet knows to its end (after a merge here, and after each pull): records that
 * still point to a merged file move to the file it stands for; edits made to a merged file after its merge
 * (on a tablet that had not seen it) carry over to the kept file; a cycle's kept file (the smallest id)
 * loses its `mergedInto`; a merged file whose kept file was erased is erased too. Returns the number of
 * records written (0 when everything already stands).
 */
export async function reconcileMergedFiles(db: DeclicDatabase): Promise<number> {
  // Most syncs: no file is merged (the index of the files knows it), and no file is opened for nothing.
  if (![...(await indexedFiles(db)).values()].some((file) => file.mergedInto)) return 0;
  const files = await readRows(db, FILES, { includeErased: true });
  if (!files.some((row) => row.fields.mergedInto?.winner.value)) return 0;
  const linkOf = linkReader(files);
  const byId = new Map(files.map((row) => [row.id, row]));
  const away = mergedAway(files.filter((row) => !isErased(row)).map((row) => ({ id: row.id, ...linkOf(row.id) })));
  let written = 0;
  for (const row of files) {
    if (isErased(row) || typeof row.fields.mergedInto?.winner.value !== 'string') continue;
    const root = keptFileOf(row.id, linkOf);
    const rootRow = byId.get(root);
    if (root === row.id) {
      // The kept file of a cycle stands for itself again, on every tablet. (A file merged into one this
      // tablet does not have yet also reads as itself: it waits for that file.)
      const target = row.fields.mergedInto.winner.value;
      if (linkOf(target)) written += await safeWrite(db, FILES, row.id, { mergedInto: null });
    } else if (rootRow && isErased(rootRow)) {
      // The kept file was erased: the files merged into it go too, with their records.
      written += await erasePersonFile(db, row.id);
    } else if (rootRow) {
      const carried = carriedChanges(row, rootRow);
      if (Object.keys(carried).length > 0) written += await safeWrite(db, FILES, root, carried);
    }
  }
  if (away.size === 0) return written;
  for (const collection of personCollections()) {
    for (const record of await listRecords(db, collection)) {
      if (!peopleOf(record).some((id) => away.has(id))) continue;
      written += await safeWrite(db, collection, record.id, repointed(record, away));
    }
  }
  return written;
}

/**
 * The values of the merged file `row` written after its merge (a tablet that had not seen it yet) and
 * newer than the kept file's: they carry over, so that no edit is lost. A later contact carries too.
 */
function carriedChanges(row: RecordRow, kept: RecordRow): Record<string, unknown> {
  const mergedAt = row.fields.mergedInto?.winner.hlc ?? '';
  const changes: Record<string, unknown> = {};
  for (const field of [...FILLED_FIELDS, ...RULED_FIELDS]) {
    const state = row.fields[field];
    if (!state || state.winner.hlc <= mergedAt || isEmpty(state.winner.value)) continue;
    const keptState = kept.fields[field];
    if (keptState && (keptState.winner.hlc >= state.winner.hlc || sameValue(keptState.winner.value, state.winner.value))) continue;
    if (field === 'lastContactOn' && typeof keptState?.winner.value === 'string' && keptState.winner.value >= String(state.winner.value))
      continue;
    changes[field] = state.winner.value;
  }
  return changes;
}

/** A record's person fields with every merged file replaced by the file it stands for. */
function repointed(record: PlainRecord, away: ReadonlyMap<string, string>): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const field of PERSON_FIELDS) {
    const value = record[field];
    if (typeof value === 'string' && away.has(value)) changes[field] = away.get(value);
    if (Array.isArray(value) && value.some((id) => away.has(String(id)))) {
      changes[field] = [...new Set(value.map((id) => away.get(String(id)) ?? id))];
    }
  }
  return changes;
}

async function safeWrite(db: DeclicDatabase, collection: string, id: string, changes: Record<string, unknown>): Promise<number> {
  try {
    return (await writeFields(db, collection, id, changes)).length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof ErasedRecordError) return 0;
    throw error;
  }
}

/** Reads the merge links of the files given (erased ones included: a chain may end at an erased file). */
function linkReader(files: readonly RecordRow[]): (id: string) => MergeLink | undefined {
  const links = new Map<string, MergeLink>(
    files.map((row) => [row.id, { mergedInto: row.fields.mergedInto?.winner.value ?? null, deleted: isErased(row) }]),
  );
  return (id) => links.get(id);
}

/** The file `id` stands for: itself, or the kept file when it was merged (undefined: unknown here). */
export async function keptFileId(db: DeclicDatabase, id: string): Promise<string | undefined> {
  // From the index of the files (person-index.ts): opening one file does not open all of them.
  const files = await indexedFiles(db);
  const linkOf = (fileId: string): MergeLink | undefined => {
    const file = files.get(fileId);
    return file && { mergedInto: file.mergedInto, deleted: false };
  };
  return linkOf(id) ? keptFileOf(id, linkOf) : undefined;
}

/** Says that two files are two people (« Ce ne sont pas les mêmes personnes »): written on the older file, synced. */
export async function dismissDuplicate(db: DeclicDatabase, firstId: string, secondId: string): Promise<void> {
  const [owner, other] = firstId < secondId ? [firstId, secondId] : [secondId, firstId];
  // The older file alone is opened: « Doublons possibles » opens only the files of its pairs too.
  const row = await readRow(db, FILES, owner);
  const current = asIds(row?.fields.distinctFrom?.winner.value);
  if (current.includes(other)) return;
  await writeFields(db, FILES, owner, { distinctFrom: [...current, other].slice(-MAX_DISTINCT) });
}

/** True when the aidants said these two files are two people (on either file). */
export function saidDistinct(a: { id: string; distinctFrom?: unknown }, b: { id: string; distinctFrom?: unknown }): boolean {
  return asIds(a.distinctFrom).includes(b.id) || asIds(b.distinctFrom).includes(a.id);
}

function asIds(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}
