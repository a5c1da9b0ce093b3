// The Réglages section.
import { ContentVersion } from '../../content/ContentVersion';
import { Page } from '../../ui/PagePlaceholder';

/** The Réglages page: the version of the app that runs on this device, and the content pack it uses. */
export function SettingsPage() {
  return (
    <Page title="Réglages">
      <p>Le compte, l’appareil, la version de l’application et du contenu.</p>
      <dl class="facts">
        <dt>Version de l’application</dt>
        <dd>{__APP_VERSION__}</dd>
      </dl>
      <ContentVersion />
    </Page>
  );
}
