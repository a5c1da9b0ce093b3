// Local content on the device: partners of the territory and notes under national démarches, written by a
// coordinateur or an admin, read by every aidant. Synced records, never part of the content pack: a pack
// update leaves them as they are.
import {
  localNotesCollection,
  localPartnersCollection,
  workshopsCollection,
  type LocalNoteValues,
  type LocalPartnerValues,
  type WorkshopValues,
} from '../../shared/schema/local-content';
import { uuidv7 } from '../../shared/schema/ids';
import type { DeclicDatabase } from './database';
import { recordView, type ViewRecord } from './record-views';
import { listRecords, writeFields, type SeenStamps } from './records-repository';

const partners = recordView('localPartners', localPartnersCollection);
const notes = recordView('localNotes', localNotesCollection);
const workshops = recordView('workshops', workshopsCollection);

/** A local partner as views read it. */
export type LocalPartner = ViewRecord<LocalPartnerValues>;
/** A local note as views read it. */
export type LocalNote = ViewRecord<LocalNoteValues>;
/** A workshop of the calendar as views read it. */
export type Workshop = ViewRecord<WorkshopValues>;

/** Who writes: their name, today, and whether the record is for the whole territory (an admin's choice, at creation). */
export interface LocalAuthor {
  author: string;
  updatedOn: string;
  territory: boolean;
}

/** What a partner form gives: the name, and the other fields (null when blank). */
export type LocalPartnerInput = Pick<LocalPartnerValues, 'name'> &
  Partial<Pick<LocalPartnerValues, 'commune' | 'address' | 'hours' | 'phone' | 'appointment' | 'bring' | 'notes'>>;

/** Creates a local partner (id null) or writes the changed fields of one (`seen`: the stamps its form opened with); returns its id. */
export async function saveLocalPartner(
  db: DeclicDatabase,
  id: string | null,
  changes: Partial<LocalPartnerInput>,
  by: LocalAuthor,
  seen: SeenStamps = {},
): Promise<string> {
  const recordId = id ?? uuidv7(db.now());
  const { territory, ...who } = by;
  await writeFields(db, partners.collection, recordId, id === null ? { ...changes, ...who, territory } : { ...changes, ...who }, seen);
  return recordId;
}

/** Creates a note under a démarche (id null) or changes its text (`seen`: the stamps its form opened with); returns its id. */
export async function saveLocalNote(
  db: DeclicDatabase,
  id: string | null,
  changes: { demarcheId?: string; body?: string },
  by: LocalAuthor,
  seen: SeenStamps = {},
): Promise<string> {
  const recordId = id ?? uuidv7(db.now());
  const { territory, ...who } = by;
  await writeFields(db, notes.collection, recordId, id === null ? { ...changes, ...who, territory } : { ...changes, ...who }, seen);
  return recordId;
}

/** Removes a local partner or note everywhere. */
export async function deleteLocalRecord(
  db: DeclicDatabase,
  collection: 'localPartners' | 'localNotes' | 'workshops',
  id: string,
): Promise<void> {
  await writeFields(db, collection, id, { deleted: true });
}

/** Every local partner with a name (a record whose fields are still arriving is left out), by name. */
export async function listLocalPartners(db: DeclicDatabase): Promise<readonly LocalPartner[]> {
  const list = partners.typedList(await listRecords(db, partners.collection));
  return list.filter((p) => p.name !== null).sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'fr'));
}

/** Every local note with a text and a démarche, newest first. */
export async function listLocalNotes(db: DeclicDatabase): Promise<readonly LocalNote[]> {
  const list = notes.typedList(await listRecords(db, notes.collection));
  return list
    .filter((n) => n.body !== null && n.demarcheId !== null)
    .sort((a, b) => (b.updatedOn ?? '').localeCompare(a.updatedOn ?? '') || b.id.localeCompare(a.id));
}

/** The local notes under one démarche, newest first. */
export async function localNotesOf(db: DeclicDatabase, demarcheId: string): Promise<LocalNote[]> {
  return (await listLocalNotes(db)).filter((n) => n.demarcheId === demarcheId);
}

/** What a workshop form gives: title, day and audience, and the other fields (null when blank). */
export type WorkshopInput = Pick<WorkshopValues, 'title' | 'date' | 'audience'> &
  Partial<Pick<WorkshopValues, 'time' | 'place' | 'link' | 'registration'>>;

/** Adds a workshop to the calendar; returns its id. */
export async function saveWorkshop(db: DeclicDatabase, input: WorkshopInput, by: LocalAuthor): Promise<string> {
  const recordId = uuidv7(db.now());
  await writeFields(db, workshops.collection, recordId, { ...input, ...by });
  return recordId;
}

/** The workshops from `fromDay` on (a record whose fields are still arriving is left out), soonest first. */
export async function listWorkshops(db: DeclicDatabase, fromDay: string): Promise<readonly Workshop[]> {
  const list = workshops.typedList(await listRecords(db, workshops.collection));
  return list
    .filter((w) => w.title !== null && w.date !== null && w.audience !== null && w.date >= fromDay)
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || (a.time ?? '').localeCompare(b.time ?? ''));
}

/** One workshop, if it is on the tablet. */
export async function readWorkshop(db: DeclicDatabase, id: string): Promise<Workshop | undefined> {
  return (await listWorkshops(db, '0000-01-01')).find((w) => w.id === id);
}
