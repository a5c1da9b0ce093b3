// The Activité section.
import { Page } from '../../ui/PagePlaceholder';

/** The Activité page. */
export function ActivityPage() {
  return (
    <Page title="Activité">
      <p>Les accompagnements, orientations et pass numériques, et les statistiques de la structure.</p>
    </Page>
  );
}
