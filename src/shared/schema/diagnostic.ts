// A diagnostic of needs and digital autonomy: what is asked, block by block, and what it concludes.
import * as z from 'zod/mini';
import { boundedText, deletedField, isoDate, recordRef, type CollectionSpec, type FieldValues } from './fields';

export const equipmentOptions = ['ordinateur', 'smartphone', 'tablette', 'aucun'] as const;
export const connectionOptions = ['box', 'mobile', 'aucune', 'ne-sait-pas'] as const;
export const franceConnectAccounts = ['impots', 'ameli', 'msa', 'la-poste', 'france-identite'] as const;
export const barrierOptions = ['langue', 'lecture-ecriture', 'handicap', 'sans-domicile-stable'] as const;
/** The five skill domains, in the spirit of the Pix framework. */
export const skillDomains = ['appareil', 'information', 'communication', 'formulaire', 'securite'] as const;
/** 0 never done · 1 only with help · 2 alone with difficulty · 3 at ease. */
export const skillLevelSchema = z.int().check(z.gte(0), z.lte(3));
export const autonomyLevels = ['pas-a-pas', 'aide-ponctuelle', 'autonome'] as const;
/** Most démarches one diagnostic lists as needed. */
export const MAX_DEMARCHES_NEEDED = 40;
export const orientations = ['accompagnement', 'atelier-pass-numerique', 'faire-pour-mandat', 'orientation-partenaire'] as const;

export const diagnosticAnswersSchema = z.object({
  equipment: z.array(z.enum(equipmentOptions)).check(z.maxLength(equipmentOptions.length)),
  homeConnection: z.enum(connectionOptions),
  hasEmail: z.boolean(),
  hasSmsPhone: z.boolean(),
  franceConnectAccounts: z.array(z.enum(franceConnectAccounts)).check(z.maxLength(franceConnectAccounts.length)),
  skills: z.object({
    appareil: skillLevelSchema,
    information: skillLevelSchema,
    communication: skillLevelSchema,
    formulaire: skillLevelSchema,
    securite: skillLevelSchema,
  }),
  barriers: z.array(z.enum(barrierOptions)).check(z.maxLength(barrierOptions.length)),
  demarchesNeeded: z.array(boundedText(120).check(z.minLength(1))).check(z.maxLength(MAX_DEMARCHES_NEEDED)),
});
export type DiagnosticAnswers = z.infer<typeof diagnosticAnswersSchema>;
export type AutonomyLevel = (typeof autonomyLevels)[number];
export type Orientation = (typeof orientations)[number];

/** The `diagnostics` collection: one dated diagnostic of one person; answers, level and orientation are personal. */
export const diagnosticsCollection = {
  fields: {
    beneficiaryId: { schema: recordRef },
    date: { schema: isoDate },
    equipment: { schema: diagnosticAnswersSchema.shape.equipment, personal: true },
    homeConnection: { schema: diagnosticAnswersSchema.shape.homeConnection, personal: true },
    hasEmail: { schema: diagnosticAnswersSchema.shape.hasEmail, personal: true },
    hasSmsPhone: { schema: diagnosticAnswersSchema.shape.hasSmsPhone, personal: true },
    franceConnectAccounts: { schema: diagnosticAnswersSchema.shape.franceConnectAccounts, personal: true },
    skills: { schema: diagnosticAnswersSchema.shape.skills, personal: true },
    barriers: { schema: diagnosticAnswersSchema.shape.barriers, personal: true },
    /** Catalogue ids (when picked from the catalogue) or the aidant's own words. */
    demarchesNeeded: { schema: diagnosticAnswersSchema.shape.demarchesNeeded, personal: true },
    autonomyLevel: { schema: z.enum(autonomyLevels), personal: true },
    proposedOrientation: { schema: z.enum(orientations), personal: true },
    /** The orientation the aidant chose (the proposed one unless changed). */
    orientation: { schema: z.enum(orientations), personal: true },
    deleted: deletedField,
  },
} satisfies CollectionSpec;

/** A diagnostic's values, typed from the field schemas. */
export type DiagnosticValues = FieldValues<typeof diagnosticsCollection.fields>;
