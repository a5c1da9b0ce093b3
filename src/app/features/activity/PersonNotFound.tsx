// The page of an activity form or page for a person this tablet does not have (or no longer has).
import { Page } from '../../ui/PagePlaceholder';

/** Said instead of the form when the person's file is not on the tablet. */
export function PersonNotFound() {
  return (
    <Page title="Personne introuvable">
      <p>Ce dossier n’est pas (ou plus) sur cette tablette.</p>
    </Page>
  );
}
