// The Réglages section: the account and lock settings the page is given, the changes the server refused,
// the version of the app and of its content.
import type { ComponentChildren } from 'preact';
import { ContentVersion } from '../../catalogue/ContentVersion';
import { paths } from '../../routes/paths';
import { Page } from '../../ui/PagePlaceholder';
import { linkProps } from '../../ui/router';
import { RefusedChanges } from './RefusedChanges';

/** The Réglages page; `children` are the account and the lock. */
export function Settings({ children }: { children: ComponentChildren }) {
  return (
    <Page title="Réglages">
      <p>Le compte, le verrouillage, les modifications refusées, la version de l’application et du contenu.</p>
      {children}
      <RefusedChanges />
      <h2>Version</h2>
      <dl class="facts">
        <dt>Version de l’application</dt>
        <dd>{__APP_VERSION__}</dd>
      </dl>
      <ContentVersion />
      <h2>Accessibilité</h2>
      <p>
        <a {...linkProps(paths.accessibility())}>Déclaration d’accessibilité</a>
      </p>
    </Page>
  );
}
