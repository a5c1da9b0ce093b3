// The Bénéficiaires section: a small shell page; the files, diagnostics, mandates and RGPD pages load in
// their own chunk on first visit (then stay), so that the app's first screen stays light.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Page } from '../../ui/PagePlaceholder';
import { usePath } from '../../ui/router';

type View = ComponentType<{ path: string }>;
let View: View | undefined;
let loading: Promise<void> | undefined;
let broken = false;

/** The Bénéficiaires page: the list of files, each file and what is done with the person. */
export function BeneficiariesPage() {
  const path = usePath();
  const [, setLoaded] = useState(View !== undefined);
  useEffect(() => {
    if (View) return;
    loading ??= import('./BeneficiariesView').then(
      (module) => void (View = module.BeneficiariesView),
      () => void (broken = true),
    );
    void loading.then(() => setLoaded(true));
  }, []);
  if (broken) {
    return (
      <Page title="Bénéficiaires">
        <p class="notice-error">Cette page n’a pas pu être chargée. Rechargez la page.</p>
      </Page>
    );
  }
  if (!View) {
    return (
      <Page title="Bénéficiaires">
        <p aria-busy="true">Chargement…</p>
      </Page>
    );
  }
  return <View path={path} />;
}
