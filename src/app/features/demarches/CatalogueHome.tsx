// The catalogue's home: a search box over démarches and guides, and the démarches to browse by
// operator or by life situation.
import { useState } from 'preact/hooks';
import { lifeSituations, operatorIds, type Demarche } from '../../../shared/schema/content';
import type { ComponentChildren } from 'preact';
import type { ReadyContent } from '../../catalogue/content-store';
import { ContentUpdateStatus } from '../../catalogue/ContentUpdateStatus';
import { operatorLabels, situationLabels } from '../../catalogue/labels';
import { SearchBox } from '../../catalogue/SearchBox';
import { SearchResults } from '../../catalogue/SearchResults';
import { useSearchableLocalContent } from '../../catalogue/local-content';
import { Page } from '../../ui/PagePlaceholder';
import { linkProps } from '../../ui/router';
import { paths } from '../../routes/paths';

type Browse = 'operator' | 'situation';

// Kept while the app runs, so that coming back from a démarche shows the same search (never in the URL).
let lastQuery = '';
let lastBrowse: Browse = 'operator';

/** The catalogue's home page; `followUps` (the suivis to follow up) come under its update status. */
export function CatalogueHome({ content, followUps }: { content: ReadyContent; followUps?: ComponentChildren }) {
  const [query, setQuery] = useState(lastQuery);
  const [browse, setBrowse] = useState<Browse>(lastBrowse);
  const searching = query.trim().length > 0;
  const local = useSearchableLocalContent();
  return (
    <Page title="Démarches">
      <ContentUpdateStatus update={content.update} onlyDownload />
      {followUps}
      <SearchBox
        label="Chercher une démarche ou un guide"
        hint="Par exemple : prime d’activité, carte Vitale, retraite, ou un partenaire du territoire. Les accents et petites fautes ne gênent pas."
        query={query}
        onQuery={(next) => setQuery((lastQuery = next))}
      />
      {searching ? (
        <SearchResults pack={content.pack} index={content.index} query={query} local={local} />
      ) : (
        <>
          <div class="toggle" role="group" aria-label="Parcourir les démarches">
            {(['operator', 'situation'] as const).map((mode) => (
              <button
                key={mode}
                type="button"
                class="button toggle__button"
                aria-pressed={browse === mode}
                onClick={() => setBrowse((lastBrowse = mode))}
              >
                {mode === 'operator' ? 'Par organisme' : 'Par situation de vie'}
              </button>
            ))}
          </div>
          {browse === 'operator' ? (
            <OperatorTiles demarches={content.pack.demarches} />
          ) : (
            <SituationTiles demarches={content.pack.demarches} />
          )}
        </>
      )}
    </Page>
  );
}

function OperatorTiles({ demarches }: { demarches: Demarche[] }) {
  const tiles = operatorIds
    .map((id) => ({ id, count: demarches.filter((d) => d.operator === id).length }))
    .filter((tile) => tile.count > 0);
  return (
    <ul class="tiles" aria-label="Organismes">
      {tiles.map(({ id, count }) => (
        <li key={id}>
          <a class="tile" {...linkProps(paths.operator({ operator: id }))}>
            <span class="tile__title">{operatorLabels[id].short}</span>
            <span class="tile__text">{operatorLabels[id].long}</span>
            <span class="tile__count">{plural(count)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

function SituationTiles({ demarches }: { demarches: Demarche[] }) {
  const tiles = lifeSituations
    .map((id) => ({ id, count: demarches.filter((d) => d.situations.includes(id)).length }))
    .filter((tile) => tile.count > 0);
  return (
    <ul class="tiles" aria-label="Situations de vie">
      {tiles.map(({ id, count }) => (
        <li key={id}>
          <a class="tile" {...linkProps(paths.situation({ situation: id }))}>
            <span class="tile__title">{situationLabels[id]}</span>
            <span class="tile__count">{plural(count)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

function plural(count: number): string {
  return `${count} démarche${count > 1 ? 's' : ''}`;
}
