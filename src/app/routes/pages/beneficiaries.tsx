// The Bénéficiaires section's chunk: the list of files, a new file, the mandates to renew, and the pages
// of each person's file.
import { BeneficiaryListPage } from '../../features/beneficiaries/BeneficiaryListPage';
import { ExpiringMandatesLink } from '../../features/mandates/ExpiringMandatesPage';

export { NewFilePage } from '../../features/beneficiaries/NewFilePage';
export { NotFound } from '../../features/beneficiaries/NotFound';
export { ExpiringMandatesPage } from '../../features/mandates/ExpiringMandatesPage';
export * from './person-file-pages';

/** /beneficiaires (and the home page): the files, with the mandates that expire soon. */
export function ListPage() {
  return <BeneficiaryListPage actions={<ExpiringMandatesLink />} />;
}
