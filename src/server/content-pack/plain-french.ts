// Build rules for plain French: sentences under 20 words, and every acronym written out in full at
// least once on each page that uses it (a page: one démarche, one guide, or one training module with its check).
import type { Demarche, Guide, Lexicon } from '../../shared/schema/content';
import type { TrainingModule } from '../../shared/schema/training';
import type { AddProblem } from './source-rules';

/** The longest sentence allowed, in words: « moins de 20 mots ». */
export const MAX_SENTENCE_WORDS = 19;

/** One text of a page and the field it comes from. */
interface PageText {
  field: string;
  text: string;
}

const ACRONYM = /(?<![\p{L}\p{N}])[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*(?![\p{L}\p{N}])/gu;

/** Checks sentence length and acronyms on every page; `lexicon` says how each acronym is written out. */
export function checkPlainFrench(
  pages: { file: string; item: Demarche | Guide | TrainingModule }[],
  lexicon: Lexicon,
  add: AddProblem,
): void {
  const known = new Set(lexicon.connus);
  for (const { file, item } of pages) {
    const texts = 'steps' in item ? demarcheTexts(item) : 'questions' in item ? moduleTexts(item) : guideTexts(item);
    for (const { field, text } of texts) {
      for (const sentence of sentencesOf(text)) {
        const words = wordCount(sentence);
        if (words > MAX_SENTENCE_WORDS)
          add(file, field, `phrase de ${words} mots (${MAX_SENTENCE_WORDS} au plus) : « ${preview(sentence)} »`);
      }
    }
    checkAcronyms(texts, lexicon, known, file, add);
  }
}

function checkAcronyms(texts: PageText[], lexicon: Lexicon, known: Set<string>, file: string, add: AddProblem): void {
  const page = normalise(texts.map((t) => t.text).join('\n'));
  const seen = new Set<string>();
  for (const { field, text } of texts) {
    for (const [acronym] of text.matchAll(ACRONYM)) {
      if (seen.has(acronym) || known.has(acronym)) continue;
      seen.add(acronym);
      const spelled = lexicon.sigles[acronym];
      if (!spelled) add(file, field, `sigle « ${acronym} » inconnu : l’ajouter à sigles.json avec sa forme développée`);
      else if (!spelled.some((long) => page.includes(normalise(long)))) {
        add(file, field, `sigle « ${acronym} » jamais écrit en entier sur la page (par exemple « ${spelled[0]} »)`);
      }
    }
  }
}

function demarcheTexts(d: Demarche): PageText[] {
  return [
    { field: 'title', text: d.title },
    { field: 'summary', text: d.summary },
    ...d.prerequisites.map((text, i) => ({ field: `prerequisites[${i}]`, text })),
    ...d.steps.map((s, i) => ({ field: `steps[${i}].label`, text: s.label })),
    ...d.documents.map((s, i) => ({ field: `documents[${i}].label`, text: s.label })),
  ];
}

function guideTexts(g: Guide | TrainingModule): PageText[] {
  const lines = g.body.split('\n').map((line, i) => ({ field: `body (ligne ${i + 1})`, text: markdownText(line) }));
  return [{ field: 'title', text: g.title }, { field: 'summary', text: g.summary }, ...lines.filter((l) => l.text !== '')];
}

// A module is read like a guide, then its check: every question, choice and explanation.
function moduleTexts(m: TrainingModule): PageText[] {
  return [
    ...guideTexts(m),
    ...m.questions.flatMap((q, i) => [
      { field: `questions[${i}].prompt`, text: q.prompt },
      ...q.choices.map((text, j) => ({ field: `questions[${i}].choices[${j}]`, text })),
      { field: `questions[${i}].explanation`, text: q.explanation },
    ]),
  ];
}

/** The words a reader hears in one Markdown line: no markup, link text without its address, image descriptions. */
export function markdownText(line: string): string {
  return line
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:#{1,6}|[-*+]|\d+[.)]|>)\s+/, '')
    .replace(/[*_`]+/g, '')
    .trim();
}

/** Splits a text into sentences: after . ! ? … followed by a space, and at line ends. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?…])\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Counts words: tokens holding a letter or a digit; a number written in groups (« 0 809 401 401 ») is one. */
export function wordCount(sentence: string): number {
  return sentence
    .replace(/(\d)\s+(?=\d)/g, '$1')
    .split(/\s+/)
    .filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

function preview(sentence: string): string {
  const words = sentence.split(/\s+/);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : sentence;
}
