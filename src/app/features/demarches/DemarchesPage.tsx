// The Démarches section.
import { Page } from '../../ui/PagePlaceholder';

/** The Démarches page. */
export function DemarchesPage() {
  return (
    <Page title="Démarches">
      <p>Le catalogue des démarches par organisme (CAF, CPAM, France Travail, MSA…), avec les pièces à apporter et les étapes.</p>
    </Page>
  );
}
