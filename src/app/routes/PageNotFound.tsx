// The page for an address that no route reads and no section owns (a mistyped or outdated link).
import { Page } from '../ui/PagePlaceholder';
import { linkProps } from '../ui/router';
import { paths } from './paths';

/** "Page introuvable", with the way back to the home page. */
export function PageNotFound() {
  return (
    <Page title="Page introuvable">
      <p>Cette adresse ne mène à aucune page de Déclic.</p>
      <p class="back-link">
        <a {...linkProps(paths.home())}>← Retour à l’accueil</a>
      </p>
    </Page>
  );
}
