// /beneficiaires: the files on the tablet with their search, and the way to a new file.
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { listBeneficiaries } from '../../db/beneficiaries-repository';
import { preparePersonFiles } from '../../db/person-file-repository';
import { paths } from '../../routes/paths';
import { useAppServices } from '../../session/app-context';
import { useFlash } from '../../ui/flash';
import { Page } from '../../ui/PagePlaceholder';
import { linkProps } from '../../ui/router';
import { useDbValue } from '../../ui/use-db-query';
import { BeneficiaryList } from './BeneficiaryList';

/** The list page; `actions` go beside « Nouveau dossier » (the mandates to renew, say). */
export function BeneficiaryListPage({ actions }: { actions?: ComponentChildren }) {
  const people = useDbValue(listBeneficiaries, []);
  usePreparedPersonFiles(people !== undefined);
  const flash = useFlash();
  return (
    <Page title="Bénéficiaires">
      {flash && (
        <p class="notice-info" role="status">
          {flash}
        </p>
      )}
      <div class="form-actions">
        <a class="button button--primary" {...linkProps(paths.newFile())}>
          Nouveau dossier
        </a>
        {actions}
      </div>
      {people ? <BeneficiaryList people={people} /> : <p aria-busy="true">Chargement…</p>}
    </Page>
  );
}

/** Once the list is on screen, the records a file shows are opened in idle time: the first file opens fast too. */
function usePreparedPersonFiles(listShown: boolean): void {
  const { db } = useAppServices();
  useEffect(() => {
    if (!listShown) return;
    const prepare = () => void preparePersonFiles(db);
    if (typeof requestIdleCallback !== 'function') return prepare();
    const handle = requestIdleCallback(prepare, { timeout: 2_000 });
    return () => cancelIdleCallback(handle);
  }, [db, listShown]);
}
