// Everything the device holds about one person (their file and the records that refer to them), and its
// erasure: the person's own records are erased, mentions of them removed, then the file itself.
import { erasureFor, linkedCollections } from '../../shared/rgpd/person-links';
import { isSyncedCollection, type DeclicDatabase } from './database';
import { clearDraftsOf } from './drafts-repository';
import type { PlainRecord } from './record-state';
import { ErasedRecordError, listRecords, readRecord, readRows, writeFields } from './records-repository';

/** A person's file and every record referring to them, by collection. */
export interface PersonData {
  beneficiary: PlainRecord;
  records: Record<string, PlainRecord[]>;
}

/** The collections of this version of the app that can refer to a person. */
export function personCollections(): string[] {
  return linkedCollections().filter(isSyncedCollection);
}

/** The records of every collection that refer to the person (not erased), by collection. */
export async function recordsOfPerson(db: DeclicDatabase, personId: string): Promise<Record<string, PlainRecord[]>> {
  const mentions = async (collection: string) => {
    const records = await listRecords(db, collection);
    return [collection, records.filter((record) => erasureFor(record, personId) !== null)] as const;
  };
  return Object.fromEntries(await Promise.all(personCollections().map(mentions)));
}

/**
 * Opens in memory the records that can refer to a person (a file opened next then reads no row). For
 * idle time on the list of files; a failure (the tablet locked meanwhile) is left to the next read.
 */
export async function preparePersonFiles(db: DeclicDatabase): Promise<void> {
  await Promise.all(personCollections().map((collection) => readRows(db, collection))).catch(() => undefined);
}

/** The person's file and everything referring to them, or undefined when the file is unknown or erased. */
export async function personData(db: DeclicDatabase, personId: string): Promise<PersonData | undefined> {
  const beneficiary = await readRecord(db, 'beneficiaries', personId);
  if (!beneficiary || beneficiary.deleted) return undefined;
  return { beneficiary, records: await recordsOfPerson(db, personId) };
}

/**
 * Erases a person's file: their own records get a tombstone, mentions of them are removed, and the file
 * itself is erased last (an interrupted erasure can be run again). Every change is a synced write: it
 * reaches the endpoint and every tablet at their next sync. Returns how many records were changed.
 */
export async function erasePersonFile(db: DeclicDatabase, personId: string): Promise<number> {
  let changed = 0;
  for (const [collection, records] of Object.entries(await recordsOfPerson(db, personId))) {
    for (const record of records) {
      const erasure = erasureFor(record, personId);
      if (!erasure) continue;
      const changes = erasure.kind === 'erase' ? { deleted: true } : erasure.changes;
      if (await writeIgnoringErased(db, collection, record.id, changes)) changed += 1;
    }
  }
  if (await writeIgnoringErased(db, 'beneficiaries', personId, { deleted: true })) changed += 1;
  await clearDraftsOf(db, personId);
  return changed;
}

async function writeIgnoringErased(db: DeclicDatabase, collection: string, id: string, changes: Record<string, unknown>): Promise<boolean> {
  try {
    return (await writeFields(db, collection, id, changes)).length > 0;
  } catch (error) {
    if (error instanceof ErasedRecordError) return false;
    throw error;
  }
}
