// A person's file: who they are, what can be done next, the other features' sections about them, the
// history of everything done with them, and their data (export, erasure).
import type { ComponentChildren } from 'preact';
import { useContent } from '../../catalogue/content-store';
import { formatDay } from '../../catalogue/format';
import type { Beneficiary } from '../../db/beneficiaries-repository';
import { paths } from '../../routes/paths';
import { useFlash } from '../../ui/flash';
import { linkProps } from '../../ui/router';
import { PersonFacts } from './PersonFacts';
import { historyOf, type PersonFile } from './person-file';

/**
 * The file page's content (its title is the person's name, set by the page). `actions` join the file's own
 * buttons; `children` (progress, mandates, suivis, activity) come between the facts and the history.
 */
export function BeneficiaryFile({
  file,
  actions,
  children,
}: {
  file: PersonFile;
  actions?: ComponentChildren;
  children?: ComponentChildren;
}) {
  const { person } = file;
  const id = person.id;
  return (
    <div class="person-file">
      <FileNotices person={person} />
      <nav class="actions" aria-label="Actions sur le dossier">
        <a class="button" {...linkProps(paths.newDiagnostic({ id }))}>
          Nouveau diagnostic
        </a>
        <a class="button" {...linkProps(paths.newMandate({ id }))}>
          Nouveau mandat
        </a>
        <a class="button" {...linkProps(paths.editFile({ id }))}>
          Modifier le dossier
        </a>
        {actions}
      </nav>
      <section aria-labelledby="file-facts">
        <h2 id="file-facts">Informations</h2>
        <PersonFacts person={person} />
      </section>
      {children}
      <FileHistory file={file} />
      <section aria-labelledby="file-rgpd" class="no-print">
        <h2 id="file-rgpd">Données personnelles</h2>
        <div class="form-actions">
          <a class="button" {...linkProps(paths.personData({ id }))}>
            Exporter ses données
          </a>
          <a class="button button--danger" {...linkProps(paths.eraseFile({ id }))}>
            Effacer ce dossier
          </a>
        </div>
      </section>
    </div>
  );
}

/** What the aidant must see first: a confirmation coming back from a form, a closed file, an objection. */
function FileNotices({ person }: { person: Beneficiary }) {
  // "Accompagnement enregistré.", "Pass numérique remis." when a form opened from this file comes back.
  const flash = useFlash();
  return (
    <>
      {flash && (
        <p class="notice notice--ok" role="status">
          {flash}
        </p>
      )}
      {person.status === 'clos' && <p class="badge-line">Dossier clos</p>}
      {person.objection && (
        <p class="notice-warning">
          <span aria-hidden="true">⚠️ </span>La personne s’est opposée à l’enregistrement de ses données
          {person.objectionOn ? ` le ${formatDay(person.objectionOn)}` : ''} : ne gardez que le strict nécessaire, ou effacez le dossier.
        </p>
      )}
    </>
  );
}

/** The history, most recent first, each entry linked to its page when it has one. */
function FileHistory({ file }: { file: PersonFile }) {
  const content = useContent();
  const pack = content.status === 'ready' ? content.pack : undefined;
  const history = historyOf(file, pack?.demarches, pack?.partners);
  return (
    <section aria-labelledby="file-history">
      <h2 id="file-history">Historique</h2>
      {history.length === 0 ? (
        <p>Rien d’enregistré pour l’instant.</p>
      ) : (
        <ol class="history" aria-label="Du plus récent au plus ancien">
          {history.map((entry) => (
            <li key={entry.key}>
              <span class="history__date">{formatDay(entry.date)}</span>
              {entry.href ? (
                <a class="history__title history__link" {...linkProps(entry.href)}>
                  {entry.title}
                </a>
              ) : (
                <span class="history__title">{entry.title}</span>
              )}
              {entry.detail && <span class="history__detail">{entry.detail}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
