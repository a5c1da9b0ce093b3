// The guides' pages under /guides: the list with its search, one guide, and the page for a guide the
// tablet does not (or no longer) hold.
import { useState } from 'preact/hooks';
import type { ContentPack, Guide } from '../../../shared/schema/content';
import type { ReadyContent } from '../../catalogue/content-store';
import { ContentUpdateStatus } from '../../catalogue/ContentUpdateStatus';
import { SearchBox } from '../../catalogue/SearchBox';
import { SearchResults } from '../../catalogue/SearchResults';
import { paths } from '../../routes/paths';
import { Page } from '../../ui/PagePlaceholder';
import { linkProps } from '../../ui/router';
import { GuideDetail } from './GuideDetail';

// Kept while the app runs, so that coming back from a guide shows the same search (never in the URL).
let lastQuery = '';

/** /guides/<guideId>: the guide, read aloud and printable. */
export function GuidePage({ guideId, pack }: { guideId: string; pack: ContentPack }) {
  const guide = pack.guides.find((g) => g.id === guideId);
  return guide ? <GuideDetail guide={guide} /> : <GuideNotFound />;
}

/** An address under /guides that names no guide of this tablet. */
export function GuideNotFound() {
  return (
    <Page title="Guide introuvable">
      <p>Ce guide n’est pas (ou plus) sur cette tablette.</p>
      <p class="back-link">
        <a {...linkProps(paths.guides())}>← Tous les guides</a>
      </p>
    </Page>
  );
}

/** /guides: every guide by title, or those the search finds. */
export function GuideListPage({ content }: { content: ReadyContent }) {
  const [query, setQuery] = useState(lastQuery);
  const guides = [...content.pack.guides].sort((a, b) => a.title.localeCompare(b.title, 'fr'));
  return (
    <Page title="Guides">
      <ContentUpdateStatus update={content.update} onlyDownload />
      {(content.pack.trainingModules?.length ?? 0) > 0 && (
        <p>
          <a class="card card--training" {...linkProps(paths.training())}>
            <span class="card__title">Se former</span>
            <span class="card__text">
              Pour vous, aidant : la posture, le cadre, les pièges des démarches. Modules courts avec trois questions.
            </span>
          </a>
        </p>
      )}
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
    <a class="card" {...linkProps(paths.guide({ guideId: guide.id }))}>
      <span class="card__title">{guide.title}</span>
      <span class="card__text">{guide.summary}</span>
    </a>
  );
}
