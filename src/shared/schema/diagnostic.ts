// A diagnostic of needs and digital autonomy: what is asked, block by block, and what it concludes.
import * as z from 'zod/mini';

export const equipmentOptions = ['ordinateur', 'smartphone', 'tablette', 'aucun'] as const;
export const connectionOptions = ['box', 'mobile', 'aucune', 'ne-sait-pas'] as const;
export const franceConnectAccounts = ['impots', 'ameli', 'msa', 'la-poste', 'france-identite'] as const;
export const barrierOptions = ['langue', 'lecture-ecriture', 'handicap', 'sans-domicile-stable'] as const;
/** The five skill domains, in the spirit of the Pix framework. */
export const skillDomains = ['appareil', 'information', 'communication', 'formulaire', 'securite'] as const;
/** 0 never done · 1 only with help · 2 alone with difficulty · 3 at ease. */
export const skillLevelSchema = z.int().check(z.gte(0), z.lte(3));
export const autonomyLevels = ['pas-a-pas', 'aide-ponctuelle', 'autonome'] as const;
export const orientations = ['accompagnement', 'atelier-pass-numerique', 'faire-pour-mandat', 'orientation-partenaire'] as const;

export const diagnosticAnswersSchema = z.object({
  equipment: z.array(z.enum(equipmentOptions)),
  homeConnection: z.enum(connectionOptions),
  hasEmail: z.boolean(),
  hasSmsPhone: z.boolean(),
  franceConnectAccounts: z.array(z.enum(franceConnectAccounts)),
  skills: z.object({
    appareil: skillLevelSchema,
    information: skillLevelSchema,
    communication: skillLevelSchema,
    formulaire: skillLevelSchema,
    securite: skillLevelSchema,
  }),
  barriers: z.array(z.enum(barrierOptions)),
  demarchesNeeded: z.array(z.string().check(z.minLength(1), z.maxLength(120))),
});
export type DiagnosticAnswers = z.infer<typeof diagnosticAnswersSchema>;
export type AutonomyLevel = (typeof autonomyLevels)[number];
export type Orientation = (typeof orientations)[number];
