// The pages of one person's file (/beneficiaires/<id>/…), each the work of one feature around the file:
// the file itself with every feature's section, its form, a diagnostic (new or saved), a mandate (new or
// printed), the export of their data and the erasure of the file.
import { formatDay } from '../../catalogue/format';
import { listPeople } from '../../db/person-index';
import { personData } from '../../db/person-file-repository';
import { LogSessionButton, ReferAndPassLinks } from '../../features/activity/PersonActions';
import { PersonActivity } from '../../features/activity/PersonActivity';
import { BeneficiaryFile } from '../../features/beneficiaries/BeneficiaryFile';
import { BeneficiaryForm } from '../../features/beneficiaries/BeneficiaryForm';
import { NotFound } from '../../features/beneficiaries/NotFound';
import { DiagnosticsSection } from '../../features/diagnostic/DiagnosticLinks';
import { DiagnosticReport } from '../../features/diagnostic/DiagnosticReport';
import { DiagnosticWizard } from '../../features/diagnostic/DiagnosticWizard';
import { MandateForm } from '../../features/mandates/MandateForm';
import { MandatesSection } from '../../features/mandates/MandateList';
import { MandatePrint } from '../../features/mandates/MandatePrint';
import { EraseFile } from '../../features/rgpd/EraseFile';
import { PersonDataView } from '../../features/rgpd/PersonDataView';
import { PersonSuivis } from '../../features/suivis/PersonSuivis';
import { useAppServices } from '../../session/app-context';
import { todayIso } from '../../ui/dates';
import { setFlash } from '../../ui/flash';
import { Page } from '../../ui/PagePlaceholder';
import { linkProps, navigate } from '../../ui/router';
import { useDbValue } from '../../ui/use-db-query';
import { paths } from '../paths';
import { BackToFile, useSessionNames, WithFile } from './person-file';

/** /beneficiaires/<id>: the file, with the diagnostics, mandates, suivis and activity about the person. */
export function FilePage({ id }: { id: string }) {
  const { db } = useAppServices();
  const actions = (
    <>
      <LogSessionButton beneficiaryId={id} />
      <ReferAndPassLinks beneficiaryId={id} />
    </>
  );
  return (
    <WithFile id={id}>
      {(file, name) => (
        <Page title={name}>
          <p class="back-link no-print">
            <a {...linkProps(paths.beneficiaries())}>← Tous les dossiers</a>
          </p>
          <BeneficiaryFile file={file} actions={actions}>
            <DiagnosticsSection personId={id} diagnostics={file.diagnostics} />
            <MandatesSection mandates={file.mandates} today={todayIso(db.now())} />
            <PersonSuivis beneficiaryId={id} needed={file.diagnostics.at(-1)?.demarchesNeeded} />
            <PersonActivity beneficiaryId={id} />
          </BeneficiaryFile>
        </Page>
      )}
    </WithFile>
  );
}

/** /beneficiaires/<id>/modifier: the file's form. */
export function EditFilePage({ id }: { id: string }) {
  const people = useDbValue(listPeople, []);
  const back = () => navigate(paths.file({ id }));
  return (
    <WithFile id={id}>
      {(file, name) => (
        <Page title={`Modifier le dossier de ${name}`}>
          <BackToFile id={id} name={name} />
          {people ? (
            <BeneficiaryForm existing={file.person} people={people} onSaved={back} onAbandon={back} />
          ) : (
            <p aria-busy="true">Chargement…</p>
          )}
        </Page>
      )}
    </WithFile>
  );
}

/** /beneficiaires/<id>/diagnostic: a new diagnostic, step by step. */
export function NewDiagnosticPage({ id }: { id: string }) {
  return (
    <WithFile id={id}>
      {(_, name) => (
        <Page title={`Diagnostic de ${name}`}>
          <BackToFile id={id} name={name} />
          <DiagnosticWizard personId={id} onDone={() => navigate(paths.file({ id }))} />
        </Page>
      )}
    </WithFile>
  );
}

/** /beneficiaires/<id>/diagnostics/<diagnosticId>: a saved diagnostic, printable. */
export function DiagnosticPage({ id, diagnosticId }: { id: string; diagnosticId: string }) {
  return (
    <WithFile id={id}>
      {(file, name) => {
        const diagnostic = file.diagnostics.find((d) => d.id === diagnosticId);
        if (!diagnostic) return <NotFound />;
        return (
          <Page title={`Diagnostic de ${name} du ${formatDay(diagnostic.date)}`}>
            <DiagnosticReport diagnostic={diagnostic} personId={id} />
          </Page>
        );
      }}
    </WithFile>
  );
}

/** /beneficiaires/<id>/mandat: a new mandate. */
export function NewMandatePage({ id }: { id: string }) {
  const names = useSessionNames();
  return (
    <WithFile id={id}>
      {(_, name) => (
        <Page title={`Nouveau mandat pour ${name}`}>
          <BackToFile id={id} name={name} />
          <MandateForm
            personId={id}
            aidantName={names.aidant}
            onSaved={(mandateId) => navigate(paths.mandate({ id, mandateId }))}
            onAbandon={() => navigate(paths.file({ id }))}
          />
        </Page>
      )}
    </WithFile>
  );
}

/** /beneficiaires/<id>/mandats/<mandateId>: a mandate, ready to print. */
export function MandatePage({ id, mandateId }: { id: string; mandateId: string }) {
  const names = useSessionNames();
  return (
    <WithFile id={id}>
      {(file, name) => {
        const mandate = file.mandates.find((m) => m.id === mandateId);
        if (!mandate) return <NotFound />;
        return (
          <Page title={`Mandat de ${name}`}>
            <MandatePrint mandate={mandate} person={file.person} structureName={names.structure} />
          </Page>
        );
      }}
    </WithFile>
  );
}

/** /beneficiaires/<id>/donnees: everything about the person, to download or print (right of access). */
export function PersonDataPage({ id }: { id: string }) {
  return <WithFile id={id}>{(_, name) => <PersonDataRoute id={id} title={`Données de ${name}`} />}</WithFile>;
}

/** /beneficiaires/<id>/effacer: the erasure of the file, confirmed. */
export function EraseFilePage({ id }: { id: string }) {
  return <WithFile id={id}>{(_, name) => <PersonDataRoute id={id} title={`Effacer le dossier de ${name}`} erase />}</WithFile>;
}

function PersonDataRoute({ id, title, erase = false }: { id: string; title: string; erase?: boolean }) {
  const names = useSessionNames();
  const data = useDbValue(async (d) => (await personData(d, id)) ?? null, [id]);
  const erased = (name: string) => {
    setFlash(`Le dossier de ${name} a été effacé. Les autres tablettes l’effaceront à leur prochaine synchronisation.`);
    navigate(paths.beneficiaries());
  };
  return (
    <Page title={title}>
      {data === undefined ? (
        <p aria-busy="true">Chargement…</p>
      ) : data === null ? (
        <p>Ce dossier n’est pas sur cette tablette, ou il a été effacé.</p>
      ) : erase ? (
        <EraseFile data={data} onErased={erased} />
      ) : (
        <PersonDataView data={data} structureName={names.structure} />
      )}
    </Page>
  );
}
