// Mandates on the device: create, revoke one family or the whole mandate, list per person or all (for the
// expiry warnings). Mandates signed before issue 17 read as families and days (shared/mandate/terms.ts);
// their first revocation writes those fields too.
import * as z from 'zod/mini';
import { uuidv7 } from '../../shared/schema/ids';
import { mandateTerms, migratedFields, type MandateTerms } from '../../shared/mandate/terms';
import {
  familyRevocationField,
  mandateDurations,
  mandatesCollection,
  type MandateDays,
  type MandateFamily,
} from '../../shared/schema/mandate';
import type { DeclicDatabase } from './database';
import type { PlainRecord } from './record-state';
import { listRecords, readRecord, writeFields } from './records-repository';

const COLLECTION = 'mandates';
const { fields } = mandatesCollection;

// The fields every mandate has, whichever app made it; the terms come from mandateTerms.
const common = z.object({
  id: z.string(),
  beneficiaryId: fields.beneficiaryId.schema,
  startOn: fields.startOn.schema,
  revokedOn: fields.revokedOn.schema,
  aidantName: fields.aidantName.schema,
  demarcheIds: z.nullable(fields.demarcheIds.schema),
  duration: z.nullable(z.enum(mandateDurations)),
});

/** A mandate as views read it: its terms, and the legacy démarches and duration of one signed before issue 17. */
export type Mandate = z.infer<typeof common> & MandateTerms;

/** The mandate, or undefined while its fields are still arriving (a sync cut in the middle) or when erased. */
function asMandate(record: PlainRecord): Mandate | undefined {
  if (record.deleted) return undefined;
  const parsed = common.safeParse(record);
  const terms = mandateTerms(record);
  return parsed.success && terms ? { ...parsed.data, ...terms } : undefined;
}

/** What a new mandate holds. */
export interface NewMandate {
  beneficiaryId: string;
  families: MandateFamily[];
  durationDays: MandateDays;
  startOn: string;
  aidantName: string | null;
  templateVersion: number;
}

/** Records a new mandate; returns its id. */
export async function createMandate(db: DeclicDatabase, values: NewMandate): Promise<string> {
  const id = uuidv7(db.now());
  await writeFields(db, COLLECTION, id, { ...values, revokedOn: null });
  return id;
}

/** Writes `changes` to a mandate, with the new fields a legacy one still lacks. */
async function editMandate(db: DeclicDatabase, id: string, changes: Record<string, unknown>): Promise<void> {
  const record = await readRecord(db, COLLECTION, id);
  await writeFields(db, COLLECTION, id, { ...(record ? migratedFields(record) : {}), ...changes });
}

/** Revokes the whole mandate from `date` ("YYYY-MM-DD"). */
export async function revokeMandate(db: DeclicDatabase, id: string, date: string): Promise<void> {
  await editMandate(db, id, { revokedOn: date });
}

/** Revokes one family of the mandate from `date`, the others staying in force. */
export async function revokeFamily(db: DeclicDatabase, id: string, family: MandateFamily, date: string): Promise<void> {
  await editMandate(db, id, { [familyRevocationField(family)]: date });
}

/** One mandate, or undefined when unknown or erased. */
export async function getMandate(db: DeclicDatabase, id: string): Promise<Mandate | undefined> {
  const record = await readRecord(db, COLLECTION, id);
  return record && asMandate(record);
}

/** Every mandate of the device, most recent start first. */
export async function listMandates(db: DeclicDatabase): Promise<Mandate[]> {
  const records = await listRecords(db, COLLECTION);
  return records
    .map(asMandate)
    .filter((m) => m !== undefined)
    .sort((a, b) => (a.startOn < b.startOn ? 1 : a.startOn > b.startOn ? -1 : 0));
}

/** The mandates of one person, most recent start first. */
export async function listMandatesOf(db: DeclicDatabase, beneficiaryId: string): Promise<Mandate[]> {
  return (await listMandates(db)).filter((m) => m.beneficiaryId === beneficiaryId);
}
