// Pure operations on one stored record: merge an op into it, erase it, read it as a plain object.
import { mergeField, visibleConflicts } from '../../shared/merge';
import { collections, DELETED_FIELD, fieldSpec } from '../../shared/schema/collections';
import type { Op } from '../../shared/schema/sync';
import type { RecordRow } from './database';

/** A value that lost to a concurrent edit, kept for the aidant to choose. */
export interface ConflictValue {
  value: unknown;
  hlc: string;
}

/** A record as views read it: its values by field, and the conflicting values of its free-text fields. */
export type PlainRecord = { id: string; conflicts: Record<string, ConflictValue[]> } & Record<string, unknown>;

/** The part of an op that the record keeps. */
export type FieldWrite = Pick<Op, 'field' | 'value' | 'hlc' | 'base'>;

/** An empty record of the structure. */
export function newRecordRow(id: string, structureId: string, at: number): RecordRow {
  return { id, structureId, fields: {}, updatedAt: at };
}

/** True once the record's tombstone is set: it has no values any more, for good. */
export function isErased(row: Pick<RecordRow, 'fields'>): boolean {
  return row.fields[DELETED_FIELD]?.winner.value === true;
}

/**
 * Merges one write into `row` (in place). Writes to unknown fields, invalid values and writes to an
 * erased record are ignored; returns false for those.
 */
export function mergeWrite(row: RecordRow, collection: string, write: FieldWrite): boolean {
  const spec = fieldSpec(collection, write.field);
  if (!spec || !spec.schema.safeParse(write.value).success) return false;
  if (isErased(row) && write.field !== DELETED_FIELD) return false;
  const stamped = { value: write.value, hlc: write.hlc, base: write.base ?? null };
  row.fields[write.field] = mergeField(row.fields[write.field], stamped, write.field, { freeText: spec.freeText });
  if (isErased(row)) eraseValues(row);
  return true;
}

/** Drops every value but the tombstone, as the endpoint does: an erased record keeps nothing personal. */
export function eraseValues(row: RecordRow): void {
  for (const field of Object.keys(row.fields)) if (field !== DELETED_FIELD) delete row.fields[field];
}

// The stamp of each field's value, by plain object: kept beside the object (not in it) so that exports,
// copies and comparisons of records see only their values.
const stampsByRecord = new WeakMap<object, Readonly<Record<string, string>>>();

/**
 * The stamp of each value of a record read through toPlainRecord (or of an object made from one and given
 * its stamps by keepStamps): what a form keeps as its base. Null for an object of unknown origin (a copy
 * made elsewhere): the write then takes the stamps the tablet holds, as before forms kept a base.
 */
export function stampsOf(record: object): Readonly<Record<string, string>> | null {
  return stampsByRecord.get(record) ?? null;
}

/** Gives `copy` (an object made from a plain record) the stamps of `row`'s values. */
export function keepStamps<T extends object>(copy: T, row: RecordRow): T {
  const stamps: Record<string, string> = {};
  for (const [field, state] of Object.entries(row.fields)) stamps[field] = state.winner.hlc;
  stampsByRecord.set(copy, Object.freeze(stamps));
  return copy;
}

/** The record as a plain object: every field of the collection (its initial value, or null, when never set), and its conflicts. */
export function toPlainRecord(row: RecordRow, collection: string): PlainRecord {
  const plain: PlainRecord = keepStamps({ id: row.id, conflicts: {} }, row);
  for (const [field, spec] of Object.entries(collections[collection]?.fields ?? {})) {
    const state = row.fields[field];
    plain[field] = state ? state.winner.value : field === DELETED_FIELD ? false : (spec.initial ?? null);
    const conflicts = state ? visibleConflicts(state) : [];
    if (conflicts.length > 0) plain.conflicts[field] = conflicts.map(({ value, hlc }) => ({ value, hlc }));
  }
  return plain;
}

/** True when two field values are the same (values are JSON). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
