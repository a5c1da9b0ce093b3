// Local content kept by the territory: partners and notes on a national démarche, written on the tablets by a
// coordinateur (for their structure) or an admin (for the whole territory), synced as records, layered over
// the national content pack. No personal data about a bénéficiaire goes here: it is read by every aidant.
import * as z from 'zod/mini';
import { boundedText, contentRef, deletedField, isoDate, textField, type CollectionSpec, type FieldValues } from './fields';

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

/** The `localPartners` collection: a place of the territory that receives the public. */
export const localPartnersCollection = {
  fields: {
    name: { schema: boundedText(120).check(z.minLength(1)), maxLength: 120 },
    commune: textField(100),
    address: textField(200),
    hours: textField(300),
    phone: textField(40),
    /** How to get an appointment. */
    appointment: textField(300),
    /** What to bring. */
    bring: textField(500),
    /** Markdown, rendered by the same safe renderer as the guides. */
    notes: { ...textField(LOCAL_MARKDOWN_MAX), freeText: true },
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
