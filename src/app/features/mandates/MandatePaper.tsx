// One mandate laid out with the words of its template (mandate-templates.ts): the page is the same for every
// version, and what differs — the list of démarches or of families, the fingerprint — follows the template.
import type { Mandate } from '../../db/mandates-repository';
import { formatDay } from '../../catalogue/format';
import { demarcheLabel } from '../../catalogue/labels';
import { useCatalogue } from '../../catalogue/content-store';
import { durationLabels } from '../../labels/records';
import { durationDaysLabels, familyLabels } from '../../labels/mandate-families';
import type { MandateTemplate } from './mandate-templates';
import { groupedFingerprint, type MandateContent } from './mandate-content';
import { revokedOnAll } from './mandate-period';

const BLANK = '………………………………';

/** The paper itself, without the buttons around it. */
export function MandatePaper(props: { template: MandateTemplate; mandate: Mandate; content: MandateContent; fingerprint: string | null }) {
  const { template, mandate, content } = props;
  const structure = content.structureName;
  const aidant = content.aidantName ?? BLANK;
  const duration = template.version === 1 && mandate.duration ? durationLabels[mandate.duration] : durationDaysLabels[mandate.durationDays];
  const revokedOn = revokedOnAll(mandate);
  return (
    <>
      <p class="mandate-print__structure">{structure}</p>
      <h2 class="mandate-print__title">{template.title}</h2>
      <p>
        Je soussigné·e <strong>{content.person.name}</strong>
        {content.person.birthYear !== null ? `, né·e en ${content.person.birthYear}` : ''}, habitant à{' '}
        <strong>{content.person.commune ?? BLANK}</strong>,
      </p>
      <p>
        donne mandat à <strong>{aidant}</strong>, aidant·e numérique (structure : <strong>{structure}</strong>), {template.grant}
      </p>
      {template.version === 1 ? <DemarchesList ids={mandate.demarcheIds ?? []} /> : <FamiliesList mandate={mandate} />}
      <p>
        Durée : <strong>{duration}</strong>, du <strong>{formatDay(content.startOn)}</strong> au{' '}
        <strong>{formatDay(content.lastDay)}</strong> inclus.
      </p>
      {revokedOn && (
        <p>
          <strong>Ce mandat a été révoqué le {formatDay(revokedOn)}.</strong>
        </p>
      )}
      {template.clauses.map((clause) => (
        <p key={clause}>{clause}</p>
      ))}
      <p class="mandate-print__legal">
        Déclic enregistre ce mandat pour le suivi de la structure ; il ne remplace pas Aidants Connect, le service de l’État pour les
        mandats en ligne.
      </p>
      <p>
        Fait à {BLANK}, le {BLANK}
      </p>
      <div class="signatures">
        <div class="signature">
          <p>Signature de la personne</p>
          <p class="signature__name">{content.person.name}</p>
        </div>
        <div class="signature">
          <p>Signature de l’aidant·e</p>
          <p class="signature__name">{content.aidantName ?? ''}</p>
        </div>
      </div>
      {template.fingerprint && (
        <p class="mandate-print__fingerprint">
          Modèle {template.id} (version {template.version}). Empreinte SHA-256 du contenu :{' '}
          <span class="mandate-print__hash" data-hash={props.fingerprint ?? ''}>
            {props.fingerprint ? groupedFingerprint(props.fingerprint) : 'calcul en cours…'}
          </span>
        </p>
      )}
    </>
  );
}

function DemarchesList({ ids }: { ids: string[] }) {
  const catalogue = useCatalogue();
  return (
    <ul class="mandate-print__demarches">
      {ids.map((id) => (
        <li key={id}>{demarcheLabel(id, catalogue)}</li>
      ))}
    </ul>
  );
}

/** Each family with what it covers, and the day it was taken out of the mandate, if it was. */
function FamiliesList({ mandate }: { mandate: Mandate }) {
  return (
    <ul class="mandate-print__demarches">
      {mandate.families.map((family) => (
        <li key={family}>
          <strong>{familyLabels[family].title}</strong> : {familyLabels[family].description}
          {mandate.revokedFamilies[family] && <em> (retirée du mandat le {formatDay(mandate.revokedFamilies[family])})</em>}
        </li>
      ))}
    </ul>
  );
}
