// /beneficiaires/doublons/:id/:otherId: merging two files of one person. The aidant chooses the file to
// keep, sees what moves to it and which of its empty fields the other fills, and confirms.
import { useState } from 'preact/hooks';
import { getBeneficiary, type Beneficiary } from '../../db/beneficiaries-repository';
import type { DeclicDatabase } from '../../db/database';
import { mergeFiles, planMerge, type MergePlan } from '../../db/file-merge-repository';
import { paths } from '../../routes/paths';
import { useAppServices } from '../../session/app-context';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { setFlash } from '../../ui/flash';
import { Page } from '../../ui/PagePlaceholder';
import { displayName } from '../../ui/person-name';
import { linkProps, navigate } from '../../ui/router';
import { useDbValue } from '../../ui/use-db-query';
import { FileSummary } from './DuplicatesPage';

const recordWords: Record<string, [string, string]> = {
  diagnostics: ['diagnostic', 'diagnostics'],
  mandates: ['mandat', 'mandats'],
  demarcheSuivis: ['démarche suivie', 'démarches suivies'],
  accompagnements: ['accompagnement', 'accompagnements'],
  orientations: ['orientation', 'orientations'],
  passNumeriques: ['pass numérique', 'pass numériques'],
};

const fieldWords: Record<string, string> = {
  firstName: 'prénom',
  lastName: 'nom',
  birthYear: 'année de naissance',
  commune: 'commune',
  phone: 'téléphone',
  email: 'adresse e-mail',
  noPhone: '« pas de téléphone »',
  noEmail: '« pas d’adresse e-mail »',
  noticeGivenOn: 'notice d’information remise',
  lastContactOn: 'dernier contact',
  objection: 'opposition',
  objectionOn: 'date de l’opposition',
  status: 'état du dossier',
  notes: 'notes (ajoutées à la suite)',
  distinctFrom: 'dossiers d’autres personnes',
};

/** "2 accompagnements, 1 mandat": the records that move. */
export function movesText(moves: Record<string, number>): string {
  const parts = Object.entries(moves).map(([collection, n]) => {
    const [one, many] = recordWords[collection] ?? [collection, collection];
    return `${n} ${n === 1 ? one : many}`;
  });
  return parts.length > 0 ? parts.join(', ') : 'rien (aucun enregistrement)';
}

async function loadPlans(db: DeclicDatabase, id: string, otherId: string) {
  const [first, second] = await Promise.all([getBeneficiary(db, id), getBeneficiary(db, otherId)]);
  const [keepFirst, keepSecond] = await Promise.all([planMerge(db, id, otherId), planMerge(db, otherId, id)]);
  return first && second && keepFirst && keepSecond ? { first, second, plans: { [id]: keepFirst, [otherId]: keepSecond } } : null;
}

/** The merge page: which file to keep, what the merge does, « Fusionner les dossiers » confirmed. */
export function MergeFilesPage({ id, otherId }: { id: string; otherId: string }) {
  const { db } = useAppServices();
  const loaded = useDbValue((d) => loadPlans(d, id, otherId), [id, otherId]);
  const [keptId, setKeptId] = useState(id);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  if (loaded === undefined) {
    return (
      <Page title="Fusionner deux dossiers">
        <p aria-busy="true">Chargement…</p>
      </Page>
    );
  }
  if (loaded === null) {
    return (
      <Page title="Fusionner deux dossiers">
        <p>Ces deux dossiers ne peuvent plus être fusionnés : l’un d’eux a été effacé ou déjà fusionné.</p>
        <p>
          <a {...linkProps(paths.duplicates())}>← Doublons possibles</a>
        </p>
      </Page>
    );
  }
  const plan = loaded.plans[keptId] as MergePlan;
  const [kept, other] = keptId === id ? [loaded.first, loaded.second] : [loaded.second, loaded.first];
  const merge = async () => {
    setBusy(true);
    try {
      if (!(await mergeFiles(db, kept.id, other.id))) throw new Error('Ces deux dossiers ne peuvent plus être fusionnés.');
      setFlash(`Les deux dossiers de ${displayName(kept)} ont été fusionnés.`);
      navigate(paths.file({ id: kept.id }));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : 'La fusion a échoué. Réessayez.');
      setBusy(false);
    }
  };
  return (
    <Page title="Fusionner deux dossiers">
      <KeptFileChoice people={[loaded.first, loaded.second]} keptId={keptId} onChoose={setKeptId} />
      <PlanSummary plan={plan} kept={kept} other={other} />
      {failure && (
        <p class="notice-error" role="alert">
          {failure}
        </p>
      )}
      <div class="form-actions">
        <ConfirmAction
          class="button button--primary"
          disabled={busy}
          question={`Fusionner dans le dossier de ${displayName(kept)} ? Cela ne peut pas être défait.`}
          confirmLabel="Oui, fusionner"
          onConfirm={() => void merge()}
        >
          Fusionner les dossiers
        </ConfirmAction>
        <a class="button" {...linkProps(paths.duplicates())}>
          Annuler
        </a>
      </div>
    </Page>
  );
}

/** « Quel dossier garder ? », the two files as radio buttons. */
function KeptFileChoice({ people, keptId, onChoose }: { people: Beneficiary[]; keptId: string; onChoose: (id: string) => void }) {
  return (
    <fieldset>
      <legend>Quel dossier garder ?</legend>
      {people.map((person) => (
        <label key={person.id} class="choice">
          <input type="radio" name="kept" value={person.id} checked={keptId === person.id} onChange={() => onChoose(person.id)} />
          <span>
            <FileSummary person={person} />
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** What the merge will do: the records that move, the fields filled, the other file gone from the list. */
function PlanSummary({ plan, kept, other }: { plan: MergePlan; kept: Beneficiary; other: Beneficiary }) {
  return (
    <section aria-labelledby="merge-plan">
      <h2 id="merge-plan">Ce que la fusion va faire</h2>
      <ul>
        <li>
          Rattaché au dossier de {displayName(kept)} : {movesText(plan.moves)}.
        </li>
        <li>
          {plan.filled.length > 0
            ? `Complété depuis l’autre dossier : ${plan.filled.map((f) => fieldWords[f] ?? f).join(', ')}.`
            : 'Aucune information du dossier gardé ne change.'}
        </li>
        <li>Le dossier de {displayName(other)} disparaît de la liste ; il renvoie vers le dossier gardé, sur toutes les tablettes.</li>
      </ul>
    </section>
  );
}
