// Picking démarches from the catalogue on the tablet: a search that forgives accents, and checkboxes.
import { useMemo, useState } from 'preact/hooks';
import type { Demarche } from '../../shared/schema/content';
import { foldText } from '../search/normalize';
import { useCatalogue } from '../catalogue/content-store';
import { demarcheLabel, operatorLabels } from '../catalogue/labels';
import { Checkbox } from './form-fields';

const MAX_RESULTS = 8;

/** Démarches whose title or operator start with each word typed. */
export function searchCatalogue(catalogue: Demarche[], query: string): Demarche[] {
  const words = foldText(query)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.length === 0) return [];
  return catalogue
    .filter((d) => {
      const text = foldText(`${d.title} ${operatorLabels[d.operator].short}`).split(/[^a-z0-9]+/);
      return words.every((w) => text.some((t) => t.startsWith(w)));
    })
    .slice(0, MAX_RESULTS);
}

/** The search and the checkboxes; `selected` holds catalogue ids (other entries are left as they are). */
export function DemarchePicker({ id, selected, onChange }: { id: string; selected: string[]; onChange: (next: string[]) => void }) {
  const catalogue = useCatalogue();
  const [query, setQuery] = useState('');
  const results = useMemo(() => (catalogue ? searchCatalogue(catalogue, query) : []), [catalogue, query]);
  const chosen = catalogue ? catalogue.filter((d) => selected.includes(d.id)) : [];
  const set = (demarcheId: string, on: boolean) =>
    onChange(on ? [...selected.filter((s) => s !== demarcheId), demarcheId] : selected.filter((s) => s !== demarcheId));
  if (!catalogue) return <p aria-busy="true">Chargement du catalogue…</p>;
  return (
    <div class="picker">
      {chosen.length > 0 && (
        <fieldset class="choices">
          <legend>Démarches choisies</legend>
          {chosen.map((d) => (
            <Checkbox
              key={d.id}
              id={`${id}-chosen-${d.id}`}
              label={demarcheLabel(d.id, catalogue)}
              checked
              onChange={(on) => set(d.id, on)}
            />
          ))}
        </fieldset>
      )}
      <div class="search-box">
        <label for={`${id}-search`}>Chercher une démarche du catalogue</label>
        <input
          id={`${id}-search`}
          class="search-box__input"
          type="search"
          autoComplete="off"
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <p class="hint" aria-live="polite">
        {query.trim() === ''
          ? 'Tapez un mot : « retraite », « CAF », « carte »…'
          : results.length === 0
            ? 'Aucune démarche du catalogue ne correspond.'
            : `${results.length} démarche${results.length > 1 ? 's' : ''} trouvée${results.length > 1 ? 's' : ''}.`}
      </p>
      {results.length > 0 && (
        <fieldset class="choices">
          <legend class="visually-hidden">Résultats de la recherche</legend>
          {results.map((d) => (
            <Checkbox
              key={d.id}
              id={`${id}-result-${d.id}`}
              label={demarcheLabel(d.id, catalogue)}
              checked={selected.includes(d.id)}
              onChange={(on) => set(d.id, on)}
            />
          ))}
        </fieldset>
      )}
    </div>
  );
}
