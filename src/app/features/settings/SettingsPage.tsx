// The Réglages section.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ContentVersion } from '../../catalogue/ContentVersion';
import { Page } from '../../ui/PagePlaceholder';

let Security: ComponentType | undefined;
let loading: Promise<void> | undefined;
let broken = false;

/** The Réglages page: the account and its logout, the lock, the version of the app and of its content. */
export function SettingsPage() {
  const [, setLoaded] = useState(Security !== undefined);
  useEffect(() => {
    if (Security) return;
    loading ??= import('../lock/SecuritySettings').then(
      (module) => void (Security = module.SecuritySettings),
      () => void (broken = true),
    );
    void loading.then(() => setLoaded(true));
  }, []);
  return (
    <Page title="Réglages">
      <p>Le compte, le verrouillage, la version de l’application et du contenu.</p>
      {Security ? (
        <Security />
      ) : broken ? (
        <p class="notice-error">Le compte et le verrouillage n’ont pas pu être chargés. Rechargez la page.</p>
      ) : (
        <p aria-busy="true">Chargement…</p>
      )}
      <h2>Version</h2>
      <dl class="facts">
        <dt>Version de l’application</dt>
        <dd>{__APP_VERSION__}</dd>
      </dl>
      <ContentVersion />
    </Page>
  );
}
