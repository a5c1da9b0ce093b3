// The suivi pages inside the Démarches section: /demarches/a-relancer, /demarches/suivis/<id> (the
// checklist) and /demarches/suivis/<id>/pieces (the printable sheet).
import type { ContentPack } from '../../../shared/schema/content';
import { getBeneficiary } from '../../db/beneficiaries-repository';
import { getSuivi } from '../../db/suivis-repository';
import { useAppServices } from '../../session/app-context';
import { Page } from '../../ui/PagePlaceholder';
import { linkProps } from '../../ui/router';
import { todayIso } from '../../ui/dates';
import { useDbValue } from '../../ui/use-db-query';
import { FollowUpList } from './FollowUpList';
import { PiecesSheet } from './PiecesSheet';
import { missingDocuments } from './suivi-rules';
import { SuiviPage } from './SuiviPage';

/** The suivi page for `path`. */
export function SuiviRoutes({ path, pack }: { path: string; pack: ContentPack }) {
  if (path === '/demarches/a-relancer') return <FollowUpList pack={pack} />;
  const [, , , id = '', sub] = path.split('/');
  return <OneSuivi id={id} sheet={sub === 'pieces'} pack={pack} />;
}

function OneSuivi({ id, sheet, pack }: { id: string; sheet: boolean; pack: ContentPack }) {
  const { db } = useAppServices();
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
          <a {...linkProps('/demarches')}>← Démarches</a>
        </p>
      </Page>
    );
  }
  const { suivi, person } = data;
  const demarche = pack.demarches.find((d) => d.id === suivi.demarcheId);
  if (!sheet || !demarche) return <SuiviPage suivi={suivi} person={person} pack={pack} />;
  return (
    <Page title="Pièces à apporter">
      <p class="back-link no-print">
        <a {...linkProps(`/demarches/suivis/${suivi.id}`)}>← Retour à la liste à cocher</a>
      </p>
      <PiecesSheet
        firstName={person?.firstName ?? null}
        demarche={demarche}
        missing={missingDocuments(demarche, suivi.ticks)}
        partner={pack.partners.find((p) => p.id === demarche.partnerId)}
        today={todayIso(db.now())}
      />
    </Page>
  );
}
