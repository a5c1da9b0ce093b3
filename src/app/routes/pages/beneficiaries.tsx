// The Bénéficiaires section's chunk: the list of files, a new file, the mandates to renew, and the pages
// of each person's file.
import { BeneficiaryListPage } from '../../features/beneficiaries/BeneficiaryListPage';
import { DuplicatesLink } from '../../features/beneficiaries/DuplicatesPage';
import { ExpiringMandatesLink } from '../../features/mandates/ExpiringMandatesPage';

export { NewFilePage } from '../../features/beneficiaries/NewFilePage';
export { DuplicatesPage } from '../../features/beneficiaries/DuplicatesPage';
export { MergeFilesPage } from '../../features/beneficiaries/MergeFilesPage';
export { NotFound } from '../../features/beneficiaries/NotFound';
export { ExpiringMandatesPage } from '../../features/mandates/ExpiringMandatesPage';
export * from './person-file-pages';

/** /beneficiaires (and the home page): the files, with the mandates that expire soon and the possible duplicates. */
export function ListPage() {
  return (
    <BeneficiaryListPage
      actions={
        <>
          <ExpiringMandatesLink />
          <DuplicatesLink />
        </>
      }
    />
  );
}
