// What an import writes to one local partner: all of it when new; when the directory's `date_maj` is newer
// than the one imported last, the fields nobody changed since that import; nothing otherwise. A field edited
// on a tablet after the import (its value differs from the value the import wrote, kept in `importedValues`)
// is left as the person wrote it, whatever the directory says now. Pure: the endpoint and the app share it.
import { importedPartnerFields, type ImportedPartnerField } from '../schema/local-content';
import type { ImportedPartner } from './imported-partner';

/** A local partner as stored: its current values, field by field (absent: never written), and whether it was erased. */
export interface StoredPartner {
  deleted: boolean;
  fields: Readonly<Record<string, unknown>>;
}

/** Who imports, and for whom: written with the values (`territory` once, when the partner is made). */
export interface ImportAuthor {
  author: string;
  updatedOn: string;
  territory: boolean;
}

/** `erased`: someone removed the partner; an import does not bring it back. */
export type UpsertOutcome = 'added' | 'updated' | 'unchanged' | 'erased';

/** The fields to write, and the fields kept because a person changed them while the directory changed them too. */
export interface UpsertPlan {
  outcome: UpsertOutcome;
  changes: Record<string, unknown>;
  keptEdits: ImportedPartnerField[];
}

const FIELDS = Object.keys(importedPartnerFields) as ImportedPartnerField[];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The values as `importedValues` keeps them: the fields the directory filled. */
function snapshot(incoming: ImportedPartner): Record<string, unknown> {
  return Object.fromEntries(FIELDS.filter((f) => incoming.values[f] !== null).map((f) => [f, incoming.values[f]]));
}

/** Decides what importing `incoming` writes over `stored` (undefined: no such record yet). */
export function planUpsert(stored: StoredPartner | undefined, incoming: ImportedPartner, by: ImportAuthor): UpsertPlan {
  if (stored?.deleted) return { outcome: 'erased', changes: {}, keptEdits: [] };
  const origin = { source: incoming.source, sourceId: incoming.sourceId, sourceUpdatedOn: incoming.updatedOn };
  const imported = snapshot(incoming);
  if (!stored || stored.fields.name === undefined || stored.fields.name === null) {
    return { outcome: 'added', changes: { ...imported, ...origin, importedValues: imported, ...by }, keptEdits: [] };
  }
  const last = typeof stored.fields.sourceUpdatedOn === 'string' ? stored.fields.sourceUpdatedOn : '';
  if (incoming.updatedOn <= last) return { outcome: 'unchanged', changes: {}, keptEdits: [] };
  const before = (stored.fields.importedValues ?? {}) as Record<string, unknown>;
  const changes: Record<string, unknown> = {};
  const keptEdits: ImportedPartnerField[] = [];
  for (const field of FIELDS) {
    const current = stored.fields[field];
    const next = incoming.values[field];
    if (!same(current, before[field])) {
      if (!same(next, before[field])) keptEdits.push(field);
      continue;
    }
    if (!same(current, next)) changes[field] = next;
  }
  const { author, updatedOn } = by;
  return {
    outcome: 'updated',
    changes: { ...changes, sourceUpdatedOn: incoming.updatedOn, importedValues: imported, author, updatedOn },
    keptEdits,
  };
}
