// One-tap démarche chips (pressed = touched in this session) and a list to add any other démarche.
import { useId } from 'preact/hooks';
import type { Demarche } from '../../../../shared/schema/content';
import { operatorLabels } from '../../../catalogue/labels';

/** The démarches of a session: suggested chips plus a picker over the whole catalogue. */
export function DemarcheChips({
  suggested,
  selected,
  catalogue,
  onChange,
}: {
  suggested: string[];
  selected: string[];
  catalogue: Demarche[];
  onChange: (ids: string[]) => void;
}) {
  const id = useId();
  const titles = new Map(catalogue.map((d) => [d.id, d.title]));
  const shown = [...new Set([...suggested, ...selected])];
  const toggle = (demarche: string) =>
    onChange(selected.includes(demarche) ? selected.filter((d) => d !== demarche) : [...selected, demarche]);
  return (
    <fieldset class="fieldset">
      <legend>Démarches abordées (facultatif)</legend>
      <div class="chips" role="group" aria-label="Démarches proposées">
        {shown.map((demarche) => (
          <button
            key={demarche}
            type="button"
            class="chip-toggle"
            aria-pressed={selected.includes(demarche)}
            onClick={() => toggle(demarche)}
          >
            {titles.get(demarche) ?? demarche}
          </button>
        ))}
      </div>
      <label for={id} class="field-label">
        Autre démarche
      </label>
      <select
        id={id}
        class="select"
        value=""
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (value && !selected.includes(value)) onChange([...selected, value]);
          event.currentTarget.value = '';
        }}
      >
        <option value="">Choisir dans le catalogue…</option>
        {byOperatorThenTitle(catalogue).map((d) => (
          <option key={d.id} value={d.id}>
            {operatorLabels[d.operator].short} — {d.title}
          </option>
        ))}
      </select>
    </fieldset>
  );
}

/** The catalogue as the list reads it: by operator, then by title (French order). */
function byOperatorThenTitle(catalogue: Demarche[]): Demarche[] {
  const label = (d: Demarche) => `${operatorLabels[d.operator].short} — ${d.title}`;
  return [...catalogue].sort((a, b) => label(a).localeCompare(label(b), 'fr'));
}
