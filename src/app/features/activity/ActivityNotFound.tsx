// The page for an address under /activite that no page reads.
import { Page } from '../../ui/PagePlaceholder';

/** « Page introuvable ». */
export function ActivityNotFound() {
  return (
    <Page title="Page introuvable">
      <p>Cette page de l’activité n’existe pas.</p>
    </Page>
  );
}
