// /beneficiaires/nouveau: the form of a new file, checked against the files already on the tablet.
import { listPeople } from '../../db/person-index';
import { paths } from '../../routes/paths';
import { Page } from '../../ui/PagePlaceholder';
import { navigate } from '../../ui/router';
import { useDbValue } from '../../ui/use-db-query';
import { BeneficiaryForm } from './BeneficiaryForm';

/** The new file's page: saved → the file; abandoned → the list. */
export function NewFilePage() {
  const people = useDbValue(listPeople, []);
  return (
    <Page title="Nouveau dossier">
      {people ? (
        <BeneficiaryForm people={people} onSaved={(id) => navigate(paths.file({ id }))} onAbandon={() => navigate(paths.beneficiaries())} />
      ) : (
        <p aria-busy="true">Chargement…</p>
      )}
    </Page>
  );
}
