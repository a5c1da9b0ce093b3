// Which synced records belong to a person, and what erasing that person does to each of them.
//
// A record belongs to a person through one of its fields: `beneficiaryId` (a diagnostic, a mandate, an
// orientation, an individual accompagnement, a démarche follow-up…) makes it the person's own: it is
// erased with them. `participantIds` (an atelier) and `handedTo` (a pass numérique of the structure's
// stock) only mention them: the mention is removed, the record stays for the structure.
// The same rule runs on the tablet (export, erasure) and on the endpoint (retention purge).
import { collections, DELETED_FIELD } from '../schema/collections';

/** Fields that make a record the person's own. */
const OWNER_FIELDS = ['beneficiaryId'] as const;
/** Fields that only mention the person: a single id, or a list of ids. */
const MENTION_FIELDS = ['handedTo', 'participantIds'] as const;

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
  return erasureFor(values, personId) !== null;
}

/** What erasing `personId` does to a record with these values; null when it does not refer to them. */
export function erasureFor(values: Record<string, unknown>, personId: string): PersonErasure | null {
  if (values[DELETED_FIELD] === true) return null;
  if (OWNER_FIELDS.some((field) => values[field] === personId)) return { kind: 'erase' };
  const changes: Record<string, unknown> = {};
  for (const field of MENTION_FIELDS) {
    const value = values[field];
    if (value === personId) changes[field] = null;
    if (Array.isArray(value) && value.includes(personId)) changes[field] = value.filter((id) => id !== personId);
  }
  return Object.keys(changes).length > 0 ? { kind: 'detach', changes } : null;
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
