// A guide's sources, written in its front matter, one line each:
// `source: <adresse> | <titre> | <fait>; <fait> | <date de vérification> | <note>` (the last two optional).
import type { AddProblem } from './source-rules';

const SOURCE_LINE = /^source:\s*(.*)$/;

/** True for a front matter line that declares a source. */
export function isSourceLine(line: string): boolean {
  return SOURCE_LINE.test(line);
}

/** The raw sources of the front matter `header` (validated later with the guide), or undefined after a fault. */
export function readGuideSources(header: string[], file: string, add: AddProblem): unknown[] | undefined {
  let faulty = false;
  const sources = header.flatMap((line, i) => {
    const match = SOURCE_LINE.exec(line);
    if (!match) return [];
    const [url, title, backs, checkedOn, note, ...extra] = (match[1] ?? '').split('|').map((part) => part.trim());
    if (!url || !title || !backs || extra.length > 0) {
      faulty = true;
      add(
        file,
        `source (ligne ${i + 2})`,
        'illisible : attendu « adresse | titre | faits séparés par ; | date de vérification | note » (date et note facultatives)',
      );
      return [];
    }
    const facts = backs.split(';').map((fact) => fact.trim());
    return [{ url, title, backs: facts.filter((f) => f !== ''), ...(checkedOn ? { checkedOn } : {}), ...(note ? { note } : {}) }];
  });
  return faulty ? undefined : sources;
}
