// The page for an address under /beneficiaires that names no file on this tablet.
import { Page } from '../../ui/PagePlaceholder';
import { linkProps } from '../../ui/router';
import { paths } from '../../routes/paths';

/** The page for an address that names no file. */
export function NotFound() {
  return (
    <Page title="Dossier introuvable">
      <p>Ce dossier n’est pas sur cette tablette, ou il a été effacé.</p>
      <p class="back-link">
        <a {...linkProps(paths.beneficiaries())}>← Tous les dossiers</a>
      </p>
    </Page>
  );
}
