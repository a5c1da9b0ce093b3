// The suivi views inside the catalogue, loaded on first use: the catalogue's chunk stays free of the
// database code, and a catalogue shown without the app's services (previews, tests) shows none of them.
import { useContext, useEffect, useState } from 'preact/hooks';
import type { ContentPack } from '../../../shared/schema/content';
import { AppContext } from '../../session/app-context';
import { Page } from '../../ui/PagePlaceholder';

type Parts = typeof import('./suivi-parts');
let parts: Parts | undefined;
let loading: Promise<Parts> | undefined;

function useParts(enabled: boolean): Parts | undefined {
  const [, setLoaded] = useState(parts !== undefined);
  useEffect(() => {
    if (!enabled || parts) return;
    let active = true;
    loading ??= import('./suivi-parts');
    void loading.then((loaded) => {
      parts = loaded;
      if (active) setLoaded(true);
    });
    return () => void (active = false);
  }, [enabled]);
  return enabled ? parts : undefined;
}

/** True when `path` is one of the suivi pages: /demarches/a-relancer, /demarches/suivis/<id>[/pieces]. */
export function isSuiviPath(path: string): boolean {
  return path === '/demarches/a-relancer' || path.startsWith('/demarches/suivis/');
}

/** The suivi page for `path`. */
export function LazySuiviRoutes({ path, pack }: { path: string; pack: ContentPack }) {
  const loaded = useParts(true);
  if (loaded) return <loaded.SuiviRoutes path={path} pack={pack} />;
  return (
    <Page title="Suivi de démarche">
      <p aria-busy="true">Chargement…</p>
    </Page>
  );
}

/** "Commencer pour une personne" on a démarche's page. */
export function LazyStartForPerson({ demarcheId }: { demarcheId: string }) {
  const loaded = useParts(useContext(AppContext) !== null);
  return loaded ? <loaded.StartForPerson demarcheId={demarcheId} /> : null;
}

/** The link "À relancer (N)" on the catalogue's home. */
export function LazyFollowUpLink() {
  const loaded = useParts(useContext(AppContext) !== null);
  return loaded ? <loaded.FollowUpLink /> : null;
}
