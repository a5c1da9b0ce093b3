// The paper mandate to sign (A4, large type): the person, the aidant and the structure, the démarches,
// the dates, two signature blocks, and what Déclic is and is not.
import type { Beneficiary } from '../../db/beneficiaries-repository';
import type { Mandate } from '../../db/mandates-repository';
import { formatDay } from '../../catalogue/format';
import { linkProps } from '../../ui/router';
import { displayName } from '../../ui/person-name';
import { demarcheLabel } from '../../catalogue/labels';
import { useCatalogue } from '../../catalogue/content-store';
import { durationLabels } from '../../labels/records';
import { lastDayOf } from './mandate-period';
import { paths } from '../../routes/paths';

const BLANK = '………………………………';

/** The printable mandate; "Imprimer" opens the browser's print dialog. */
export function MandatePrint({ mandate, person, structureName }: { mandate: Mandate; person: Beneficiary; structureName: string }) {
  const catalogue = useCatalogue();
  return (
    <div class="mandate-print">
      <p class="no-print back-link">
        <a {...linkProps(paths.file({ id: person.id }))}>← Retour au dossier</a>
      </p>
      <p class="no-print">
        <button type="button" class="button button--primary" onClick={() => window.print()}>
          Imprimer le mandat
        </button>
      </p>
      <p class="mandate-print__structure">{structureName}</p>
      <h2 class="mandate-print__title">Mandat pour faire des démarches à ma place</h2>
      <p>
        Je soussigné·e <strong>{displayName(person)}</strong>
        {person.birthYear !== null ? `, né·e en ${person.birthYear}` : ''}, habitant à <strong>{person.commune ?? BLANK}</strong>,
      </p>
      <p>
        donne mandat à <strong>{mandate.aidantName ?? BLANK}</strong>, aidant·e numérique (structure : <strong>{structureName}</strong>),
        pour faire en mon nom les démarches{'\u00a0'}suivantes{'\u00a0'}:
      </p>
      <ul class="mandate-print__demarches">
        {mandate.demarcheIds.map((id) => (
          <li key={id}>{demarcheLabel(id, catalogue)}</li>
        ))}
      </ul>
      <p>
        Durée : <strong>{durationLabels[mandate.duration]}</strong>, du <strong>{formatDay(mandate.startOn)}</strong> au{' '}
        <strong>{formatDay(lastDayOf(mandate.startOn, mandate.duration))}</strong> inclus.
      </p>
      {mandate.revokedOn && (
        <p>
          <strong>Ce mandat a été révoqué le {formatDay(mandate.revokedOn)}.</strong>
        </p>
      )}
      <p>Je peux mettre fin à ce mandat à tout moment, en le disant à l’aidant·e ou à la structure.</p>
      <p>L’aidant·e ne garde que ce qui sert à ces démarches et ne les utilise pour rien d’autre.</p>
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
          <p class="signature__name">{displayName(person)}</p>
        </div>
        <div class="signature">
          <p>Signature de l’aidant·e</p>
          <p class="signature__name">{mandate.aidantName ?? ''}</p>
        </div>
      </div>
    </div>
  );
}
