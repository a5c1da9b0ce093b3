// The guides' pages under /guides: the list with its search, and one guide.
import { useState } from 'preact/hooks';
import type { Guide } from '../../../shared/schema/content';
import { ContentUpdateStatus } from '../../catalogue/ContentUpdateStatus';
import type { ContentViewProps, ReadyContent } from '../../catalogue/lazy-content-view';
import { SearchBox } from '../../catalogue/SearchBox';
import { SearchResults } from '../../catalogue/SearchResults';
import { Page } from '../../ui/PagePlaceholder';
import { linkProps } from '../../ui/router';
import { GuideDetail } from './GuideDetail';

// Kept while the app runs, so that coming back from a guide shows the same search (never in the URL).
let lastQuery = '';

/** Picks the guides page for `path`. */
export function GuidesView({ path, content }: ContentViewProps) {
  const [, , id, extra] = path.split('/');
  if (!id) return <GuideList content={content} />;
  const guide = extra === undefined ? content.pack.guides.find((g) => g.id === id) : undefined;
  if (guide) return <GuideDetail key={guide.id} guide={guide} />;
  return (
    <Page title="Guide introuvable">
      <p>Ce guide n’est pas (ou plus) sur cette tablette.</p>
      <p class="back-link">
        <a {...linkProps('/guides')}>← Tous les guides</a>
      </p>
    </Page>
  );
}

function GuideList({ content }: { content: ReadyContent }) {
  const [query, setQuery] = useState(lastQuery);
  const guides = [...content.pack.guides].sort((a, b) => a.title.localeCompare(b.title, 'fr'));
  return (
    <Page title="Guides">
      <ContentUpdateStatus update={content.update} onlyDownload />
      <SearchBox
        label="Chercher un guide"
        hint="Par exemple : adresse mail, code SMS, FranceConnect."
        query={query}
        onQuery={(next) => setQuery((lastQuery = next))}
      />
      {query.trim() ? (
        <SearchResults pack={content.pack} index={content.index} query={query} kind="guide" />
      ) : (
        <ul class="card-list">
          {guides.map((guide) => (
            <li key={guide.id}>
              <GuideCard guide={guide} />
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}

function GuideCard({ guide }: { guide: Guide }) {
  return (
    <a class="card" {...linkProps(`/guides/${guide.id}`)}>
      <span class="card__title">{guide.title}</span>
      <span class="card__text">{guide.summary}</span>
    </a>
  );
}
