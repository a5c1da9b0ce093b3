// Orientations: a person referred to a partner for a reason, and what came of it.
import * as z from 'zod/mini';
import { contentRef, deletedField, isoDate, optionalDate, recordRef, textField, type CollectionSpec, type FieldValues } from './fields';

/** What came of a referral: still waiting, received by the partner, or dropped. */
export const orientationOutcomes = ['en-attente', 'recue', 'sans-suite'] as const;
export type OrientationOutcome = (typeof orientationOutcomes)[number];
/** An orientation still waiting after this many days needs a follow-up. */
export const STALE_ORIENTATION_DAYS = 30;

/** The `orientations` collection. */
export const orientationsCollection = {
  fields: {
    beneficiaryId: { schema: recordRef },
    /** Id of the partner in the content pack's directory. */
    partnerId: { schema: contentRef },
    reason: { ...textField(2000), personal: true, freeText: true },
    /** Démarches the referral is about: their documents go on the slip ("what to bring"). */
    demarcheIds: { schema: z.array(contentRef).check(z.maxLength(20)) },
    date: { schema: isoDate },
    outcome: { schema: z.enum(orientationOutcomes) },
    outcomeOn: { schema: optionalDate },
    deleted: deletedField,
  },
} satisfies CollectionSpec;

/** An orientation's values, typed from the field schemas. */
export type OrientationValues = FieldValues<typeof orientationsCollection.fields>;
