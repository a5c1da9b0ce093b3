// The check every guide passes when the content pack is validated, at build and on the tablet: it is
// parsed once, within a work budget proportional to its length, and keeps every link and image it names.
import { newReport } from './landmarks';
import { parseMarkdown } from './blocks';

/**
 * Steps of work allowed per character of source. The parser does a few per character (see Landmarks);
 * a guide over budget means the parser lost its linear bound, and no tablet should try to show it.
 */
export const WORK_PER_CHARACTER = 40;

/** What is wrong with a guide's Markdown, one French sentence per problem (none: it shows as written). */
export function markdownProblems(source: string): string[] {
  const report = newReport();
  parseMarkdown(source, report);
  const problems: string[] = [];
  if (report.steps > WORK_PER_CHARACTER * (source.length + 1)) {
    problems.push('texte trop coûteux à afficher sur une tablette : simplifiez sa mise en forme');
  }
  for (const address of report.refused.slice(0, 5)) {
    problems.push(`adresse refusée « ${address.slice(0, 80)} » (liens : http, https ou chemin du site ; images : chemin du site)`);
  }
  return problems;
}
