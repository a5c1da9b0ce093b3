// Search results over the catalogue and the guides: démarches and guides listed apart, best first, and the
// group holding the best answer first ("adresse mail" is a guide before it is a démarche).
import type { ComponentChildren } from 'preact';
import type { ContentPack, Demarche, Guide } from '../../shared/schema/content';
import { search, type SearchIndex } from '../search/search-index';
import { linkProps } from '../ui/router';
import { operatorLabels } from './labels';
import type { SearchKind } from './search-documents';
import { paths } from '../routes/paths';

/** The items that answer `query`, best first (démarches and guides of `pack`). */
export function findItems(
  pack: ContentPack,
  index: SearchIndex,
  query: string,
  kind?: SearchKind,
): { demarches: Demarche[]; guides: Guide[]; guidesFirst: boolean } {
  const hits = search(index, query, { limit: 40, ...(kind ? { kind } : {}) });
  const byId = <T extends { id: string }>(items: T[], wanted: SearchKind) =>
    hits.filter((hit) => hit.kind === wanted).flatMap((hit) => items.filter((item) => item.id === hit.id));
  return { demarches: byId(pack.demarches, 'demarche'), guides: byId(pack.guides, 'guide'), guidesFirst: hits[0]?.kind === 'guide' };
}

/** The results of `query`; `kind` keeps only démarches or only guides. */
export function SearchResults({ pack, index, query, kind }: { pack: ContentPack; index: SearchIndex; query: string; kind?: SearchKind }) {
  const { demarches, guides, guidesFirst } = findItems(pack, index, query, kind);
  const count = demarches.length + guides.length;
  const demarcheGroup = demarches.length > 0 && (
    <ResultGroup title={kind ? undefined : 'Démarches'}>
      {demarches.map((d) => (
        <ResultItem
          key={d.id}
          path={paths.demarche({ demarcheId: d.id })}
          title={d.title}
          meta={operatorLabels[d.operator].short}
          text={d.summary}
        />
      ))}
    </ResultGroup>
  );
  const guideGroup = guides.length > 0 && (
    <ResultGroup title={kind ? undefined : 'Guides'}>
      {guides.map((g) => (
        <ResultItem key={g.id} path={paths.guide({ guideId: g.id })} title={g.title} meta="Guide" text={g.summary} />
      ))}
    </ResultGroup>
  );
  return (
    <div class="search-results">
      <p role="status" class="search-results__count">
        {count === 0 ? `Aucun résultat pour « ${query.trim()} ». Essayez un autre mot.` : `${count} résultat${count > 1 ? 's' : ''}`}
      </p>
      {guidesFirst && guideGroup}
      {demarcheGroup}
      {!guidesFirst && guideGroup}
    </div>
  );
}

function ResultGroup({ title, children }: { title: string | undefined; children: ComponentChildren }) {
  return (
    <>
      {title && <h2 class="search-results__group">{title}</h2>}
      <ul class="card-list">{children}</ul>
    </>
  );
}

function ResultItem({ path, title, meta, text }: { path: string; title: string; meta: string; text: string }) {
  return (
    <li>
      <a class="card" {...linkProps(path)}>
        <span class="card__title">{title}</span>
        <span class="card__meta">{meta}</span>
        <span class="card__text">{text}</span>
      </a>
    </li>
  );
}
