// The partner to call for a démarche: address, opening hours, phone, how to refer a person.
import type { Partner } from '../../shared/schema/content';

/** The partner's contact card. */
export function PartnerCard({ partner }: { partner: Partner }) {
  return (
    <section class="partner" aria-labelledby="partner-title">
      <h2 id="partner-title">Qui contacter</h2>
      <p class="partner__name">{partner.name}</p>
      <dl class="facts">
        <dt>Adresse</dt>
        <dd>
          {partner.address} ({partner.commune})
        </dd>
        <dt>Horaires</dt>
        <dd>{partner.hours}</dd>
        {partner.phone && (
          <>
            <dt>Téléphone</dt>
            <dd>
              <a href={`tel:${partner.phone.replace(/[^\d+]/g, '')}`}>{partner.phone}</a>
            </dd>
          </>
        )}
        {partner.website && (
          <>
            <dt>Site</dt>
            <dd>
              <a href={partner.website} target="_blank" rel="noopener noreferrer">
                {partner.website.replace(/^https?:\/\//, '')}
                <span class="visually-hidden"> (nouvel onglet)</span>
              </a>
            </dd>
          </>
        )}
        <dt>Comment orienter</dt>
        <dd>{partner.howToRefer}</dd>
      </dl>
    </section>
  );
}
