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
  /** A text field's most characters (the same bound as its schema), for forms to show: see maxLengthOf. */
  maxLength?: number;
  /**
   * What the field reads before anything wrote it (null otherwise). A record started on two tablets
   * writes no status, so that one tablet's start never undoes the other's progress: it reads this.
   */
  initial?: string;
}

/** A synced collection: its fields by name. Every collection also has `deleted`. */
export interface CollectionSpec {
  fields: Record<string, FieldSpec>;
}

/** The values of a collection's fields, typed from their schemas (declare the collection with `satisfies`). */
export type FieldValues<F extends Record<string, FieldSpec>> = { [K in keyof F]: z.infer<F[K]['schema']> };

/**
 * True when both stores keep `text` exactly as given: no NUL (PostgreSQL text cannot hold it) and no
 * half of a surrogate pair (it would be stored as U+FFFD). The rule for every synced text, free text
 * included: such a text is refused, never silently changed, so that every replica holds the same value.
 */
export function isStorableText(text: string): boolean {
  return !/[\0\ud800-\udfff]/u.test(text);
}

/** Text of at most `max` characters that both stores keep as given. */
export const boundedText = (max: number) =>
  z.string().check(z.maxLength(max), z.refine(isStorableText, { message: 'caractère invisible interdit (caractère nul)' }));
/** Optional text of at most `max` characters (null clears it). */
export const optionalText = (max: number) => z.nullable(boundedText(max));
/** The spec of an optional text field of at most `max` characters, its bound readable by forms. */
export const textField = (max: number) => ({ schema: optionalText(max), maxLength: max });

/** Dates stored are within these years: a typo such as 9999 must not make a file never expire. */
export const DATE_YEARS = { first: 1900, last: 2100 } as const;

/** True for a real calendar date "YYYY-MM-DD" (no 2023-02-29, no 2024-13-45) within DATE_YEARS. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < DATE_YEARS.first || year > DATE_YEARS.last || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A calendar date, "YYYY-MM-DD", that exists. */
export const isoDate = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/),
    z.refine(isCalendarDate, { message: `date impossible (entre ${DATE_YEARS.first} et ${DATE_YEARS.last})` }),
  );
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
