// The pages of one person's file: the file, its edit form, a diagnostic (new or saved), a mandate (new or printed),
// the export of their data and the erasure of the file.
import { listBeneficiaries } from '../../db/beneficiaries-repository';
import { personData } from '../../db/person-file-repository';
import { useAppServices, useSessionView } from '../../session/app-context';
import { Page } from '../../ui/PagePlaceholder';
import { linkProps, navigate } from '../../ui/router';
import { formatDay } from '../../catalogue/format';
import { DiagnosticReport } from '../diagnostic/DiagnosticReport';
import { DiagnosticWizard } from '../diagnostic/DiagnosticWizard';
import { MandateForm } from '../mandates/MandateForm';
import { MandatePrint } from '../mandates/MandatePrint';
import { EraseFile } from '../rgpd/EraseFile';
import { PersonDataPage } from '../rgpd/PersonDataPage';
import { BeneficiaryFile } from './BeneficiaryFile';
import { BeneficiaryForm } from './BeneficiaryForm';
import { todayIso } from '../../ui/dates';
import { setFlash } from '../../ui/flash';
import { NotFound } from './NotFound';
import { loadPersonFile } from './person-file';
import { displayName } from '../../ui/person-name';
import { useDbValue } from '../../ui/use-db-query';

function Loading() {
  return (
    <Page title="Dossier">
      <p aria-busy="true">Chargement…</p>
    </Page>
  );
}

function useSessionNames(): { structure: string; aidant: string | null } {
  const view = useSessionView(useAppServices().session);
  return view.kind === 'none'
    ? { structure: 'Structure', aidant: null }
    : { structure: view.session.structure.name, aidant: view.session.aidant.name };
}

/** The page of `/beneficiaires/<id>/<sub>/<subId>`. */
export function FileRoutes({ id, sub, subId }: { id: string; sub: string | undefined; subId: string | undefined }) {
  const { db } = useAppServices();
  const file = useDbValue((d) => loadPersonFile(d, id), [id]);
  const names = useSessionNames();
  if (file === undefined) return <Loading />;
  if (file === null) return <NotFound />;
  const name = displayName(file.person);
  const base = `/beneficiaires/${id}`;
  const back = (
    <p class="back-link no-print">
      <a {...linkProps(base)}>← Dossier de {name}</a>
    </p>
  );
  const today = todayIso(db.now());
  switch (sub) {
    case undefined:
      return (
        <Page title={name}>
          <p class="back-link no-print">
            <a {...linkProps('/beneficiaires')}>← Tous les dossiers</a>
          </p>
          <BeneficiaryFile file={file} today={today} />
        </Page>
      );
    case 'modifier':
      return (
        <Page title={`Modifier le dossier de ${name}`}>
          {back}
          <EditForm id={id} file={file} />
        </Page>
      );
    case 'diagnostic':
      return (
        <Page title={`Diagnostic de ${name}`}>
          {back}
          <DiagnosticWizard personId={id} onDone={() => navigate(base)} />
        </Page>
      );
    case 'diagnostics': {
      const diagnostic = file.diagnostics.find((d) => d.id === subId);
      if (!diagnostic) return <NotFound />;
      return (
        <Page title={`Diagnostic de ${name} du ${formatDay(diagnostic.date)}`}>
          <DiagnosticReport diagnostic={diagnostic} personId={id} />
        </Page>
      );
    }
    case 'mandat':
      return (
        <Page title={`Nouveau mandat pour ${name}`}>
          {back}
          <MandateForm
            personId={id}
            aidantName={names.aidant}
            onSaved={(mandateId) => navigate(`${base}/mandats/${mandateId}`)}
            onAbandon={() => navigate(base)}
          />
        </Page>
      );
    case 'mandats': {
      const mandate = file.mandates.find((m) => m.id === subId);
      if (!mandate) return <NotFound />;
      return (
        <Page title={`Mandat de ${name}`}>
          <MandatePrint mandate={mandate} person={file.person} structureName={names.structure} />
        </Page>
      );
    }
    case 'donnees':
      return <PersonDataRoute id={id} title={`Données de ${name}`} structure={names.structure} />;
    case 'effacer':
      return <PersonDataRoute id={id} title={`Effacer le dossier de ${name}`} structure={names.structure} erase />;
    default:
      return <NotFound />;
  }
}

function EditForm({ id, file }: { id: string; file: NonNullable<Awaited<ReturnType<typeof loadPersonFile>>> }) {
  const people = useDbValue(listBeneficiaries, []);
  if (!people) return <p aria-busy="true">Chargement…</p>;
  return (
    <BeneficiaryForm
      existing={file.person}
      people={people}
      onSaved={() => navigate(`/beneficiaires/${id}`)}
      onAbandon={() => navigate(`/beneficiaires/${id}`)}
    />
  );
}

function PersonDataRoute({ id, title, structure, erase }: { id: string; title: string; structure: string; erase?: boolean }) {
  const data = useDbValue(async (d) => (await personData(d, id)) ?? null, [id]);
  return (
    <Page title={title}>
      {data === undefined ? (
        <p aria-busy="true">Chargement…</p>
      ) : data === null ? (
        <p>Ce dossier n’est pas sur cette tablette, ou il a été effacé.</p>
      ) : erase ? (
        <EraseFile
          data={data}
          onErased={(name) => {
            setFlash(`Le dossier de ${name} a été effacé. Les autres tablettes l’effaceront à leur prochaine synchronisation.`);
            navigate('/beneficiaires');
          }}
        />
      ) : (
        <PersonDataPage data={data} structureName={structure} />
      )}
    </Page>
  );
}
