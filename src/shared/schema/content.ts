// The content pack: démarche catalogue, guides and partner directory, as shipped and as served.
import * as z from 'zod/mini';
import { markdownProblems } from '../markdown/check-markdown';
import { boundedText, isoDate } from './fields';
import { sourceSchema } from './source';
import { trainingModuleSchema } from './training';

const text = (max: number) => boundedText(max).check(z.minLength(1));
const slug = z.string().check(z.maxLength(80), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

/** Operators whose procedures the catalogue covers. */
export const operatorIds = [
  'caf',
  'cpam',
  'france-travail',
  'msa',
  'assurance-retraite',
  'dgfip',
  'ants',
  'la-poste',
  'sncf',
  'mission-locale',
  'cap-emploi',
  'mdph',
  'urssaf',
  'mairie',
  'autre',
] as const;
export const operatorIdSchema = z.enum(operatorIds);

/** Life situations used to browse the catalogue. */
export const lifeSituations = [
  'sante',
  'emploi',
  'famille',
  'logement',
  'retraite',
  'identite',
  'impots',
  'transport',
  'numerique',
] as const;
export const lifeSituationSchema = z.enum(lifeSituations);

export { sourceSchema, type Source } from './source';

/** One procedure of one operator. Step and document ids stay stable across versions. */
export const demarcheSchema = z.strictObject({
  id: slug,
  title: text(120),
  operator: operatorIdSchema,
  situations: z.array(lifeSituationSchema).check(z.minLength(1)),
  summary: text(400),
  prerequisites: z.array(text(200)),
  steps: z.array(z.strictObject({ id: slug, label: text(300) })).check(z.minLength(1)),
  documents: z.array(z.strictObject({ id: slug, label: text(200) })),
  officialUrl: z.url(),
  durationMinutes: z.int().check(z.gte(1), z.lte(600)),
  partnerId: slug,
  /** The official pages its facts come from (the build refuses a démarche without one). */
  sources: z.array(sourceSchema),
  /** The day every source was compared with the text; absent: « à vérifier ». */
  checkedOn: z.optional(isoDate),
});
export type Demarche = z.infer<typeof demarcheSchema>;

/** A step-by-step guide written in Markdown. */
export const guideSchema = z.strictObject({
  id: slug,
  title: text(120),
  summary: text(300),
  tags: z.array(text(40)),
  /** Markdown, checked as the tablet will read it (see markdownProblems). */
  body: text(20000).check(
    z.superRefine((body, ctx) => {
      for (const problem of markdownProblems(body)) ctx.issues.push({ code: 'custom', message: `Markdown : ${problem}`, input: body });
    }),
  ),
  /** Official pages behind its facts; a guide about a device skill may cite none. */
  sources: z.array(sourceSchema),
  /** The day every source was compared with the text; absent: « à vérifier ». */
  checkedOn: z.optional(isoDate),
});
export type Guide = z.infer<typeof guideSchema>;

/** A partner: an operator's counter or a local structure an aidant can refer a person to. */
export const partnerSchema = z.strictObject({
  id: slug,
  name: text(120),
  kind: z.enum(['operateur', 'france-services', 'ccas', 'conseiller-numerique', 'association', 'mairie']),
  address: text(200),
  commune: text(80),
  hours: text(300),
  phone: z.optional(text(30)),
  handles: z.array(text(120)),
  howToRefer: text(400),
  website: z.optional(z.url()),
});
export type Partner = z.infer<typeof partnerSchema>;

/**
 * The acronyms the content may use (sigles.json, read at build, not shipped): each with its spelled-out
 * forms, one of which every page using it must write; `connus` are those everyone knows (SMS, PDF…).
 */
export const lexiconSchema = z.strictObject({
  sigles: z.record(z.string().check(z.regex(/^[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*$/)), z.array(text(120)).check(z.minLength(1))),
  connus: z.array(text(20)),
});
export type Lexicon = z.infer<typeof lexiconSchema>;

/** pack.json: the day the content was last edited (the date part of the pack's version). */
export const packEditionSchema = z.strictObject({ edition: isoDate });

/** The whole pack as the app stores it and the endpoint serves it. */
export const contentPackSchema = z.strictObject({
  version: text(40),
  demarches: z.array(demarcheSchema),
  guides: z.array(guideSchema),
  partners: z.array(partnerSchema),
  /** The aidants' training modules (« Se former »); absent from packs made before them. */
  trainingModules: z.optional(z.array(trainingModuleSchema)),
});
export type ContentPack = z.infer<typeof contentPackSchema>;
