// The directory's search field and its commune and theme filters.
import { lifeSituations } from '../../shared/schema/content';
import type { ContentPack } from '../../shared/schema/content';
import { SearchBox } from './SearchBox';
import { situationLabels, type LifeSituation } from './labels';
import { partnerCommunes, type PartnerFilter } from './partner-filter';

/** Search by words, filter by commune and by theme. */
export function PartnerFilters({
  pack,
  value,
  onChange,
}: {
  pack: ContentPack;
  value: PartnerFilter;
  onChange: (next: PartnerFilter) => void;
}) {
  return (
    <div class="filters">
      <SearchBox
        label="Chercher un partenaire"
        hint="Un nom, une commune ou ce qu’il fait : CAF, retraite, Nérac…"
        query={value.query}
        onQuery={(query) => onChange({ ...value, query })}
      />
      <div class="filters__row">
        <label class="field">
          <span class="field-label">Commune</span>
          <select class="select" value={value.commune} onChange={(e) => onChange({ ...value, commune: e.currentTarget.value })}>
            <option value="">Toutes les communes</option>
            {partnerCommunes(pack).map((commune) => (
              <option key={commune} value={commune}>
                {commune}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span class="field-label">Thème</span>
          <select
            class="select"
            value={value.theme}
            onChange={(e) => onChange({ ...value, theme: e.currentTarget.value as LifeSituation | '' })}
          >
            <option value="">Tous les thèmes</option>
            {lifeSituations.map((theme) => (
              <option key={theme} value={theme}>
                {situationLabels[theme]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
