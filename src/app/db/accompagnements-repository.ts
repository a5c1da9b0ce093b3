// Accompagnements on the device: log a session in a few taps (defaults remembered), an atelier, read them back.
import {
  accompagnementsCollection,
  type AccompagnementValues,
  type SessionMode,
  type SessionPlace,
} from '../../shared/schema/accompagnement';
import { uuidv7 } from '../../shared/schema/ids';
import { touchLastContact } from './beneficiaries-repository';
import type { DeclicDatabase } from './database';
import type { PlainRecord } from './record-state';
import type { RecordOrder } from './record-snapshots';
import { recordView, type ViewRecord } from './record-views';
import { listRecords, readRecord, writeFields, type SeenStamps } from './records-repository';

const view = recordView('accompagnements', accompagnementsCollection);
const COLLECTION = view.collection;
const DEFAULTS_KEY = 'activity.sessionDefaults';

/** An accompagnement as views read it: a field never set is null. */
export type Accompagnement = ViewRecord<AccompagnementValues>;

/** What is prefilled when logging a session: the last place, mode and duration used on this device. */
export interface SessionDefaults {
  place: SessionPlace;
  mode: SessionMode;
  durationMinutes: number;
}

export const firstSessionDefaults: SessionDefaults = { place: 'mairie', mode: 'individuel', durationMinutes: 30 };

/** A session with one person. */
export type SessionInput = Pick<AccompagnementValues, 'date' | 'durationMinutes' | 'place' | 'demarcheIds' | 'operatorIds'> &
  Partial<Pick<AccompagnementValues, 'autonomyObserved' | 'note'>> & { beneficiaryId: string };

/** A group workshop. */
export type AtelierInput = Pick<
  AccompagnementValues,
  'date' | 'durationMinutes' | 'place' | 'participantIds' | 'demarcheIds' | 'operatorIds'
> &
  Partial<Pick<AccompagnementValues, 'theme' | 'note'>>;

/** The defaults remembered on this device (first use: mairie, individuel, 30 min). */
export async function sessionDefaults(db: DeclicDatabase): Promise<SessionDefaults> {
  const stored = (await db.meta.get(DEFAULTS_KEY))?.value as Partial<SessionDefaults> | undefined;
  return { ...firstSessionDefaults, ...(stored ?? {}) };
}

/** Logs a session with one person (their commune at the time is copied for statistics); returns its id. */
export async function logSession(db: DeclicDatabase, input: SessionInput): Promise<string> {
  const id = uuidv7(db.now());
  const person = await readRecord(db, 'beneficiaries', input.beneficiaryId);
  const commune = typeof person?.commune === 'string' ? person.commune : null;
  await writeFields(db, COLLECTION, id, {
    autonomyObserved: null,
    note: null,
    ...input,
    mode: 'individuel',
    participantIds: [],
    commune,
  });
  await touchLastContact(db, input.beneficiaryId, input.date);
  await remember(db, { place: input.place, mode: 'individuel', durationMinutes: input.durationMinutes });
  return id;
}

/** Logs an atelier with its participants; returns its id. */
export async function logAtelier(db: DeclicDatabase, input: AtelierInput): Promise<string> {
  const id = uuidv7(db.now());
  await writeFields(db, COLLECTION, id, {
    theme: null,
    note: null,
    ...input,
    participantIds: [...new Set(input.participantIds)],
    mode: 'atelier',
    beneficiaryId: null,
    autonomyObserved: null,
    commune: null,
  });
  for (const participantId of new Set(input.participantIds)) await touchLastContact(db, participantId, input.date);
  await remember(db, { place: input.place, mode: 'atelier', durationMinutes: input.durationMinutes });
  return id;
}

/** Changes some values of an accompagnement; `seen`: the stamps the form opened with (see writeFields). */
export async function updateAccompagnement(
  db: DeclicDatabase,
  id: string,
  changes: Partial<Omit<AccompagnementValues, 'deleted'>>,
  seen?: SeenStamps,
): Promise<void> {
  await writeFields(db, COLLECTION, id, changes, seen);
}

/** Deletes an accompagnement everywhere (logged by mistake). */
export async function eraseAccompagnement(db: DeclicDatabase, id: string): Promise<void> {
  await writeFields(db, COLLECTION, id, { deleted: true });
}

/** Every accompagnement of the device, latest first. */
export async function listAccompagnements(db: DeclicDatabase): Promise<readonly Accompagnement[]> {
  // The same sorted list until a session changes (a structure logs tens of thousands of them).
  return view.typedList(await listRecords(db, COLLECTION, { sortedBy: latestRecordFirst }));
}

/** The sessions a person took part in (alone or in an atelier), latest first. */
export async function accompagnementsOf(db: DeclicDatabase, beneficiaryId: string): Promise<Accompagnement[]> {
  const all = await listAccompagnements(db);
  return all.filter((a) => a.beneficiaryId === beneficiaryId || (a.participantIds ?? []).includes(beneficiaryId));
}

async function remember(db: DeclicDatabase, defaults: SessionDefaults): Promise<void> {
  await db.meta.put({ key: DEFAULTS_KEY, value: defaults });
}

/** Latest date first; the same day, the latest logged first (ids are time-ordered). Dates and ids are ASCII. */
export function latestFirst(a: { date: string | null; id: string }, b: { date: string | null; id: string }): number {
  return newerFirst(a.date ?? '', a.id, b.date ?? '', b.id);
}

/**
 * latestFirst over stored records of any dated collection (accompagnements, orientations): one function,
 * so that the sorted list is kept (see record-snapshots.ts).
 */
export const latestRecordFirst: RecordOrder = (a, b) => newerFirst(dateOf(a), a.id, dateOf(b), b.id);

const dateOf = (record: PlainRecord) => (typeof record.date === 'string' ? record.date : '');

function newerFirst(x: string, xId: string, y: string, yId: string): number {
  if (x !== y) return x < y ? 1 : -1;
  return xId < yId ? 1 : xId > yId ? -1 : 0;
}
