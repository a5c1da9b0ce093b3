// The Guides section.
import { Page } from '../../ui/PagePlaceholder';

/** The Guides page. */
export function GuidesPage() {
  return (
    <Page title="Guides">
      <p>Des guides pas à pas à montrer ou à lire à voix haute : créer une adresse e-mail, utiliser FranceConnect, recevoir un code SMS…</p>
    </Page>
  );
}
