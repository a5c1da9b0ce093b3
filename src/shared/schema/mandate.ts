// Mandates ("faire pour la personne"): which démarches an aidant may do for a person, from when, for how long.
// Déclic records the mandate; it does not replace the legal service (Aidants Connect).
import * as z from 'zod/mini';
import { contentRef, deletedField, isoDate, optionalDate, recordRef, textField, type CollectionSpec, type FieldValues } from './fields';

/** How long a mandate lasts, as Aidants Connect offers it. */
export const mandateDurations = ['1-jour', '1-mois', '6-mois', '1-an'] as const;
export type MandateDuration = (typeof mandateDurations)[number];
/** A mandate shows a warning this many days before its last day. */
export const MANDATE_WARNING_DAYS = 30;

/** The `mandates` collection. */
export const mandatesCollection = {
  fields: {
    beneficiaryId: { schema: recordRef },
    /** Catalogue ids of the démarches covered (they say something of the person's life: personal). */
    demarcheIds: { schema: z.array(contentRef).check(z.minLength(1), z.maxLength(40)), personal: true },
    duration: { schema: z.enum(mandateDurations) },
    startOn: { schema: isoDate },
    revokedOn: { schema: optionalDate },
    /** The aidant who received the mandate, as printed on the paper version. */
    aidantName: textField(120),
    deleted: deletedField,
  },
} satisfies CollectionSpec;

/** A mandate's values, typed from the field schemas. */
export type MandateValues = FieldValues<typeof mandatesCollection.fields>;
