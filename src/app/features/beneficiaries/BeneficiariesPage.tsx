// The Bénéficiaires section.
import { Page } from '../../ui/PagePlaceholder';

/** The Bénéficiaires page. */
export function BeneficiariesPage() {
  return (
    <Page title="Bénéficiaires">
      <p>Les dossiers des personnes accompagnées : recherche par nom ou commune, diagnostic, démarches en cours et historique.</p>
    </Page>
  );
}
