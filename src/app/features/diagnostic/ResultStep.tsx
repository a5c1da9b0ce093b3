// The result screen: the autonomy level from the documented rule (shown in words), the proposed
// orientation the aidant may change, and the date of the diagnostic.
import { autonomyLevel, proposedOrientation, skillAverage } from '../../../shared/diagnostic/autonomy';
import { orientations, type DiagnosticAnswers, type Orientation } from '../../../shared/schema/diagnostic';
import { Choices, Radio, TextField } from '../../forms/form-fields';
import { autonomyLabels, autonomyRuleInWords, orientationLabels } from '../../labels/diagnostic';

export interface ResultStepProps {
  answers: DiagnosticAnswers;
  orientation: Orientation | null;
  date: string;
  dateError: string | undefined;
  today: string;
  onOrientation: (orientation: Orientation) => void;
  onDate: (date: string) => void;
}

/** Level, rule, orientation and date. */
export function ResultStep({ answers, orientation, date, dateError, today, onOrientation, onDate }: ResultStepProps) {
  const level = autonomyLevel(answers);
  const proposed = proposedOrientation(answers);
  const chosen = orientation ?? proposed;
  return (
    <>
      <p class="result-level">
        Niveau d’autonomie : <strong data-testid="autonomy-level">{autonomyLabels[level]}</strong>
      </p>
      <p class="hint">
        Moyenne des cinq compétences : {skillAverage(answers).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} sur 3.
      </p>
      <details class="rule">
        <summary>Comment ce niveau est calculé</summary>
        <ul>
          {autonomyRuleInWords.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
      <Choices
        legend="Orientation"
        hint={`Proposée : ${orientationLabels[proposed].title}. Vous pouvez en choisir une autre.`}
        id="d-orientation"
      >
        {orientations.map((o) => (
          <Radio
            key={o}
            name="d-orientation"
            value={o}
            label={`${orientationLabels[o].title}${o === proposed ? ' (proposée)' : ''}`}
            detail={orientationLabels[o].detail}
            checked={chosen === o}
            onSelect={() => onOrientation(o)}
          />
        ))}
      </Choices>
      <TextField id="d-date" label="Date du diagnostic" type="date" max={today} value={date} error={dateError} onInput={onDate} />
    </>
  );
}
