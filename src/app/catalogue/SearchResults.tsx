// Search results over the catalogue and the guides: démarches and guides listed apart, best first, and the
// group holding the best answer first ("adresse mail" is a guide before it is a démarche).
import type { ComponentChildren } from 'preact';
import type { ContentPack, Demarche, Guide } from '../../shared/schema/content';
import { search, type SearchIndex } from '../search/search-index';
import { linkProps } from '../ui/router';
import { operatorLabels } from './labels';
import type { SearchKind } from './search-documents';
import { findLocal, type SearchableLocalContent } from './local-content';
import { partnerHours } from './partner-hours';
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

/** The results of `query`; `kind` keeps only démarches or only guides; `local`: the territory's partners and notes too. */
export function SearchResults(props: {
  pack: ContentPack;
  index: SearchIndex;
  query: string;
  kind?: SearchKind;
  local?: SearchableLocalContent;
}) {
  const { pack, index, query, kind, local } = props;
  const national = findItems(pack, index, query, kind);
  const { guides, guidesFirst } = national;
  const found = local && !kind ? findLocal(local, query) : { partners: [], demarcheIds: [] };
  // A démarche found through its local note comes after those its national text answers.
  const demarches = [
    ...national.demarches,
    ...pack.demarches.filter((d) => found.demarcheIds.includes(d.id) && !national.demarches.some((n) => n.id === d.id)),
  ];
  const count = demarches.length + guides.length + found.partners.length;
  const localGroup = found.partners.length > 0 && (
    <ResultGroup title="Partenaires du territoire">
      {found.partners.map((p) => (
        <ResultItem
          key={p.id}
          path={paths.partner({ partnerId: p.id })}
          title={p.name ?? ''}
          meta={`Partenaire local${p.commune ? ` · ${p.commune}` : ''}`}
          text={partnerHours(p) ?? p.address ?? ''}
        />
      ))}
    </ResultGroup>
  );
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
      {localGroup}
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
