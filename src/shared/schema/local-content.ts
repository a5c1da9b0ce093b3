// Local content kept by the territory: partners and notes on a national démarche, written on the tablets by a
// coordinateur (for their structure) or an admin (for the whole territory), synced as records, layered over
// the national content pack. No personal data about a bénéficiaire goes here: it is read by every aidant.
import * as z from 'zod/mini';
import {
  boundedText,
  contentRef,
  deletedField,
  isoDate,
  optionalDate,
  textField,
  type CollectionSpec,
  type FieldSpec,
  type FieldValues,
} from './fields';

/** Most characters of a local note or of a partner's notes (Markdown). */
export const LOCAL_MARKDOWN_MAX = 4000;

/** Who wrote a record and when it was last changed: shown under it. */
const authorship = {
  /** The name of the coordinateur or admin who last wrote it (an aidant's name, never a bénéficiaire's). */
  author: { schema: boundedText(100).check(z.minLength(1)), maxLength: 100 },
  updatedOn: { schema: isoDate },
  /**
   * True: written by an admin for the territory, pulled by every structure (the endpoint keeps it in the
   * territory log); false: a structure's own. Set once, when the record is made.
   */
  territory: { schema: z.boolean() },
};

/** The open data directories a partner can be imported from (src/shared/directory). */
export const directorySources = ['lieux', 'data-inclusion'] as const;
export type DirectorySource = (typeof directorySources)[number];

/** Most items of a partner's list of services or of ways of being helped, and most characters of each. */
export const PARTNER_LIST_MAX = 30;
export const PARTNER_LIST_ITEM_MAX = 200;
const partnerList = z.nullable(z.array(boundedText(PARTNER_LIST_ITEM_MAX)).check(z.maxLength(PARTNER_LIST_MAX)));

/** The fields of a local partner an import writes, with their bounds: one place for the schema and the parsers. */
export const importedPartnerFields = {
  name: { schema: boundedText(120).check(z.minLength(1)), maxLength: 120 },
  commune: textField(100),
  postalCode: { schema: z.nullable(z.string().check(z.regex(/^\d{5}$/))) },
  address: textField(200),
  phone: textField(40),
  email: textField(200),
  website: textField(300),
  /** The hours in OpenStreetMap's opening_hours syntax, as the directory gives them (shown in plain French). */
  openingHours: textField(500),
  /** How to get an appointment. */
  appointment: textField(300),
  /** What the place offers (the directory's words). */
  services: { schema: partnerList },
  /** How the public is helped there: alone, one to one, in a group, from a distance. */
  modalities: { schema: partnerList },
  /** Markdown, rendered by the same safe renderer as the guides. */
  notes: { ...textField(LOCAL_MARKDOWN_MAX), freeText: true },
} satisfies Record<string, FieldSpec>;

export type ImportedPartnerField = keyof typeof importedPartnerFields;

/**
 * The values the last import wrote, field by field: a field whose value differs from it was edited on a
 * tablet since, and a new import leaves it as it is (src/shared/directory/partner-upsert.ts).
 */
const importedValuesSchema = z.nullable(
  z.strictObject(
    Object.fromEntries(Object.entries(importedPartnerFields).map(([k, f]) => [k, z.optional(z.nullable(f.schema))])) as {
      [K in ImportedPartnerField]: z.ZodMiniOptional<z.ZodMiniNullable<(typeof importedPartnerFields)[K]['schema']>>;
    },
  ),
);

/** The `localPartners` collection: a place of the territory that receives the public. */
export const localPartnersCollection = {
  fields: {
    ...importedPartnerFields,
    hours: textField(300),
    /** What to bring. */
    bring: textField(500),
    /** The open data directory it was imported from (null: typed on a tablet). */
    source: { schema: z.nullable(z.enum(directorySources)) },
    /** Its id in that directory. */
    sourceId: textField(200),
    /** The directory's `date_maj` of the values imported last: an import of an older or equal one changes nothing. */
    sourceUpdatedOn: { schema: optionalDate },
    importedValues: { schema: importedValuesSchema },
    ...authorship,
    deleted: deletedField,
  },
} satisfies CollectionSpec;

/** The `localNotes` collection: a local word under a national démarche ("À Nérac, la CAF reçoit le mardi"). */
export const localNotesCollection = {
  fields: {
    demarcheId: { schema: contentRef },
    /** Markdown, rendered by the same safe renderer as the guides. */
    body: { schema: boundedText(LOCAL_MARKDOWN_MAX).check(z.minLength(1)), maxLength: LOCAL_MARKDOWN_MAX, freeText: true },
    ...authorship,
    deleted: deletedField,
  },
} satisfies CollectionSpec;

/** Whom a workshop of the calendar is for: the aidants (the « jeudis de l'inclusion numérique ») or the public. */
export const workshopAudiences = ['aidants', 'public'] as const;
export type WorkshopAudience = (typeof workshopAudiences)[number];

/** The `workshops` collection: the territory's coming workshops, for aidants or for the public (no personal data). */
export const workshopsCollection = {
  fields: {
    title: { schema: boundedText(120).check(z.minLength(1)), maxLength: 120 },
    /** The day it takes place. */
    date: { schema: isoDate },
    /** When in the day, as said: « 14 h – 16 h 30 ». */
    time: textField(40),
    audience: { schema: z.enum(workshopAudiences) },
    /** Where: an address, or « en ligne ». */
    place: textField(200),
    /** The link of an online workshop. */
    link: textField(300),
    /** Whom to register with, and how. */
    registration: textField(300),
    ...authorship,
    deleted: deletedField,
  },
} satisfies CollectionSpec;

/** The collections of local content: only a coordinateur or an admin writes them. */
export const LOCAL_CONTENT_COLLECTIONS: readonly string[] = ['localPartners', 'localNotes', 'workshops'];

/** The field that says a local record belongs to the whole territory. */
export const TERRITORY_FIELD = 'territory';

export type LocalPartnerValues = FieldValues<typeof localPartnersCollection.fields>;
export type LocalNoteValues = FieldValues<typeof localNotesCollection.fields>;
export type WorkshopValues = FieldValues<typeof workshopsCollection.fields>;
