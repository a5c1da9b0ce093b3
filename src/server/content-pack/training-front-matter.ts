// A training module's questions, written in its front matter, one line each:
// `question: <question> | <choix>; *<bon choix>; <choix> | <explication>` — the right choice starts with « * ».
import type { AddProblem } from './source-rules';

const QUESTION_LINE = /^question:\s*(.*)$/;

/** True for a front matter line that declares a question. */
export function isQuestionLine(line: string): boolean {
  return QUESTION_LINE.test(line);
}

/** The raw questions of the front matter `header` (validated later with the module), or undefined after a fault. */
export function readModuleQuestions(header: string[], file: string, add: AddProblem): unknown[] | undefined {
  let faulty = false;
  const questions = header.flatMap((line, i) => {
    const match = QUESTION_LINE.exec(line);
    if (!match) return [];
    const [prompt, choiceList, explanation, ...extra] = (match[1] ?? '').split('|').map((part) => part.trim());
    const choices = (choiceList ?? '').split(';').map((choice) => choice.trim());
    const right = choices.flatMap((choice, index) => (choice.startsWith('*') ? [index] : []));
    if (!prompt || !choiceList || !explanation || extra.length > 0 || right.length !== 1) {
      faulty = true;
      add(
        file,
        `question (ligne ${i + 2})`,
        'illisible : attendu « question | choix; *bon choix; choix | explication », avec un seul choix marqué « * »',
      );
      return [];
    }
    return [{ prompt, choices: choices.map((c) => c.replace(/^\*\s*/, '')), answer: right[0], explanation }];
  });
  return faulty ? undefined : questions;
}
