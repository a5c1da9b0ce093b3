// The catalogue's pages under /demarches: home (search, browse), one operator, one life situation,
// one démarche.
import { operatorIds, lifeSituations } from '../../../shared/schema/content';
import type { ContentViewProps } from '../../catalogue/lazy-content-view';
import { operatorLabels, situationLabels, type LifeSituation, type OperatorId } from '../../catalogue/labels';
import { Page } from '../../ui/PagePlaceholder';
import { BackLink } from './BackLink';
import { CatalogueHome } from './CatalogueHome';
import { DemarcheDetail } from './DemarcheDetail';
import { DemarcheList } from './DemarcheList';
import { isSuiviPath, LazySuiviRoutes } from '../suivis/lazy-suivis';

/** Picks the catalogue page for `path`. */
export function DemarchesView({ path, content }: ContentViewProps) {
  const [, , first, second] = path.split('/');
  const { pack } = content;
  if (!first) return <CatalogueHome content={content} />;
  if (isSuiviPath(path)) return <LazySuiviRoutes path={path} pack={pack} />;
  if (first === 'organisme' && (operatorIds as readonly string[]).includes(second ?? '')) {
    const operator = second as OperatorId;
    const label = operatorLabels[operator];
    return (
      <Page title={`${label.short} — ${label.long}`}>
        <BackLink />
        <DemarcheList demarches={pack.demarches.filter((d) => d.operator === operator)} showOperator={false} />
      </Page>
    );
  }
  if (first === 'situation' && (lifeSituations as readonly string[]).includes(second ?? '')) {
    const situation = second as LifeSituation;
    return (
      <Page title={situationLabels[situation]}>
        <BackLink />
        <DemarcheList demarches={pack.demarches.filter((d) => d.situations.includes(situation))} />
      </Page>
    );
  }
  const demarche = second === undefined ? pack.demarches.find((d) => d.id === first) : undefined;
  if (demarche) return <DemarcheDetail demarche={demarche} partner={pack.partners.find((p) => p.id === demarche.partnerId)} />;
  return (
    <Page title="Démarche introuvable">
      <p>Cette démarche n’est pas (ou plus) dans le catalogue de cette tablette.</p>
      <BackLink />
    </Page>
  );
}
