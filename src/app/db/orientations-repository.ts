// Orientations on the device: refer a person to a partner, record what came of it, correct its reason,
// read them back.
import { uuidv7 } from '../../shared/schema/ids';
import { orientationsCollection, type OrientationOutcome, type OrientationValues } from '../../shared/schema/orientation';
import { latestRecordFirst } from './accompagnements-repository';
import { touchLastContact } from './beneficiaries-repository';
import type { DeclicDatabase } from './database';
import { recordView, type ViewRecord } from './record-views';
import { listRecords, readRecord, writeFields } from './records-repository';

const view = recordView('orientations', orientationsCollection);
const COLLECTION = view.collection;

/** An orientation as views read it: a field never set is null. */
export type Orientation = ViewRecord<OrientationValues>;

/** What the aidant says when referring a person. */
export type OrientationInput = Pick<OrientationValues, 'beneficiaryId' | 'partnerId' | 'date'> &
  Partial<Pick<OrientationValues, 'reason' | 'demarcheIds'>>;

/** Records a referral, waiting for news; returns its id. */
export async function createOrientation(db: DeclicDatabase, input: OrientationInput): Promise<string> {
  const id = uuidv7(db.now());
  await writeFields(db, COLLECTION, id, { reason: null, demarcheIds: [], ...input, outcome: 'en-attente', outcomeOn: null });
  await touchLastContact(db, input.beneficiaryId, input.date);
  return id;
}

/** Records what came of a referral (and when); "en attente" clears the date. */
export async function setOrientationOutcome(db: DeclicDatabase, id: string, outcome: OrientationOutcome, on: string): Promise<void> {
  await writeFields(db, COLLECTION, id, { outcome, outcomeOn: outcome === 'en-attente' ? null : on });
}

/**
 * Changes the reason given for a referral (null when blank); this resolves the versions kept from a
 * simultaneous edit. `seen`: the stamp of the reason the aidant typed over (see writeFields).
 */
export async function setOrientationReason(db: DeclicDatabase, id: string, reason: string | null, seen?: string | null): Promise<void> {
  await writeFields(db, COLLECTION, id, { reason }, { reason: seen });
}

/** Deletes an orientation everywhere (recorded by mistake). */
export async function eraseOrientation(db: DeclicDatabase, id: string): Promise<void> {
  await writeFields(db, COLLECTION, id, { deleted: true });
}

/** One orientation, or undefined when unknown or deleted. */
export async function getOrientation(db: DeclicDatabase, id: string): Promise<Orientation | undefined> {
  const record = await readRecord(db, COLLECTION, id);
  return record && !record.deleted ? view.typed(record) : undefined;
}

/** Every orientation of the device, latest first. */
export async function listOrientations(db: DeclicDatabase): Promise<readonly Orientation[]> {
  return view.typedList(await listRecords(db, COLLECTION, { sortedBy: latestRecordFirst }));
}

/** A person's orientations, latest first. */
export async function orientationsOf(db: DeclicDatabase, beneficiaryId: string): Promise<Orientation[]> {
  return (await listOrientations(db)).filter((o) => o.beneficiaryId === beneficiaryId);
}
