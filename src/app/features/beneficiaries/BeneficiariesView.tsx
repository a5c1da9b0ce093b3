// The pages under /beneficiaires: the list, a new file, the mandates to renew, and each person's file.
// Addresses hold record ids only: nothing personal in a URL.
import { useEffect, useRef } from 'preact/hooks';
import { recordIdSchema } from '../../../shared/schema/ids';
import { listBeneficiaries } from '../../db/beneficiaries-repository';
import { listMandates } from '../../db/mandates-repository';
import { preparePersonFiles } from '../../db/person-file-repository';
import { useAppServices } from '../../session/app-context';
import { Page } from '../../ui/PagePlaceholder';
import { linkProps, navigate } from '../../ui/router';
import { ExpiringMandates, mandatesNeedingAttention } from '../mandates/ExpiringMandates';
import { BeneficiaryForm } from './BeneficiaryForm';
import { BeneficiaryList } from './BeneficiaryList';
import { todayIso } from '../../ui/dates';
import { FileRoutes } from './FileRoutes';
import { NotFound } from './NotFound';
import { useFlash } from '../../ui/flash';
import { useDbValue } from '../../ui/use-db-query';

/** Picks the page for `path`. */
export function BeneficiariesView({ path }: { path: string }) {
  const [, , first, second, third] = path.split('/');
  useFocusOnSubPage(path);
  if (!first) return <ListPage />;
  if (first === 'nouveau') return <NewFilePage />;
  if (first === 'mandats') return <ExpiringPage />;
  if (recordIdSchema.safeParse(first).success) return <FileRoutes id={first} sub={second} subId={third} />;
  return <NotFound />;
}

function ListPage() {
  const { db } = useAppServices();
  const people = useDbValue(listBeneficiaries, []);
  usePreparedPersonFiles(people !== undefined);
  const mandates = useDbValue(listMandates, []);
  const flash = useFlash();
  const expiring = mandates ? mandatesNeedingAttention(mandates, todayIso(db.now())).length : 0;
  return (
    <Page title="Bénéficiaires">
      {flash && (
        <p class="notice-info" role="status">
          {flash}
        </p>
      )}
      <div class="form-actions">
        <a class="button button--primary" {...linkProps('/beneficiaires/nouveau')}>
          Nouveau dossier
        </a>
        {expiring > 0 && (
          <a class="button button--warning" {...linkProps('/beneficiaires/mandats')}>
            <span aria-hidden="true">{'⚠️\u00a0'}</span>
            {expiring === 1 ? '1 mandat expire bientôt' : `${expiring} mandats expirent bientôt`}
          </a>
        )}
      </div>
      {people ? <BeneficiaryList people={people} /> : <p aria-busy="true">Chargement…</p>}
    </Page>
  );
}

function NewFilePage() {
  const people = useDbValue(listBeneficiaries, []);
  return (
    <Page title="Nouveau dossier">
      {people ? (
        <BeneficiaryForm people={people} onSaved={(id) => navigate(`/beneficiaires/${id}`)} onAbandon={() => navigate('/beneficiaires')} />
      ) : (
        <p aria-busy="true">Chargement…</p>
      )}
    </Page>
  );
}

function ExpiringPage() {
  const { db } = useAppServices();
  const people = useDbValue(listBeneficiaries, []);
  const mandates = useDbValue(listMandates, []);
  return (
    <Page title="Mandats qui expirent bientôt">
      <p class="back-link">
        <a {...linkProps('/beneficiaires')}>← Tous les dossiers</a>
      </p>
      {people && mandates ? (
        <ExpiringMandates people={people} mandates={mandates} today={todayIso(db.now())} />
      ) : (
        <p aria-busy="true">Chargement…</p>
      )}
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

/** Moving between pages of the section: back to the top, focus on the new title (the shell does it across sections). */
function useFocusOnSubPage(path: string): void {
  const previous = useRef(path);
  useEffect(() => {
    if (previous.current === path) return;
    previous.current = path;
    window.scrollTo?.(0, 0);
    document.getElementById('page-title')?.focus();
  }, [path]);
}
