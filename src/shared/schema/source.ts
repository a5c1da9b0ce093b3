// An official page that backs facts of the content (démarches, guides, training modules).
import * as z from 'zod/mini';
import { boundedText, isoDate } from './fields';

const text = (max: number) => boundedText(max).check(z.minLength(1));

/**
 * An official page that backs facts of a démarche or a guide. `checkedOn` is the day someone compared
 * the text with that page; absent, the facts it backs are still « à vérifier ».
 */
export const sourceSchema = z.strictObject({
  url: z.url(),
  title: text(200),
  backs: z.array(text(200)).check(z.minLength(1)),
  checkedOn: z.optional(isoDate),
  /** What the check found or could not settle (a stored copy without a date, a fact left « à vérifier »). */
  note: z.optional(text(300)),
});
export type Source = z.infer<typeof sourceSchema>;
