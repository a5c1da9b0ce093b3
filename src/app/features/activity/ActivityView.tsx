// The Activité section's pages (/activite/…), picked from the path.
import type { ContentViewProps } from '../../catalogue/lazy-content-view';
import { Page } from '../../ui/PagePlaceholder';
import { ActivityHome } from './ActivityHome';
import { DashboardPage } from './dashboard/DashboardPage';
import { OrientationForm } from './orientations/OrientationForm';
import { OrientationSlip } from './orientations/OrientationSlip';
import { OrientationsPage } from './orientations/OrientationsPage';
import { HandOutForm } from './pass/HandOutForm';
import { PassStockPage } from './pass/PassStockPage';
import { PersonActivityPage } from './PersonActivityPage';
import { activityRoute } from './routes';
import { AtelierForm } from './session/AtelierForm';
import { QuickSessionForm } from './session/QuickSessionForm';
import { SessionsPage } from './session/SessionsPage';

/** Picks the Activité page for `path`. */
export function ActivityView({ path, content }: ContentViewProps) {
  const { pack } = content;
  const route = activityRoute(path);
  switch (route.page) {
    case 'home':
      return <ActivityHome />;
    case 'sessions':
      return <SessionsPage pack={pack} />;
    case 'atelier':
      return <AtelierForm pack={pack} />;
    case 'orientations':
      return <OrientationsPage pack={pack} />;
    case 'pass':
      return <PassStockPage />;
    case 'stats':
      return <DashboardPage pack={pack} />;
    case 'person':
      return <PersonActivityPage key={route.beneficiaryId} beneficiaryId={route.beneficiaryId} />;
    case 'log-session':
      return <QuickSessionForm key={route.beneficiaryId} beneficiaryId={route.beneficiaryId} pack={pack} />;
    case 'new-orientation':
      return <OrientationForm key={route.beneficiaryId} beneficiaryId={route.beneficiaryId} pack={pack} />;
    case 'hand-out':
      return <HandOutForm key={route.beneficiaryId} beneficiaryId={route.beneficiaryId} />;
    case 'orientation':
      return <OrientationSlip key={route.orientationId} orientationId={route.orientationId} pack={pack} />;
    case 'unknown':
      return (
        <Page title="Page introuvable">
          <p>Cette page de l’activité n’existe pas.</p>
        </Page>
      );
  }
}
