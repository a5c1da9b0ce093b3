// The partner directory (/partenaires): search and filters, then one page per partner, offline; and the
// page for a partner the tablet does not (or no longer) hold.
import { useState } from 'preact/hooks';
import type { ContentPack } from '../../../shared/schema/content';
import { PartnerCard } from '../../catalogue/PartnerCard';
import { filterPartners, partnerKindLabels, type PartnerFilter } from '../../catalogue/partner-filter';
import { PartnerFilters } from '../../catalogue/PartnerFilters';
import { useLocalContent } from '../../catalogue/local-content';
import { LocalPartnerList, LocalPartnerPage, matchingLocalPartners } from './LocalPartners';
import { paths } from '../../routes/paths';
import { Page } from '../../ui/PagePlaceholder';
import { linkProps } from '../../ui/router';

// Kept while the app runs, so that coming back from a partner shows the same list (never in the URL).
let lastFilter: PartnerFilter = { query: '', commune: '', theme: '' };

/** /partenaires/<partnerId>: what the partner handles, how to reach them, their démarches. */
export function PartnerPage({ partnerId, pack }: { partnerId: string; pack: ContentPack }) {
  const local = useLocalContent();
  const partner = pack.partners.find((p) => p.id === partnerId);
  if (!partner) {
    const localPartner = local.partners.find((p) => p.id === partnerId);
    if (localPartner) return <LocalPartnerPage partner={localPartner} back={<BackToDirectory />} />;
    return local.loaded ? <PartnerNotFound /> : <Page title="Partenaire">Chargement…</Page>;
  }
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
                <a class="card" {...linkProps(paths.demarche({ demarcheId: d.id }))}>
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

/** An address under /partenaires that names no partner of this tablet. */
export function PartnerNotFound() {
  return (
    <Page title="Partenaire introuvable">
      <p>Ce partenaire n’est pas (ou plus) dans l’annuaire de cette tablette.</p>
      <BackToDirectory />
    </Page>
  );
}

/** /partenaires: the directory, searched and filtered. */
export function DirectoryPage({ pack }: { pack: ContentPack }) {
  const [filter, setFilter] = useState(lastFilter);
  const found = filterPartners(pack, filter);
  const localFound = matchingLocalPartners(useLocalContent().partners, filter);
  return (
    <Page title="Partenaires">
      <PartnerFilters pack={pack} value={filter} onChange={(next) => setFilter((lastFilter = next))} />
      <LocalPartnerList partners={localFound} />
      {localFound.length > 0 && <h2>Annuaire national</h2>}
      <p class="search-results__count" role="status">
        {found.length === 0 ? 'Aucun partenaire ne correspond.' : `${found.length} partenaire${found.length > 1 ? 's' : ''}`}
      </p>
      <ul class="card-list">
        {found.map((partner) => (
          <li key={partner.id}>
            <a class="card" {...linkProps(paths.partner({ partnerId: partner.id }))}>
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
      <a {...linkProps(paths.partners())}>← Tous les partenaires</a>
    </p>
  );
}
