// The content pack: démarche catalogue, guides and partner directory, as shipped and as served.
import * as z from 'zod/mini';
import { markdownProblems } from '../markdown/check-markdown';
import { boundedText, isoDate } from './fields';

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
  checkedOn: isoDate,
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
  checkedOn: isoDate,
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

/** The whole pack as the app stores it and the endpoint serves it. */
export const contentPackSchema = z.strictObject({
  version: text(40),
  demarches: z.array(demarcheSchema),
  guides: z.array(guideSchema),
  partners: z.array(partnerSchema),
});
export type ContentPack = z.infer<typeof contentPackSchema>;
