// Mandates on the device: create, revoke, list per person or all (for the expiry warnings).
import { uuidv7 } from '../../shared/schema/ids';
import { mandatesCollection, type MandateValues } from '../../shared/schema/mandate';
import type { DeclicDatabase } from './database';
import { completeRecords } from './record-views';
import { listRecords, readRecord, writeFields } from './records-repository';

const COLLECTION = 'mandates';
// A mandate whose fields are still arriving (a sync cut in the middle) is not shown until complete.
const complete = completeRecords(mandatesCollection);

/** A mandate as views read it. */
export type Mandate = MandateValues & { id: string };

/** What a new mandate holds. */
export type NewMandate = Omit<MandateValues, 'deleted' | 'revokedOn'>;

/** Records a new mandate; returns its id. */
export async function createMandate(db: DeclicDatabase, values: NewMandate): Promise<string> {
  const id = uuidv7(db.now());
  await writeFields(db, COLLECTION, id, { ...values, revokedOn: null });
  return id;
}

/** Revokes a mandate from `date` ("YYYY-MM-DD"). */
export async function revokeMandate(db: DeclicDatabase, id: string, date: string): Promise<void> {
  await writeFields(db, COLLECTION, id, { revokedOn: date });
}

/** One mandate, or undefined when unknown or erased. */
export async function getMandate(db: DeclicDatabase, id: string): Promise<Mandate | undefined> {
  const record = await readRecord(db, COLLECTION, id);
  return record && !record.deleted ? complete(record) : undefined;
}

/** Every mandate of the device, most recent start first. */
export async function listMandates(db: DeclicDatabase): Promise<Mandate[]> {
  const records = await listRecords(db, COLLECTION);
  return records
    .map(complete)
    .filter((m) => m !== undefined)
    .sort((a, b) => (a.startOn < b.startOn ? 1 : a.startOn > b.startOn ? -1 : 0));
}

/** The mandates of one person, most recent start first. */
export async function listMandatesOf(db: DeclicDatabase, beneficiaryId: string): Promise<Mandate[]> {
  return (await listMandates(db)).filter((m) => m.beneficiaryId === beneficiaryId);
}
