// The person's details on their file, with the values kept from a simultaneous edit on another tablet.
import type { Beneficiary } from '../../db/beneficiaries-repository';
import { formatDay } from '../../catalogue/format';
import { OtherVersions } from '../../ui/OtherVersions';

const day = (d: string | null) => (d ? formatDay(d) : 'non renseigné');

/** The details as a definition list. */
export function PersonFacts({ person: p }: { person: Beneficiary }) {
  const facts: [string, string][] = [
    ['Année de naissance', p.birthYear !== null ? String(p.birthYear) : 'non renseignée'],
    ['Commune', p.commune ?? 'non renseignée'],
    ['Téléphone', p.noPhone ? 'Pas de téléphone' : (p.phone ?? 'non renseigné')],
    ['Adresse e-mail', p.noEmail ? 'Pas d’adresse e-mail' : (p.email ?? 'non renseignée')],
    ['Notice d’information remise', day(p.noticeGivenOn)],
    ['Dernier contact', day(p.lastContactOn)],
    ['Dossier', p.status === 'clos' ? 'Clos' : 'Actif'],
  ];
  return (
    <>
      <dl class="facts">
        {facts.map(([label, value]) => (
          <div key={label} class="facts__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>Notes</h3>
      <p class="notes">{p.notes ?? 'Aucune note.'}</p>
      <OtherVersions versions={p.conflicts.notes} of="des notes" action="Modifiez le dossier pour garder ce qui compte." />
    </>
  );
}
