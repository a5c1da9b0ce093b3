// Bénéficiaires on the device: create, update, erase, read, list — the pattern every synced feature follows.
import { mergedAway } from '../../shared/rgpd/merged-files';
import { beneficiariesCollection, type BeneficiaryValues } from '../../shared/schema/beneficiary';
import { uuidv7 } from '../../shared/schema/ids';
import type { DeclicDatabase } from './database';
import type { PlainRecord } from './record-state';
import { recordView, type ViewRecord } from './record-views';
import { ErasedRecordError, listRecords, prepareRows, readRecord, writeFields, type SeenStamps } from './records-repository';

const view = recordView('beneficiaries', beneficiariesCollection);
const COLLECTION = view.collection;

/** A bénéficiaire as views read it: a field never set is null. */
export type Beneficiary = ViewRecord<BeneficiaryValues>;

/** What a view may set (the tombstone goes through eraseBeneficiary, a merge through file-merge-repository). */
export type BeneficiaryChanges = Partial<Omit<BeneficiaryValues, 'deleted' | 'mergedInto' | 'distinctFrom'>>;

/** Creates a bénéficiaire with the given values; returns its new id. */
export async function createBeneficiary(db: DeclicDatabase, values: BeneficiaryChanges): Promise<string> {
  const id = uuidv7(db.now());
  await writeFields(db, COLLECTION, id, values);
  return id;
}

/**
 * Changes some values of a bénéficiaire (only the fields that differ become ops); `seen`: the stamps the
 * form opened with (see writeFields).
 */
export async function updateBeneficiary(db: DeclicDatabase, id: string, changes: BeneficiaryChanges, seen?: SeenStamps): Promise<void> {
  await writeFields(db, COLLECTION, id, changes, seen);
}

/** Erases a bénéficiaire: its values leave this device now, and every other one at its next sync. */
export async function eraseBeneficiary(db: DeclicDatabase, id: string): Promise<void> {
  await writeFields(db, COLLECTION, id, { deleted: true });
}

/**
 * Records a contact with the person on `date` ("YYYY-MM-DD"): any activity calls it. The last contact
 * only moves forward; an erased or unknown person is left alone. Returns true when it changed.
 */
export async function touchLastContact(db: DeclicDatabase, beneficiaryId: string, date: string): Promise<boolean> {
  const current = await getBeneficiary(db, beneficiaryId);
  if (!current || (current.lastContactOn !== null && current.lastContactOn >= date)) return false;
  try {
    return (await writeFields(db, COLLECTION, beneficiaryId, { lastContactOn: date })).length > 0;
  } catch (error) {
    // Erased on another tablet between the read and the write: nothing to record.
    if (error instanceof ErasedRecordError) return false;
    throw error;
  }
}

/** One bénéficiaire, or undefined when unknown or erased. */
export async function getBeneficiary(db: DeclicDatabase, id: string): Promise<Beneficiary | undefined> {
  const record = await readRecord(db, COLLECTION, id);
  return record && !record.deleted ? view.typed(record) : undefined;
}

/** Opens the files `ids` in memory ahead of their opening (those the list shows): they then open at once. */
export function prepareBeneficiaries(db: DeclicDatabase, ids: readonly string[]): Promise<void> {
  return prepareRows(db, COLLECTION, ids);
}

/**
 * The bénéficiaires of the device, by last name then first name; a file merged into another (a merged
 * duplicate's tombstone, see file-merge-repository.ts) is not a person of its own and is left out.
 */
export async function listBeneficiaries(db: DeclicDatabase): Promise<readonly Beneficiary[]> {
  // The same sorted list for as long as no file changes (thousands of files: the sort is what costs).
  return withoutMerged(view.typedList(await listRecords(db, COLLECTION, { sortedBy: byName })));
}

const peopleLists = new WeakMap<readonly Beneficiary[], readonly Beneficiary[]>();

/** The list without the merged files: the same list while no file changes (views memoise on it). */
function withoutMerged(files: readonly Beneficiary[]): readonly Beneficiary[] {
  let people = peopleLists.get(files);
  if (!people) {
    const away = files.some((file) => file.mergedInto) ? mergedAway(files) : new Map<string, string>();
    people = away.size === 0 ? files : Object.freeze(files.filter((file) => !away.has(file.id)));
    peopleLists.set(files, people);
  }
  return people;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

function byName(a: PlainRecord, b: PlainRecord): number {
  const [x, y] = [view.typed(a), view.typed(b)];
  return collator.compare(x.lastName ?? '', y.lastName ?? '') || collator.compare(x.firstName ?? '', y.firstName ?? '');
}
