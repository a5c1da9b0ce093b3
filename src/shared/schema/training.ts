// « Se former »: the aidants' own training modules (content, like the guides) and the synced record of
// who finished which module, when. An aidant's answers to a check are never stored, here or anywhere.
import * as z from 'zod/mini';
import { markdownProblems } from '../markdown/check-markdown';
import { boundedText, contentRef, deletedField, isoDate, type CollectionSpec, type FieldValues } from './fields';
import { sourceSchema } from './source';

const text = (max: number) => boundedText(max).check(z.minLength(1));
const slug = z.string().check(z.maxLength(80), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

/** Questions of a module's check: always three. */
export const QUESTIONS_PER_CHECK = 3;

/** One question of the check: its choices, the right one, and why. */
export const trainingQuestionSchema = z
  .strictObject({
    prompt: text(300),
    choices: z.array(text(200)).check(z.minLength(2), z.maxLength(4)),
    /** The index of the right choice. */
    answer: z.int().check(z.gte(0), z.lte(3)),
    /** Said after the answer, right or wrong: the rule to remember. */
    explanation: text(400),
  })
  .check(z.refine((q) => q.answer < q.choices.length, { message: 'la bonne réponse doit être l’un des choix', path: ['answer'] }));
export type TrainingQuestion = z.infer<typeof trainingQuestionSchema>;

/** The Markdown of a module: screens, each opened by a level-2 heading (« ## »), at least two. */
const moduleBody = text(20000).check(
  z.superRefine((body, ctx) => {
    for (const problem of markdownProblems(body)) ctx.issues.push({ code: 'custom', message: `Markdown : ${problem}`, input: body });
    if (!body.startsWith('## ')) ctx.issues.push({ code: 'custom', message: 'le texte commence par un écran : « ## Titre »', input: body });
    if (screenTitles(body).length < 2) ctx.issues.push({ code: 'custom', message: 'au moins deux écrans (« ## Titre »)', input: body });
  }),
);

/** A short module for aidants: a few screens of Markdown, then a check of three questions. */
export const trainingModuleSchema = z.strictObject({
  id: slug,
  title: text(120),
  summary: text(300),
  tags: z.array(text(40)),
  /** Place in the list (1 first); modules of the same rank sort by title. */
  order: z.int().check(z.gte(1), z.lte(99)),
  body: moduleBody,
  questions: z.array(trainingQuestionSchema).check(z.length(QUESTIONS_PER_CHECK)),
  /** Official pages behind its facts; a module on the aidant's posture may cite none. */
  sources: z.array(sourceSchema),
  /** The day every source was compared with the text; absent: « à vérifier ». */
  checkedOn: z.optional(isoDate),
});
export type TrainingModule = z.infer<typeof trainingModuleSchema>;

/** One screen of a module: its title and its Markdown (heading left out). */
export interface TrainingScreen {
  title: string;
  body: string;
}

/** The screens of a module's body, in order: each level-2 heading opens one. */
export function moduleScreens(body: string): TrainingScreen[] {
  const screens: TrainingScreen[] = [];
  let current: TrainingScreen | undefined;
  for (const line of body.split('\n')) {
    if (line.startsWith('## ')) screens.push((current = { title: line.slice(3).trim(), body: '' }));
    else if (current) current.body += `${line}\n`;
  }
  return screens.map((s) => ({ title: s.title, body: s.body.trim() }));
}

/** The titles of a module's screens, in order (its level-2 headings). */
export function screenTitles(body: string): string[] {
  return moduleScreens(body).map((s) => s.title);
}

/** The `trainingProgress` collection: one record per aidant and module finished. No answer, no person helped. */
export const trainingProgressCollection = {
  fields: {
    /** The aidant's account id (the endpoint refuses a record written for someone else). */
    aidantId: { schema: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)) },
    /** The module's content id. */
    moduleId: { schema: contentRef },
    /** The day the aidant passed the module's check. */
    finishedOn: { schema: isoDate },
    deleted: deletedField,
  },
} satisfies CollectionSpec;

/** A progress record's values, typed from the field schemas. */
export type TrainingProgressValues = FieldValues<typeof trainingProgressCollection.fields>;
