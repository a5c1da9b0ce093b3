// The check at the end of a module: three questions, answered on screen. The answers stay in this view
// (never stored, never sent); only passing the check is recorded, as "module finished on <day>".
import { useState } from 'preact/hooks';
import type { TrainingModule, TrainingQuestion } from '../../../../shared/schema/training';
import { formatDay } from '../../../catalogue/format';

/** What the check shows after « Vérifier ». */
type Outcome = { status: 'answering' } | { status: 'checked'; passed: boolean };

/** The three questions of `module`; `onPassed` records the module finished (and says when, once saved). */
export function TrainingCheck({
  module,
  finishedOn,
  onPassed,
}: {
  module: TrainingModule;
  finishedOn: string | undefined;
  onPassed: () => Promise<void>;
}) {
  const [answers, setAnswers] = useState<(number | undefined)[]>(() => module.questions.map(() => undefined));
  const [outcome, setOutcome] = useState<Outcome>({ status: 'answering' });
  const [problem, setProblem] = useState<string | null>(null);
  const complete = answers.every((a) => a !== undefined);
  const save = async () => {
    try {
      setProblem(null);
      await onPassed();
    } catch {
      setProblem('Votre réussite n’a pas pu être enregistrée sur la tablette. Réessayez.');
    }
  };
  const check = async () => {
    const passed = module.questions.every((q, i) => answers[i] === q.answer);
    setOutcome({ status: 'checked', passed });
    if (passed) await save();
  };
  const again = () => {
    setAnswers(module.questions.map(() => undefined));
    setOutcome({ status: 'answering' });
  };
  const checked = outcome.status === 'checked';
  return (
    <form
      class="form"
      onSubmit={(event) => {
        event.preventDefault();
        void check();
      }}
    >
      {module.questions.map((question, i) => (
        <QuestionFieldset
          key={i}
          number={i + 1}
          question={question}
          chosen={answers[i]}
          checked={checked}
          onChoose={(j) => setAnswers((all) => all.map((a, k) => (k === i ? j : a)))}
        />
      ))}
      <div role="status">
        {checked && outcome.passed && finishedOn && <p class="notice--ok">Module terminé le {formatDay(finishedOn)}. Bravo !</p>}
        {checked && !outcome.passed && <p class="notice-warning">Pas encore : relisez les explications, puis recommencez.</p>}
      </div>
      {problem && (
        <p class="notice-error" role="alert">
          {problem}
        </p>
      )}
      <div class="form__actions">
        {!checked && (
          <button type="submit" class="button button--primary" disabled={!complete}>
            Vérifier mes réponses
          </button>
        )}
        {checked && !outcome.passed && (
          <button type="button" class="button button--primary" onClick={again}>
            Recommencer les questions
          </button>
        )}
        {problem && (
          <button type="button" class="button button--primary" onClick={() => void save()}>
            Enregistrer à nouveau
          </button>
        )}
        {!complete && !checked && <span class="hint">Répondez aux trois questions.</span>}
      </div>
    </form>
  );
}

/** One question with its choices; once checked, whether the choice was right and the rule to remember. */
function QuestionFieldset(props: {
  number: number;
  question: TrainingQuestion;
  chosen: number | undefined;
  checked: boolean;
  onChoose: (choice: number) => void;
}) {
  const { number, question, chosen, checked } = props;
  const right = chosen === question.answer;
  return (
    <fieldset class="choices">
      <legend>
        {number}. {question.prompt}
      </legend>
      {question.choices.map((choice, j) => (
        <label key={j} class="choice">
          <input type="radio" name={`question-${number}`} checked={chosen === j} disabled={checked} onChange={() => props.onChoose(j)} />
          {choice}
        </label>
      ))}
      {checked && (
        <p class={right ? 'notice--ok' : 'notice-warning'}>
          <strong>{right ? 'Bonne réponse.' : `Réponse attendue : ${question.choices[question.answer]}.`}</strong> {question.explanation}
        </p>
      )}
    </fieldset>
  );
}
