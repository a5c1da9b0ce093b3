// The dashboard's period: quick choices and two dates; a period that cannot be used says why, and the
// page is told so that it shows no figures for another period meanwhile.
import { useId, useState } from 'preact/hooks';
import { checkPeriod, lastTwelveMonths, type Period } from '../../../../shared/stats/period';

/** The quick periods, from `today`. */
export function presets(today: string): { label: string; period: Period }[] {
  const year = Number(today.slice(0, 4));
  return [
    { label: '12 derniers mois', period: lastTwelveMonths(today) },
    { label: 'Cette année', period: { from: `${year}-01-01`, to: today } },
    { label: 'L’année dernière', period: { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` } },
  ];
}

/** Quick choices and "Du … au …"; `onChange` gets each valid period, `onInvalid` is called for the others. */
export function PeriodFilter({
  value,
  today,
  onChange,
  onInvalid,
}: {
  value: Period;
  today: string;
  onChange: (period: Period) => void;
  onInvalid: () => void;
}) {
  const [draft, setDraft] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();
  const invalid = problem === null ? {} : { 'aria-invalid': true, 'aria-describedby': problemId };
  const apply = (next: Period) => {
    setDraft(next);
    const checked = checkPeriod(next.from, next.to);
    if ('error' in checked) {
      setProblem(checked.error.replace(/ \(from et to, au format AAAA-MM-JJ\)/, ''));
      return onInvalid();
    }
    setProblem(null);
    onChange(checked.period);
  };
  return (
    <fieldset class="fieldset period-filter no-print">
      <legend>Période</legend>
      <div class="chips">
        {presets(today).map((preset) => (
          <button
            key={preset.label}
            type="button"
            class="chip-toggle"
            aria-pressed={problem === null && preset.period.from === value.from && preset.period.to === value.to}
            onClick={() => apply(preset.period)}
          >
            {preset.label}
          </button>
        ))}
      </div>
      <div class="filters__row">
        <label class="field">
          <span class="field-label">Du</span>
          <input
            class="input"
            type="date"
            value={draft.from}
            {...invalid}
            onChange={(e) => apply({ ...draft, from: e.currentTarget.value })}
          />
        </label>
        <label class="field">
          <span class="field-label">Au</span>
          <input class="input" type="date" value={draft.to} {...invalid} onChange={(e) => apply({ ...draft, to: e.currentTarget.value })} />
        </label>
      </div>
      {problem && (
        <p id={problemId} class="notice-error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
