// /beneficiaires: the files on the tablet with their search, and the way to a new file.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { preparePersonFiles } from '../../db/person-file-repository';
import { listPeople, onIndexProgress, type IndexProgress } from '../../db/person-index';
import { paths } from '../../routes/paths';
import { useAppServices } from '../../session/app-context';
import { useFlash } from '../../ui/flash';
import { Page } from '../../ui/PagePlaceholder';
import { linkProps } from '../../ui/router';
import { whenIdle } from '../../ui/idle';
import { useDbValue } from '../../ui/use-db-query';
import { BeneficiaryList } from './BeneficiaryList';

/** The list page; `actions` go beside « Nouveau dossier » (the mandates to renew, say). */
export function BeneficiaryListPage({ actions }: { actions?: ComponentChildren }) {
  // The sealed index of the files (names, commune, last contact): one blob opened, not every file.
  const people = useDbValue(listPeople, []);
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
      {people ? <BeneficiaryList people={people} /> : <IndexLoading />}
    </Page>
  );
}

/** « Chargement… », and how far the list is prepared when the tablet builds it again (after an update). */
function IndexLoading() {
  const { db } = useAppServices();
  const [progress, setProgress] = useState<IndexProgress | null>(null);
  useEffect(() => onIndexProgress(db, setProgress), [db]);
  if (!progress || progress.total === 0) return <p aria-busy="true">Chargement…</p>;
  return (
    <div aria-busy="true">
      <p>
        Préparation de la liste des dossiers sur cette tablette (une fois, après une mise à jour) : {progress.done} sur {progress.total}…
      </p>
      <progress max={progress.total} value={progress.done} aria-label="Préparation de la liste des dossiers" />
    </div>
  );
}

/** Once the list is on screen, the records a file shows are opened in idle time: the first file opens fast too. */
function usePreparedPersonFiles(listShown: boolean): void {
  const { db } = useAppServices();
  useEffect(() => {
    if (!listShown) return;
    return whenIdle(() => void preparePersonFiles(db), 2_000);
  }, [db, listShown]);
}
