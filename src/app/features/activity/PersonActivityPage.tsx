// /activite/personne/<id>: everything done with one person, and the buttons to log more (until the
// person's file page mounts LogSessionButton and PersonActivity itself).
import { useEffect } from 'preact/hooks';
import { getBeneficiary } from '../../db/beneficiaries-repository';
import { keptFileId } from '../../db/file-merge-repository';
import { Page } from '../../ui/PagePlaceholder';
import { linkProps, navigate } from '../../ui/router';
import { useFlash } from '../../ui/flash';
import { personName } from './labels';
import { LogSessionButton, ReferAndPassLinks } from './PersonActions';
import { PersonActivity } from './PersonActivity';
import { paths } from '../../routes/paths';
import { useDbQuery } from '../../ui/use-db-query';
import { Loading } from './Loading';
import { PersonNotFound } from './PersonNotFound';
import { ofName } from '../../ui/french';

/** The person's activity page. */
export function PersonActivityPage({ beneficiaryId }: { beneficiaryId: string }) {
  const flash = useFlash();
  const query = useDbQuery(
    async (db) => ({ person: await getBeneficiary(db, (await keptFileId(db, beneficiaryId)) ?? beneficiaryId) }),
    [beneficiaryId],
  );
  const { data } = query;
  // A file merged into another (a duplicate) opens as the kept file, under its own address.
  const keptId = data?.person?.id;
  useEffect(() => {
    if (keptId && keptId !== beneficiaryId) navigate(paths.personActivity({ beneficiaryId: keptId }));
  }, [beneficiaryId, keptId]);
  if (!data) return <Loading title="Activité" state={query} />;
  if (!data.person) return <PersonNotFound />;
  return (
    <Page title={`Activité ${ofName(personName(data.person))}`}>
      <p class="back-link no-print">
        <a {...linkProps(paths.activity())}>← Activité</a>
      </p>
      {flash && (
        <p class="notice notice--ok" role="status">
          {flash}
        </p>
      )}
      <div class="actions">
        <LogSessionButton beneficiaryId={beneficiaryId} />
        <ReferAndPassLinks beneficiaryId={beneficiaryId} />
      </div>
      <PersonActivity beneficiaryId={beneficiaryId} />
    </Page>
  );
}
