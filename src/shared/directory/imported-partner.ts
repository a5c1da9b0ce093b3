// A partner read from an open data directory, before it becomes a local partner: its values, its source and
// id there, its `date_maj`; and the lines refused, each with its reason in French.
import { isCalendarDate } from '../schema/fields';
import {
  importedPartnerFields,
  PARTNER_LIST_MAX,
  type DirectorySource,
  type ImportedPartnerField,
  type LocalPartnerValues,
} from '../schema/local-content';

/** The values an import writes (null: the directory says nothing). */
export type ImportedValues = { name: string } & { [K in Exclude<ImportedPartnerField, 'name'>]: LocalPartnerValues[K] | null };

/** One place of the directory, ready to be written. */
export interface ImportedPartner {
  /** The line of the file it was read from. */
  line: number;
  source: DirectorySource;
  sourceId: string;
  /** The directory's `date_maj` (for data·inclusion, the latest of the structure's and its services'). */
  updatedOn: string;
  values: ImportedValues;
}

/** A line of the file not imported, and why. */
export interface RefusedLine {
  line: number;
  reason: string;
}

/** What a directory file gives: the places to write, the lines refused, and how many places were outside the zone. */
export interface ParsedDirectory {
  source: DirectorySource;
  partners: ImportedPartner[];
  refused: RefusedLine[];
  outOfZone: number;
}

/** A file that cannot be read at all (not CSV, not JSON, a column missing): nothing is imported. */
export class DirectoryFileError extends Error {}

/** A row refused: thrown by the readers of one row, caught with its line. */
export class RowError extends Error {}

/** A text cell trimmed, null when blank. */
export function cell(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.replace(/\r\n?/g, '\n').trim();
  return trimmed === '' ? null : trimmed;
}

/** A required cell, or a RowError naming the column. */
export function requiredCell(value: unknown, column: string): string {
  const text = cell(value);
  if (text === null) throw new RowError(`champ obligatoire « ${column} » vide`);
  return text;
}

/** `date_maj` as YYYY-MM-DD (a date-time keeps its day), or a RowError. */
export function updateDate(value: unknown): string {
  const text = requiredCell(value, 'date_maj');
  const day = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text)?.[1];
  if (!day || !isCalendarDate(day)) throw new RowError(`date_maj invalide : « ${text} » (date AAAA-MM-JJ attendue)`);
  return day;
}

/** A postal code of five digits, or a RowError (null when blank and not required). */
export function postalCode(value: unknown, required: boolean): string | null {
  const text = required ? requiredCell(value, 'code_postal') : cell(value);
  if (text !== null && !/^\d{5}$/.test(text)) throw new RowError(`code_postal invalide : « ${text} » (5 chiffres attendus)`);
  return text;
}

/** A French number as people read it (+33553123456 → 05 53 12 34 56); any other number as given. */
export function phoneNumber(value: unknown): string | null {
  const text = cell(value);
  const national = text && /^\+33(\d{9})$/.exec(text.replace(/[\s.]/g, ''))?.[1];
  return national ? `0${national}`.replace(/(\d{2})(?=\d)/g, '$1 ') : text;
}

/** The values of a `|`-separated list cell, blank ones left out. */
export function listCell(value: unknown): string[] {
  return (cell(value) ?? '')
    .split('|')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A list for a partner's field: null when empty, each item once, the first PARTNER_LIST_MAX (a France Travail agency lists dozens of services). */
export const listOrNull = (items: string[]): string[] | null =>
  items.length === 0 ? null : [...new Set(items)].slice(0, PARTNER_LIST_MAX);

/** A description cut at `max` characters (on a space, with « … ») rather than the place refused for it. */
export function clipped(text: string | null, max: number): string | null {
  if (text === null || text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** The column a field comes from, for the reasons given in French. */
export type ColumnNames = Record<ImportedPartnerField, string>;

/** Checks each value against its field's schema; a RowError names the column and what is wrong. */
export function checkedValues(values: ImportedValues, columns: ColumnNames): ImportedValues {
  for (const [field, spec] of Object.entries(importedPartnerFields) as [ImportedPartnerField, { schema: unknown; maxLength?: number }][]) {
    const value = values[field];
    if (value === null) continue;
    const schema = importedPartnerFields[field].schema;
    if (schema.safeParse(value).success) continue;
    const column = columns[field];
    if (spec.maxLength !== undefined && typeof value === 'string' && value.length > spec.maxLength) {
      throw new RowError(`« ${column} » trop long (${spec.maxLength} caractères au plus)`);
    }
    throw new RowError(`« ${column} » refusé (caractère interdit ou liste trop longue)`);
  }
  return values;
}

/** Keeps the first row of each id: a second one is refused, with the line of the first. */
export function firstOfEachId(partners: ImportedPartner[], refused: RefusedLine[]): ImportedPartner[] {
  const seen = new Map<string, number>();
  return partners.filter((p) => {
    const first = seen.get(p.sourceId);
    if (first !== undefined) refused.push({ line: p.line, reason: `identifiant « ${p.sourceId} » déjà présent ligne ${first}` });
    else seen.set(p.sourceId, p.line);
    return first === undefined;
  });
}
