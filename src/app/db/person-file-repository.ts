// Everything the device holds about one person (their file and the records that refer to them), and its
// erasure: the person's own records are erased, their activity made anonymous, then the file itself.
import { erasureFor, linkedCollections, refersTo, standInFor } from '../../shared/rgpd/person-links';
import { uuidv7 } from '../../shared/schema/ids';
import type { Op } from '../../shared/schema/sync';
import { isSyncedCollection, type DeclicDatabase } from './database';
import { clearDraftsOf } from './drafts-repository';
import { mergedAwayFiles } from './person-index';
import type { PlainRecord } from './record-state';
import { ErasedRecordError, listRecords, readRecord, readRows, writeFields } from './records-repository';

/** A person's file and every record referring to them, by collection (`beneficiaries`: the files merged into theirs). */
export interface PersonData {
  beneficiary: PlainRecord;
  records: Record<string, PlainRecord[]>;
}

/** The collections of this version of the app that can refer to a person. */
export function personCollections(): string[] {
  return linkedCollections().filter(isSyncedCollection);
}

/**
 * The records of every collection that refer to the person (not erased), by collection: with
 * `withMerged`, those of the files merged into theirs too (a record another tablet added to a merged file
 * is theirs before it is moved, see file-merge-repository.ts).
 */
export async function recordsOfPerson(db: DeclicDatabase, personId: string, withMerged = true): Promise<Record<string, PlainRecord[]>> {
  const ids = withMerged ? [personId, ...(await filesMergedInto(db, personId))] : [personId];
  const mentions = async (collection: string) => {
    const records = await listRecords(db, collection);
    return [collection, records.filter((record) => ids.some((id) => refersTo(record, id)))] as const;
  };
  return Object.fromEntries(await Promise.all(personCollections().map(mentions)));
}

/** The files (not erased) that stand for `keptId`: the files merged into it, directly or down a chain. */
export async function filesMergedInto(db: DeclicDatabase, keptId: string): Promise<string[]> {
  // From the index of the files (person-index.ts): opening one file does not open all of them.
  const away = await mergedAwayFiles(db);
  return [...away].filter(([, root]) => root === keptId).map(([id]) => id);
}

/** What a file's page reads besides the records that refer to the person: the suivis' checklists, the local partners and notes. */
const READ_BY_FILE_PAGE = ['checklistItems', 'localPartners', 'localNotes'] as const;

/**
 * Opens in memory the records a file's page reads (a file opened next then reads no row). For idle time on
 * the list of files; a failure (the tablet locked meanwhile) is left to the next read.
 */
export async function preparePersonFiles(db: DeclicDatabase): Promise<void> {
  const collections = [...personCollections(), ...READ_BY_FILE_PAGE];
  await Promise.all(collections.map((collection) => readRows(db, collection))).catch(() => undefined);
}

/** The person's file and everything referring to them, or undefined when the file is unknown or erased. */
export async function personData(db: DeclicDatabase, personId: string): Promise<PersonData | undefined> {
  const beneficiary = await readRecord(db, 'beneficiaries', personId);
  if (!beneficiary || beneficiary.deleted) return undefined;
  const records = await recordsOfPerson(db, personId);
  // The files merged into this one still hold what was typed in them: they are the person's data too.
  const merged = await Promise.all((await filesMergedInto(db, personId)).map((id) => readRecord(db, 'beneficiaries', id)));
  const mergedFiles = merged.filter((file): file is PlainRecord => file !== undefined);
  return { beneficiary, records: mergedFiles.length > 0 ? { beneficiaries: mergedFiles, ...records } : records };
}

/**
 * Erases a person's file: their own records get a tombstone; their sessions, orientations and pass
 * numériques stay as anonymous activity (a stand-in replaces them, notes and free text go: statistics do
 * not change); the file itself is erased last (an interrupted erasure can be run again). Every change is a synced write: it
 * reaches the endpoint and every tablet at their next sync. Returns how many records were changed.
 */
export async function erasePersonFile(db: DeclicDatabase, personId: string): Promise<number> {
  let changed = 0;
  // The files merged into this one are the same person: they go first, with their records.
  for (const mergedId of await filesMergedInto(db, personId)) changed += await erasePersonFile(db, mergedId);
  const standIn = standInFor(uuidv7(), await readRecord(db, 'beneficiaries', personId));
  for (const [collection, records] of Object.entries(await recordsOfPerson(db, personId, false))) {
    for (const record of records) {
      const erasure = erasureFor(collection, record, personId, standIn);
      if (!erasure) continue;
      const changes = erasure.kind === 'erase' ? { deleted: true } : erasure.changes;
      const written = await writeIgnoringErased(db, collection, record.id, changes);
      if (written.length > 0) changed += 1;
      if (erasure.kind === 'detach') await dropReplacedValues(db, collection, record.id, written);
    }
  }
  if ((await writeIgnoringErased(db, 'beneficiaries', personId, { deleted: true })).length > 0) changed += 1;
  await clearDraftsOf(db, personId);
  return changed;
}

async function writeIgnoringErased(db: DeclicDatabase, collection: string, id: string, changes: Record<string, unknown>): Promise<Op[]> {
  try {
    return await writeFields(db, collection, id, changes);
  } catch (error) {
    if (error instanceof ErasedRecordError) return [];
    throw error;
  }
}

/**
 * Takes out of the outbox the values not sent yet that the erasure just replaced (her note, her id):
 * a record that stays as anonymous activity must not carry them to the endpoint afterwards.
 */
async function dropReplacedValues(db: DeclicDatabase, collection: string, recordId: string, written: Op[]): Promise<void> {
  if (written.length === 0) return;
  const fields = new Set(written.map((op) => op.field));
  const kept = new Set(written.map((op) => op.opId));
  await db.transaction('rw', db.outbox, () =>
    db.outbox
      .where('[collection+recordId]')
      .equals([collection, recordId])
      .filter((op) => fields.has(op.field) && !kept.has(op.opId))
      .delete(),
  );
}
