// The prefilled part of a session: date, duration and place, tucked away until the aidant changes them.
import { sessionPlaces, type SessionPlace } from '../../../../shared/schema/accompagnement';
import { duration, longDate, placeLabels } from '../labels';

const DURATIONS = [15, 30, 45, 60, 90, 120];

/** What the details hold. */
export interface SessionDetails {
  date: string;
  durationMinutes: number;
  place: SessionPlace;
}

/** "14 mars 2025 · 45 min · En mairie", with a disclosure to change each. */
export function SessionDetailsFields({
  value,
  today,
  onChange,
}: {
  value: SessionDetails;
  today: string;
  onChange: (next: SessionDetails) => void;
}) {
  const summary = `${value.date === today ? 'Aujourd’hui' : longDate(value.date)} · ${duration(value.durationMinutes)} · ${placeLabels[value.place]}`;
  return (
    <details class="session-details">
      <summary>
        <span class="session-details__summary">{summary}</span> <span class="session-details__change">Modifier</span>
      </summary>
      <label class="field-label" for="session-date">
        Date
      </label>
      <input
        id="session-date"
        class="input"
        type="date"
        value={value.date}
        max={today}
        onInput={(e) => e.currentTarget.value && onChange({ ...value, date: e.currentTarget.value })}
      />
      <fieldset class="fieldset">
        <legend>Durée</legend>
        <div class="chips">
          {DURATIONS.map((minutes) => (
            <button
              key={minutes}
              type="button"
              class="chip-toggle"
              aria-pressed={value.durationMinutes === minutes}
              onClick={() => onChange({ ...value, durationMinutes: minutes })}
            >
              {duration(minutes)}
            </button>
          ))}
        </div>
        <label class="field-label" for="session-minutes">
          Autre durée, en minutes
        </label>
        <input
          id="session-minutes"
          class="input input--short"
          type="number"
          min={1}
          max={720}
          inputMode="numeric"
          value={value.durationMinutes}
          onInput={(e) => {
            const minutes = Number(e.currentTarget.value);
            if (Number.isInteger(minutes) && minutes >= 1 && minutes <= 720) onChange({ ...value, durationMinutes: minutes });
          }}
        />
      </fieldset>
      <fieldset class="fieldset">
        <legend>Lieu</legend>
        <div class="chips">
          {sessionPlaces.map((place) => (
            <button
              key={place}
              type="button"
              class="chip-toggle"
              aria-pressed={value.place === place}
              onClick={() => onChange({ ...value, place })}
            >
              {placeLabels[place]}
            </button>
          ))}
        </div>
      </fieldset>
    </details>
  );
}
