// Réglages: the changes the server refused, or that this tablet can no longer read, set apart so that they
// block nothing. Each says what, in whose file and why; « Réessayer » sends them again (after an update of
// the app), « Exporter » saves their content as a file for the coordinator.
import { useState } from 'preact/hooks';
import { frenchCount } from '../../../shared/french-count';
import { exportQuarantine, listQuarantine, retryQuarantined, type QuarantinedChange } from '../../db/quarantine-repository';
import { useAppServices } from '../../session/app-context';
import { todayIso } from '../../ui/dates';
import { useDbQuery } from '../../ui/use-db-query';
import { downloadJson } from './json-download';

const when = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });

/** The « Modifications refusées » block of Réglages. */
export function RefusedChanges() {
  const { db } = useAppServices();
  const { data: changes, problem } = useDbQuery(listQuarantine);
  const [status, setStatus] = useState<string | null>(null);
  const retry = () =>
    void retryQuarantined(db).then(
      (count) => setStatus(retried(count)),
      () => setStatus('Les modifications n’ont pas pu être remises dans la file d’envoi. Réessayez.'),
    );
  const exportAll = () =>
    void exportQuarantine(db).then(
      (document_) => {
        downloadJson(document_, `modifications-refusees-${todayIso(db.now())}.json`);
        setStatus('Fichier enregistré : transmettez-le à votre coordinateur.');
      },
      () => setStatus('Le fichier n’a pas pu être préparé. Réessayez.'),
    );
  return (
    <section aria-labelledby="refused-changes-title">
      <h2 id="refused-changes-title">Modifications refusées</h2>
      {problem && <p role="alert">{problem}</p>}
      {changes && changes.length === 0 && <p>Aucune : toutes les modifications de cette tablette partent à la synchronisation.</p>}
      {changes && changes.length > 0 && (
        <>
          <p>{summary(changes.length)}</p>
          <ul class="refused-changes">
            {changes.map((change) => (
              <RefusedChangeItem key={change.opId} change={change} />
            ))}
          </ul>
          <p class="hint">
            Après une mise à jour de l’application, « Réessayer » les envoie de nouveau. « Exporter » enregistre leur contenu dans un
            fichier à transmettre à votre coordinateur.
          </p>
          <div class="chips">
            <button type="button" class="button" onClick={retry}>
              Réessayer
            </button>
            <button type="button" class="button" onClick={exportAll}>
              Exporter
            </button>
          </div>
        </>
      )}
      {status && <p role="status">{status}</p>}
    </section>
  );
}

/** What the quarantine holds, in one sentence. */
function summary(count: number): string {
  return count === 1
    ? 'Une modification n’a pas pu être envoyée au serveur. Elle reste sur cette tablette, mise à part : elle ne bloque pas les autres.'
    : `${frenchCount(count)} modifications n’ont pas pu être envoyées au serveur. Elles restent sur cette tablette, mises à part : elles ne bloquent pas les autres.`;
}

function retried(count: number): string {
  return count === 1
    ? 'La modification est remise dans la file d’envoi : elle partira à la prochaine synchronisation.'
    : `${frenchCount(count)} modifications sont remises dans la file d’envoi : elles partiront à la prochaine synchronisation.`;
}

function RefusedChangeItem({ change }: { change: QuarantinedChange }) {
  return (
    <li>
      <dl class="facts">
        <dt>Quoi</dt>
        <dd>{change.what}</dd>
        <dt>Dossier</dt>
        <dd>{change.person ?? 'Dossier absent de cette tablette'}</dd>
        <dt>Pourquoi</dt>
        <dd>{change.reason}</dd>
        <dt>Mise à part le</dt>
        <dd>{when.format(change.quarantinedAt)}</dd>
      </dl>
    </li>
  );
}
