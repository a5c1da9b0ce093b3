// The Démarches section's chunk: the catalogue (home, by operator, by situation, one démarche) and the
// suivis it leads to (to follow up, one checklist, its sheet).
import type { ContentPack } from '../../../shared/schema/content';
import type { ReadyContent } from '../../catalogue/content-store';
import { CatalogueHome } from '../../features/demarches/CatalogueHome';
import { DemarcheDetail } from '../../features/demarches/DemarcheDetail';
import { DemarcheNotFound } from '../../features/demarches/DemarcheListPages';
import { StaleDemarchesLink } from '../../features/demarches/StaleDemarches';
import { FollowUpLink } from '../../features/suivis/FollowUpList';
import { StartForPerson } from '../../features/suivis/StartForPerson';

export { DemarcheNotFound as NotFound, OperatorPage, SituationPage } from '../../features/demarches/DemarcheListPages';
export { FollowUpList as FollowUpPage } from '../../features/suivis/FollowUpList';
export { StaleDemarchesPage } from '../../features/demarches/StaleDemarches';
export { SuiviChecklistPage, SuiviSheetPage } from '../../features/suivis/SuiviPages';

/** /demarches: search and browse, with the link to the suivis to follow up (and, for a coordinator, to the démarches to check). */
export function CataloguePage({ content }: { content: ReadyContent }) {
  return (
    <CatalogueHome
      content={content}
      followUps={
        <>
          <FollowUpLink />
          <StaleDemarchesLink pack={content.pack} />
        </>
      }
    />
  );
}

/** /demarches/<demarcheId>: one démarche, and « Commencer pour une personne ». */
export function DemarchePage({ demarcheId, pack }: { demarcheId: string; pack: ContentPack }) {
  const demarche = pack.demarches.find((d) => d.id === demarcheId);
  if (!demarche) return <DemarcheNotFound />;
  return (
    <DemarcheDetail demarche={demarche} partner={pack.partners.find((p) => p.id === demarche.partnerId)}>
      <StartForPerson demarcheId={demarche.id} />
    </DemarcheDetail>
  );
}
