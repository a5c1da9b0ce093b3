// Finding a person on the tablet by name or commune (accents and case ignored).
import { useId, useState } from 'preact/hooks';
import type { PersonEntry } from '../db/person-index';
import { foldText } from '../search/normalize';
import { displayName } from '../ui/person-name';

/** Most matches listed at once. */
const MAX_SHOWN = 8;

/** A search field and the people it finds; `onPick` gets the chosen one. */
export function PersonPicker({
  people,
  label,
  onPick,
  exclude = [],
}: {
  people: readonly PersonEntry[];
  label: string;
  onPick: (person: PersonEntry) => void;
  exclude?: string[];
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const words = foldText(query).split(/\s+/).filter(Boolean);
  const found =
    words.length === 0
      ? []
      : people
          .filter(
            (p) =>
              !exclude.includes(p.id) &&
              words.every((w) => foldText(`${p.firstName ?? ''} ${p.lastName ?? ''} ${p.commune ?? ''}`).includes(w)),
          )
          .slice(0, MAX_SHOWN);
  return (
    <div class="person-picker">
      <label for={id} class="field-label">
        {label}
      </label>
      <input id={id} class="input" type="search" autocomplete="off" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      {words.length > 0 && found.length === 0 && <p class="hint">Personne ne correspond sur cette tablette.</p>}
      <ul class="card-list">
        {found.map((person) => (
          <li key={person.id}>
            <button
              type="button"
              class="card card--button"
              onClick={() => {
                onPick(person);
                setQuery('');
              }}
            >
              <span class="card__title">{displayName(person, 'Personne sans nom')}</span>
              {person.commune && <span class="card__meta">{person.commune}</span>}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
