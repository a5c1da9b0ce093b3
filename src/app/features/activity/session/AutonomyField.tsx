// The autonomy observed during a session, on the diagnostic's 3-step scale (optional).
import { autonomyLevels, type AutonomyLevel } from '../../../../shared/schema/diagnostic';
import { autonomyLabels } from '../labels';

/** Three toggles; tapping the chosen one again clears it. */
export function AutonomyField({ value, onChange }: { value: AutonomyLevel | null; onChange: (next: AutonomyLevel | null) => void }) {
  return (
    <fieldset class="fieldset">
      <legend>Autonomie observée (facultatif)</legend>
      <div class="chips">
        {autonomyLevels.map((level) => (
          <button
            key={level}
            type="button"
            class="chip-toggle"
            aria-pressed={value === level}
            onClick={() => onChange(value === level ? null : level)}
          >
            {autonomyLabels[level]}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
