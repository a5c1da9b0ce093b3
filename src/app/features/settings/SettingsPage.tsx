// The Réglages section.
import { Page } from '../../ui/PagePlaceholder';

/** The Réglages page. */
export function SettingsPage() {
  return (
    <Page title="Réglages">
      <p>Le compte, l’appareil, la version de l’application et du contenu.</p>
    </Page>
  );
}
