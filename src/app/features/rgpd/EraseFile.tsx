// "Effacer ce dossier": a confirmation that names the person and says what goes, then the erasure of the
// file and of every record referring to the person, here and on every tablet at its next sync.
import { useState } from 'preact/hooks';
import type { PersonData } from '../../db/person-file-repository';
import { erasePersonFile } from '../../db/person-file-repository';
import { useAppServices } from '../../session/app-context';
import { linkProps } from '../../ui/router';
import { displayName } from '../../ui/person-name';
import { collectionTitles } from './field-labels';
import { ofName } from '../../ui/french';
import { paths } from '../../routes/paths';

/** The confirmation page; `onErased` once the erasure is written. */
export function EraseFile({ data, onErased }: { data: PersonData; onErased: (name: string) => void }) {
  const { db } = useAppServices();
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const name = displayName({
    firstName: data.beneficiary.firstName as string | null,
    lastName: data.beneficiary.lastName as string | null,
  });
  const counts = Object.entries(data.records).filter(([, list]) => list.length > 0);
  const erase = async () => {
    setRunning(true);
    try {
      await erasePersonFile(db, data.beneficiary.id);
      onErased(name);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : 'L’effacement a échoué. Réessayez.');
      setRunning(false);
    }
  };
  return (
    <div class="erase">
      <p class="notice-error">
        Le dossier de <strong>{name}</strong> va être effacé définitivement : de cette tablette tout de suite, du serveur et des autres
        tablettes à leur prochaine synchronisation. Il ne pourra pas être récupéré.
      </p>
      {counts.length > 0 && (
        <>
          <p>Seront aussi effacés ou détachés de la personne :</p>
          <ul>
            {counts.map(([collection, list]) => (
              <li key={collection}>
                {collectionTitles[collection] ?? collection} : {list.length}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        Ses accompagnements, orientations et pass numériques restent comptés dans les statistiques, sans son nom, sans lien avec son dossier
        et sans les notes : les bilans déjà envoyés ne changent pas.
      </p>
      <p>Pensez à proposer l’export de ses données avant l’effacement si la personne le souhaite.</p>
      {failure && (
        <p class="notice-error" role="alert">
          {failure}
        </p>
      )}
      <div class="form-actions">
        <button type="button" class="button button--danger" disabled={running} onClick={() => void erase()}>
          Effacer le dossier {ofName(name)}
        </button>
        <a class="button" {...linkProps(paths.file({ id: data.beneficiary.id }))}>
          Annuler
        </a>
      </div>
    </div>
  );
}
