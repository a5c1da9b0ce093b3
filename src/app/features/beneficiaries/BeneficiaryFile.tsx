// A person's file: who they are, what to do next, progress between diagnostics, mandates, and the
// history of everything done with them.
import { useContent } from '../../catalogue/content-store';
import { formatDay } from '../../catalogue/format';
import { linkProps } from '../../ui/router';
import { useFlash } from '../../ui/flash';
import { LogSessionButton, ReferAndPassLinks } from '../activity/PersonActions';
import { PersonActivity } from '../activity/PersonActivity';
import { DiagnosticLinks } from '../diagnostic/DiagnosticLinks';
import { DiagnosticProgress } from '../diagnostic/DiagnosticProgress';
import { MandateList } from '../mandates/MandateList';
import { PersonSuivis } from '../suivis/PersonSuivis';
import { PersonFacts } from './PersonFacts';
import { historyOf, type PersonFile } from './person-file';

/** The file page's content (its title is the person's name, set by the page). */
export function BeneficiaryFile({ file, today }: { file: PersonFile; today: string }) {
  const content = useContent();
  const pack = content.status === 'ready' ? content.pack : undefined;
  const { person } = file;
  const base = `/beneficiaires/${person.id}`;
  const history = historyOf(file, pack?.demarches, pack?.partners);
  // "Accompagnement enregistré.", "Pass numérique remis." when a form opened from this file comes back.
  const flash = useFlash();
  return (
    <div class="person-file">
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
      <nav class="actions" aria-label="Actions sur le dossier">
        <a class="button" {...linkProps(`${base}/diagnostic`)}>
          Nouveau diagnostic
        </a>
        <a class="button" {...linkProps(`${base}/mandat`)}>
          Nouveau mandat
        </a>
        <a class="button" {...linkProps(`${base}/modifier`)}>
          Modifier le dossier
        </a>
        <LogSessionButton beneficiaryId={person.id} />
        <ReferAndPassLinks beneficiaryId={person.id} />
      </nav>
      <section aria-labelledby="file-facts">
        <h2 id="file-facts">Informations</h2>
        <PersonFacts person={person} />
      </section>
      <section aria-labelledby="file-progress">
        <h2 id="file-progress">Progression</h2>
        <DiagnosticProgress diagnostics={file.diagnostics} />
        <DiagnosticLinks personId={person.id} diagnostics={file.diagnostics} />
      </section>
      <section aria-labelledby="file-mandates">
        <h2 id="file-mandates">Mandats</h2>
        <MandateList mandates={file.mandates} today={today} />
      </section>
      <PersonSuivis beneficiaryId={person.id} needed={file.diagnostics.at(-1)?.demarchesNeeded} />
      <PersonActivity beneficiaryId={person.id} />
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
      <section aria-labelledby="file-rgpd" class="no-print">
        <h2 id="file-rgpd">Données personnelles</h2>
        <div class="form-actions">
          <a class="button" {...linkProps(`${base}/donnees`)}>
            Exporter ses données
          </a>
          <a class="button button--danger" {...linkProps(`${base}/effacer`)}>
            Effacer ce dossier
          </a>
        </div>
      </section>
    </div>
  );
}
