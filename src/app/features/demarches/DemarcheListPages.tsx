// The catalogue's inner lists: the démarches of one operator, of one life situation; and the page for a
// démarche the catalogue does not (or no longer) hold.
import { lifeSituations, operatorIds, type ContentPack } from '../../../shared/schema/content';
import { operatorLabels, situationLabels } from '../../catalogue/labels';
import { Page } from '../../ui/PagePlaceholder';
import { BackLink } from './BackLink';
import { DemarcheList } from './DemarcheList';

/** /demarches/organisme/<operator>: the operator's démarches (« introuvable » for a code the catalogue lacks). */
export function OperatorPage({ operator: code, pack }: { operator: string; pack: ContentPack }) {
  const operator = operatorIds.find((id) => id === code);
  if (!operator) return <DemarcheNotFound />;
  const label = operatorLabels[operator];
  return (
    <Page title={`${label.short} — ${label.long}`}>
      <BackLink />
      <DemarcheList demarches={pack.demarches.filter((d) => d.operator === operator)} showOperator={false} />
    </Page>
  );
}

/** /demarches/situation/<situation>: the démarches of a life situation (« introuvable » for an unknown one). */
export function SituationPage({ situation: code, pack }: { situation: string; pack: ContentPack }) {
  const situation = lifeSituations.find((id) => id === code);
  if (!situation) return <DemarcheNotFound />;
  return (
    <Page title={situationLabels[situation]}>
      <BackLink />
      <DemarcheList demarches={pack.demarches.filter((d) => d.situations.includes(situation))} />
    </Page>
  );
}

/** An address under /demarches that names nothing in the catalogue of this tablet. */
export function DemarcheNotFound() {
  return (
    <Page title="Démarche introuvable">
      <p>Cette démarche n’est pas (ou plus) dans le catalogue de cette tablette.</p>
      <BackLink />
    </Page>
  );
}
