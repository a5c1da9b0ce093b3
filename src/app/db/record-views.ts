// Plain records read as their collection's types: typed from the collection's field schemas (the values
// went through them when merged), or parsed whole where a view needs every field set.
import * as z from 'zod/mini';
import { collections, type FieldSpec } from '../../shared/schema/collections';
import type { FieldValues } from '../../shared/schema/fields';
import { recordIdSchema } from '../../shared/schema/ids';
import type { ConflictValue, PlainRecord } from './record-state';

/** A record as views read it: each value typed from its field's schema (null when never set), and its conflicts. */
export type ViewRecord<V> = { [K in keyof V]: V[K] | null } & {
  id: string;
  deleted: boolean;
  conflicts: Partial<Record<keyof V, ConflictValue[]>>;
};

/** How the plain records of one collection are typed. */
export interface RecordView<F extends Record<string, FieldSpec>> {
  collection: string;
  /** The record with its values typed: the same object (shared, frozen lists stay as they are). */
  typed(record: PlainRecord): ViewRecord<FieldValues<F>>;
  /** A list of records with their values typed: the same list. */
  typedList(records: readonly PlainRecord[]): readonly ViewRecord<FieldValues<F>>[];
}

/**
 * The typed view of `collection`, whose fields are `spec`'s. Throws at once when `spec` is not the
 * collection's: the types would then describe another collection's values.
 */
export function recordView<F extends Record<string, FieldSpec>>(collection: string, spec: { fields: F }): RecordView<F> {
  if (collections[collection] !== spec) throw new Error(`Les champs donnés ne sont pas ceux de la collection ${collection}.`);
  // No parse: every value went through its field's schema when it was merged into the row (mergeWrite),
  // and a field never set reads null, which is what the type says. Parsing again would copy each record
  // of lists of thousands, on every read, and break the shared lists the views memoise on.
  const typed = (record: PlainRecord) => record as ViewRecord<FieldValues<F>>;
  const typedList = (records: readonly PlainRecord[]) => records as readonly ViewRecord<FieldValues<F>>[];
  return { collection, typed, typedList };
}

/** The schemas of a collection's fields, by field name. */
export function fieldSchemas<F extends Record<string, FieldSpec>>(fields: F): { [K in keyof F]: F[K]['schema'] } {
  const schemas = Object.fromEntries(Object.entries(fields).map(([name, spec]) => [name, spec.schema]));
  // Object.fromEntries forgets the keys; they are exactly F's, each mapped to its own schema.
  return schemas as { [K in keyof F]: F[K]['schema'] };
}

/**
 * A parser of whole records: the record with every field holding a valid value (not null unless its
 * schema allows it), or undefined (a record whose fields are still arriving from a cut sync).
 */
export function completeRecords<F extends Record<string, FieldSpec>>(spec: { fields: F }) {
  const schema = z.object({ id: recordIdSchema, ...fieldSchemas(spec.fields) });
  return (record: PlainRecord) => {
    const parsed = schema.safeParse(record);
    return parsed.success ? parsed.data : undefined;
  };
}
