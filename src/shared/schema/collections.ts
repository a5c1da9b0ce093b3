// The synced collections: which fields each has, how each is validated, which are personal or free text.
import * as z from 'zod/mini';

/** How one synced field is validated and treated. */
export interface FieldSpec {
  schema: z.ZodMiniType;
  /** Personal data: encrypted at rest on the tablet, erased from the log with the record. */
  personal?: boolean;
  /** Free text: a concurrent edit that loses is kept in the record's conflicts. */
  freeText?: boolean;
}

/** A synced collection: its fields by name. Every collection also has `deleted`. */
export interface CollectionSpec {
  fields: Record<string, FieldSpec>;
}

const shortText = (max: number) => z.nullable(z.string().check(z.maxLength(max)));
const currentYear = new Date().getUTCFullYear();

/** Bénéficiaires: the people helped. Minimal data, never a NIR. */
const beneficiaries: CollectionSpec = {
  fields: {
    firstName: { schema: shortText(100), personal: true },
    lastName: { schema: shortText(100), personal: true },
    birthYear: { schema: z.nullable(z.int().check(z.gte(1900), z.lte(currentYear + 1))), personal: true },
    commune: { schema: shortText(100), personal: true },
    phone: { schema: shortText(40), personal: true },
    email: { schema: shortText(200), personal: true },
    notes: { schema: shortText(20000), personal: true, freeText: true },
    deleted: { schema: z.boolean() },
  },
};

/** Every synced collection, by its camelCase plural name. */
export const collections: Record<string, CollectionSpec> = { beneficiaries };

/** The name of the tombstone field every collection has. */
export const DELETED_FIELD = 'deleted';

/** The spec of a field, or undefined when the collection or field is unknown. */
export function fieldSpec(collection: string, field: string): FieldSpec | undefined {
  const spec = Object.hasOwn(collections, collection) ? collections[collection] : undefined;
  return spec && Object.hasOwn(spec.fields, field) ? spec.fields[field] : undefined;
}
