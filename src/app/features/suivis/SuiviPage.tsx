// The checklist page of one suivi: the démarche's steps and documents to tick, status, follow-up date
// and note, links to the person's file, the démarche and the "Pièces à apporter" sheet.
import type { ContentPack } from '../../../shared/schema/content';
import type { Beneficiary } from '../../db/beneficiaries-repository';
import { setItemChecked, updateSuivi, type Suivi } from '../../db/suivis-repository';
import { useAppServices } from '../../session/app-context';
import { Page } from '../../ui/PagePlaceholder';
import { linkProps } from '../../ui/router';
import { todayIso } from '../../ui/dates';
import { displayName } from '../../ui/person-name';
import { ChecklistRows } from './ChecklistRows';
import { statusLabels } from '../../labels/records';
import { checklistRows, type ChecklistRow } from './suivi-rules';
import { SuiviFields } from './SuiviFields';
import { ofName } from '../../ui/french';
import { paths } from '../../routes/paths';

/** The page; `person` is undefined when their file is not (or no longer) on the tablet. */
export function SuiviPage({ suivi, person, pack }: { suivi: Suivi; person: Beneficiary | undefined; pack: ContentPack }) {
  const { db } = useAppServices();
  const demarche = pack.demarches.find((d) => d.id === suivi.demarcheId);
  const title = demarche?.title ?? 'Démarche retirée du catalogue';
  const name = person ? displayName(person) : 'Personne inconnue';
  const toggle = (row: ChecklistRow, checked: boolean) => void setItemChecked(db, suivi.id, row, checked, todayIso(db.now()));
  const steps = checklistRows(demarche, suivi.ticks, 'step');
  const documents = checklistRows(demarche, suivi.ticks, 'document');
  return (
    <Page title={`${title} — ${name}`}>
      <nav class="actions no-print" aria-label="Liens du suivi">
        {person && <a {...linkProps(paths.file({ id: person.id }))}>← Dossier {ofName(name)}</a>}
        {demarche && <a {...linkProps(paths.demarche({ demarcheId: demarche.id }))}>Fiche de la démarche</a>}
        <a class="button" {...linkProps(paths.suiviSheet({ id: suivi.id }))}>
          Fiche « Pièces à apporter »
        </a>
      </nav>
      <p class="badge-line">{statusLabels[suivi.status ?? 'a-faire']}</p>
      {!demarche && (
        <p class="notice-warning">Cette démarche n’est plus dans le catalogue de la tablette ; ce qui a été coché reste affiché.</p>
      )}
      <section aria-labelledby="suivi-steps">
        <h2 id="suivi-steps">Étapes</h2>
        <ChecklistRows rows={steps} ordered label="Étapes à cocher" onToggle={toggle} />
      </section>
      <section aria-labelledby="suivi-documents">
        <h2 id="suivi-documents">Pièces justificatives</h2>
        {documents.length === 0 ? (
          <p>Aucune pièce à préparer.</p>
        ) : (
          <ChecklistRows rows={documents} ordered={false} label="Pièces à cocher" onToggle={toggle} />
        )}
      </section>
      <section aria-labelledby="suivi-follow">
        <h2 id="suivi-follow">Suivi</h2>
        <SuiviFields suivi={suivi} onChange={(changes, seen) => updateSuivi(db, suivi.id, changes, seen)} />
      </section>
    </Page>
  );
}
