// Mandates ("faire pour la personne"): which démarche families an aidant may handle for a person, from when,
// for how many days, and which of them were revoked. Déclic records the mandate; it does not replace the
// legal service (Aidants Connect), whose ten families and four durations it takes as they are.
import * as z from 'zod/mini';
import { contentRef, deletedField, isoDate, optionalDate, recordRef, textField, type CollectionSpec, type FieldValues } from './fields';

/** The ten démarche families of Aidants Connect, with its own keys, in its order. */
export const mandateFamilies = [
  'papiers',
  'famille',
  'social',
  'travail',
  'logement',
  'transports',
  'argent',
  'justice',
  'etranger',
  'loisirs',
] as const;
export type MandateFamily = (typeof mandateFamilies)[number];

/** How long a mandate lasts, in days, as Aidants Connect offers it: 1 day, 1 month, 6 months, 1 year. */
export const mandateDurationDays = [1, 31, 182, 365] as const;
export type MandateDays = (typeof mandateDurationDays)[number];

/** Legacy (before issue 17): durations as words. Still accepted from older apps, read as days. */
export const mandateDurations = ['1-jour', '1-mois', '6-mois', '1-an'] as const;
export type MandateDuration = (typeof mandateDurations)[number];
/** The number of days each legacy duration means. */
export const legacyDurationDays: Record<MandateDuration, MandateDays> = { '1-jour': 1, '1-mois': 31, '6-mois': 182, '1-an': 365 };

/** A mandate shows a warning this many days before its last day. */
export const MANDATE_WARNING_DAYS = 30;

/** The field holding the day one family was revoked: one field per family, so that revocations never overwrite each other. */
export type FamilyRevocationField = `revokedOn_${MandateFamily}`;
/** The name of the revocation field of `family`. */
export const familyRevocationField = (family: MandateFamily): FamilyRevocationField => `revokedOn_${family}`;

const familyRevocations = Object.fromEntries(
  mandateFamilies.map((family) => [familyRevocationField(family), { schema: optionalDate }]),
) as Record<FamilyRevocationField, { schema: typeof optionalDate }>;

/** The `mandates` collection. */
export const mandatesCollection = {
  fields: {
    beneficiaryId: { schema: recordRef },
    /** Legacy: catalogue ids of the démarches covered; a mandate made since issue 17 has `families` instead. */
    demarcheIds: { schema: z.array(contentRef).check(z.minLength(1), z.maxLength(40)), personal: true },
    /** Legacy: the duration in words; a mandate made since issue 17 has `durationDays` instead. */
    duration: { schema: z.enum(mandateDurations) },
    /** The démarche families covered (they say something of the person's life: personal). */
    families: { schema: z.array(z.enum(mandateFamilies)).check(z.minLength(1), z.maxLength(mandateFamilies.length)), personal: true },
    durationDays: { schema: z.literal(mandateDurationDays) },
    /** The version of the paper template the mandate was printed and signed with. */
    templateVersion: { schema: z.int().check(z.gte(1), z.lte(999)) },
    startOn: { schema: isoDate },
    /** The whole mandate revoked from that day. */
    revokedOn: { schema: optionalDate },
    ...familyRevocations,
    /** The aidant who received the mandate, as printed on the paper version. */
    aidantName: textField(120),
    deleted: deletedField,
  },
} satisfies CollectionSpec;

/** A mandate's values, typed from the field schemas. */
export type MandateValues = FieldValues<typeof mandatesCollection.fields>;
