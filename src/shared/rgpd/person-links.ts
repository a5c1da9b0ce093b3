// Which synced records belong to a person, and what erasing that person does to each of them.
//
// A record belongs to a person through one of its fields: `beneficiaryId` (a diagnostic, a mandate, an
// orientation, an individual accompagnement, a démarche follow-up…) makes it the person's own.
// `participantIds` (an atelier) and `handedTo` (a pass numérique of the structure's stock) only mention them.
//
// Erasing the person erases their own records, except the activity statistics count (sessions,
// orientations, pass numériques): those stay as anonymous activity, so that a report already sent to a
// funder does not change. In them the person is replaced by a stand-in (an id no file has; on sessions,
// with the birth year and commune statistics read), and their notes and free text are removed.
// The same rule runs on the tablet (export, erasure) and on the endpoint (retention purge).
import type { AnonymousPerson } from '../schema/accompagnement';
import { collections, DELETED_FIELD } from '../schema/collections';

/** Fields that make a record the person's own. */
const OWNER_FIELDS = ['beneficiaryId'] as const;
/** Fields that only mention the person: a single id, or a list of ids. */
const MENTION_FIELDS = ['handedTo', 'participantIds'] as const;
/** Where a session keeps its erased people for statistics. */
const ANONYMOUS_PEOPLE_FIELD = 'anonymousPeople';

/**
 * The collections whose records stay as anonymous activity when their person is erased, and the fields
 * (notes, free text) emptied then.
 */
const ANONYMOUS_ACTIVITY: Record<string, readonly string[]> = {
  accompagnements: ['note'],
  orientations: ['reason'],
  passNumeriques: ['atelier'],
};

/** Who replaces an erased person in the activity that stays: an id no file has, and what statistics read of them. */
export type StandIn = AnonymousPerson;

/** A stand-in for the person whose file had these values, under a new id. */
export function standInFor(id: string, file: Record<string, unknown> | undefined): StandIn {
  const birthYear = file?.birthYear;
  const commune = file?.commune;
  return { id, birthYear: typeof birthYear === 'number' ? birthYear : null, commune: typeof commune === 'string' ? commune : null };
}

/** What erasing the person does to one record: erase it, or write these changes to it. */
export type PersonErasure = { kind: 'erase' } | { kind: 'detach'; changes: Record<string, unknown> };

/** The collections whose records can belong to or mention a person (the bénéficiaires excepted). */
export function linkedCollections(): string[] {
  return Object.entries(collections)
    .filter(([name, spec]) => name !== 'beneficiaries' && [...OWNER_FIELDS, ...MENTION_FIELDS].some((f) => Object.hasOwn(spec.fields, f)))
    .map(([name]) => name);
}

/** True when the values (one record's, field by field) belong to or mention the person. */
export function refersTo(values: Record<string, unknown>, personId: string): boolean {
  return values[DELETED_FIELD] !== true && peopleOf(values).includes(personId);
}

/** True when the record of `collection` stays, without the person, once the person is erased. */
export function staysAsActivity(collection: string): boolean {
  return Object.hasOwn(ANONYMOUS_ACTIVITY, collection);
}

/**
 * What erasing `personId`, replaced by `standIn`, does to a record of `collection` with these values;
 * null when it does not refer to them.
 */
export function erasureFor(collection: string, values: Record<string, unknown>, personId: string, standIn: StandIn): PersonErasure | null {
  if (!refersTo(values, personId)) return null;
  const stays = staysAsActivity(collection);
  if (!stays && OWNER_FIELDS.some((field) => values[field] === personId)) return { kind: 'erase' };
  const replacement = stays ? standIn.id : null;
  const changes: Record<string, unknown> = {};
  for (const field of [...OWNER_FIELDS, ...MENTION_FIELDS]) {
    const value = values[field];
    if (value === personId) changes[field] = replacement;
    if (Array.isArray(value) && value.includes(personId)) {
      changes[field] = stays ? value.map((id) => (id === personId ? standIn.id : id)) : value.filter((id) => id !== personId);
    }
  }
  if (!stays) return { kind: 'detach', changes };
  for (const field of ANONYMOUS_ACTIVITY[collection] ?? []) if (values[field] != null) changes[field] = null;
  if (Object.hasOwn(collections[collection as keyof typeof collections]?.fields ?? {}, ANONYMOUS_PEOPLE_FIELD)) {
    const kept = Array.isArray(values[ANONYMOUS_PEOPLE_FIELD]) ? (values[ANONYMOUS_PEOPLE_FIELD] as StandIn[]) : [];
    changes[ANONYMOUS_PEOPLE_FIELD] = [...kept.filter((p) => p.id !== standIn.id), standIn];
  }
  return { kind: 'detach', changes };
}

/** The ids of the people a record belongs to or mentions. */
export function peopleOf(values: Record<string, unknown>): string[] {
  const ids: string[] = [];
  for (const field of [...OWNER_FIELDS, ...MENTION_FIELDS]) {
    const value = values[field];
    if (typeof value === 'string') ids.push(value);
    if (Array.isArray(value)) ids.push(...value.filter((v): v is string => typeof v === 'string'));
  }
  return ids;
}
