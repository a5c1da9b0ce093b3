// The partner directory (/partenaires): search and filters, then one page per partner, offline.
import { useState } from 'preact/hooks';
import type { ContentViewProps } from '../../catalogue/lazy-content-view';
import { PartnerCard } from '../../catalogue/PartnerCard';
import { Page } from '../../ui/PagePlaceholder';
import { linkProps } from '../../ui/router';
import { filterPartners, partnerKindLabels, type PartnerFilter } from '../../catalogue/partner-filter';
import { PartnerFilters } from '../../catalogue/PartnerFilters';

// Kept while the app runs, so that coming back from a partner shows the same list (never in the URL).
let lastFilter: PartnerFilter = { query: '', commune: '', theme: '' };

/** The directory's home, or one partner's page. */
export function PartnersView({ path, content }: ContentViewProps) {
  const [, , id] = path.split('/');
  const { pack } = content;
  if (id) {
    const partner = pack.partners.find((p) => p.id === id);
    if (!partner)
      return (
        <Page title="Partenaire introuvable">
          <p>Ce partenaire n’est pas (ou plus) dans l’annuaire de cette tablette.</p>
          <BackToDirectory />
        </Page>
      );
    const demarches = pack.demarches.filter((d) => d.partnerId === partner.id);
    return (
      <Page title={partner.name}>
        <BackToDirectory />
        <p class="lead">{partnerKindLabels[partner.kind]}</p>
        <h2>Ce qu’il traite</h2>
        <ul>
          {partner.handles.map((h) => (
            <li key={h}>{h}</li>
          ))}
        </ul>
        <PartnerCard partner={partner} />
        {demarches.length > 0 && (
          <>
            <h2>Démarches du catalogue</h2>
            <ul class="card-list">
              {demarches.map((d) => (
                <li key={d.id}>
                  <a class="card" {...linkProps(`/demarches/${d.id}`)}>
                    <span class="card__title">{d.title}</span>
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </Page>
    );
  }
  return <Directory content={content} path={path} />;
}

function Directory({ content }: ContentViewProps) {
  const [filter, setFilter] = useState(lastFilter);
  const found = filterPartners(content.pack, filter);
  return (
    <Page title="Partenaires">
      <PartnerFilters pack={content.pack} value={filter} onChange={(next) => setFilter((lastFilter = next))} />
      <p class="search-results__count" role="status">
        {found.length === 0 ? 'Aucun partenaire ne correspond.' : `${found.length} partenaire${found.length > 1 ? 's' : ''}`}
      </p>
      <ul class="card-list">
        {found.map((partner) => (
          <li key={partner.id}>
            <a class="card" {...linkProps(`/partenaires/${partner.id}`)}>
              <span class="card__title">{partner.name}</span>
              <span class="card__meta">
                {partnerKindLabels[partner.kind]} · {partner.commune}
              </span>
              <span class="card__text">{partner.handles.join(' · ')}</span>
            </a>
          </li>
        ))}
      </ul>
    </Page>
  );
}

function BackToDirectory() {
  return (
    <p class="back-link no-print">
      <a {...linkProps('/partenaires')}>← Tous les partenaires</a>
    </p>
  );
}
