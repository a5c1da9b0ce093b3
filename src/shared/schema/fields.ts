// Building blocks for the synced collections' field specs.
import * as z from 'zod/mini';
import { recordIdSchema } from './ids';

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

/** The values of a collection's fields, typed from their schemas (declare the collection with `satisfies`). */
export type FieldValues<F extends Record<string, FieldSpec>> = { [K in keyof F]: z.infer<F[K]['schema']> };

/** Optional text of at most `max` characters (null clears it). */
export const optionalText = (max: number) => z.nullable(z.string().check(z.maxLength(max)));
/** A calendar date, "YYYY-MM-DD". */
export const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
/** An optional calendar date. */
export const optionalDate = z.nullable(isoDate);
/** A reference to another synced record. */
export const recordRef = recordIdSchema;
/** An optional reference to another synced record. */
export const optionalRef = z.nullable(recordIdSchema);
/** A catalogue id (démarche, partner…). */
export const contentRef = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80));

/** The tombstone every collection has: `true` erases the record everywhere, for good. */
export const deletedField = { schema: z.boolean() } satisfies FieldSpec;
