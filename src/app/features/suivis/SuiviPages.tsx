// The pages of one suivi inside the Démarches section: its checklist (/demarches/suivis/<id>) and the
// printable « Pièces à apporter » sheet (/demarches/suivis/<id>/pieces).
import type { VNode } from 'preact';
import type { ContentPack } from '../../../shared/schema/content';
import { notesOf, useLocalContent } from '../../catalogue/local-content';
import { getBeneficiary, type Beneficiary } from '../../db/beneficiaries-repository';
import { getSuivi, type Suivi } from '../../db/suivis-repository';
import { paths } from '../../routes/paths';
import { useAppServices } from '../../session/app-context';
import { todayIso } from '../../ui/dates';
import { Page } from '../../ui/PagePlaceholder';
import { linkProps } from '../../ui/router';
import { useDbValue } from '../../ui/use-db-query';
import { PiecesSheet } from './PiecesSheet';
import { missingDocuments } from './suivi-rules';
import { SuiviPage } from './SuiviPage';

/** The checklist page. */
export function SuiviChecklistPage({ id, pack }: { id: string; pack: ContentPack }) {
  return <WithSuivi id={id}>{(suivi, person) => <SuiviPage suivi={suivi} person={person} pack={pack} />}</WithSuivi>;
}

/** The sheet of the documents still to bring (the checklist when the démarche left the catalogue). */
export function SuiviSheetPage({ id, pack }: { id: string; pack: ContentPack }) {
  const { db } = useAppServices();
  const local = useLocalContent();
  return (
    <WithSuivi id={id}>
      {(suivi, person) => {
        const demarche = pack.demarches.find((d) => d.id === suivi.demarcheId);
        if (!demarche) return <SuiviPage suivi={suivi} person={person} pack={pack} />;
        return (
          <Page title="Pièces à apporter">
            <p class="back-link no-print">
              <a {...linkProps(paths.suivi({ id: suivi.id }))}>← Retour à la liste à cocher</a>
            </p>
            <PiecesSheet
              firstName={person?.firstName ?? null}
              demarche={demarche}
              missing={missingDocuments(demarche, suivi.ticks)}
              partner={pack.partners.find((p) => p.id === demarche.partnerId)}
              today={todayIso(db.now())}
              localNotes={notesOf(local, demarche.id)}
            />
          </Page>
        );
      }}
    </WithSuivi>
  );
}

/** Reads the suivi `id` and its person (undefined when their file is not on the tablet), then draws `children`. */
function WithSuivi({ id, children }: { id: string; children: (suivi: Suivi, person: Beneficiary | undefined) => VNode }) {
  const data = useDbValue(
    async (d) => {
      const suivi = await getSuivi(d, id);
      return suivi ? { suivi, person: suivi.beneficiaryId ? await getBeneficiary(d, suivi.beneficiaryId) : undefined } : null;
    },
    [id],
  );
  if (data === undefined) {
    return (
      <Page title="Suivi de démarche">
        <p aria-busy="true">Chargement…</p>
      </Page>
    );
  }
  if (data === null) {
    return (
      <Page title="Suivi introuvable">
        <p>Ce suivi n’est pas sur cette tablette, ou il a été supprimé.</p>
        <p>
          <a {...linkProps(paths.demarches())}>← Démarches</a>
        </p>
      </Page>
    );
  }
  return children(data.suivi, data.person);
}
