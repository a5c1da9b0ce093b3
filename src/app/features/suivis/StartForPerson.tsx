// "Commencer pour une personne" on a démarche's page: pick a person on the tablet, start the suivi, open it.
import { useState } from 'preact/hooks';
import { listPeopleByName } from '../../db/people-lists';
import { startSuivi } from '../../db/suivis-repository';
import { useAppServices } from '../../session/app-context';
import { navigate } from '../../ui/router';
import { PersonPicker } from '../../forms/PersonPicker';
import { todayIso } from '../../ui/dates';
import { useDbValue } from '../../ui/use-db-query';
import { paths } from '../../routes/paths';

/** The button and its person picker. */
export function StartForPerson({ demarcheId }: { demarcheId: string }) {
  const { db } = useAppServices();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const people = useDbValue(listPeopleByName, []);
  if (!open) {
    return (
      <p class="no-print">
        <button type="button" class="button" onClick={() => setOpen(true)}>
          Commencer pour une personne
        </button>
      </p>
    );
  }
  const start = async (beneficiaryId: string) => {
    try {
      const id = await startSuivi(db, { beneficiaryId, demarcheId, startedOn: todayIso(db.now()) });
      navigate(paths.suivi({ id: id }));
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Le suivi n’a pas pu être enregistré.');
    }
  };
  return (
    <section class="panel no-print" aria-labelledby="start-for-person">
      <h2 id="start-for-person">Commencer pour une personne</h2>
      {people === undefined ? (
        <p aria-busy="true">Chargement…</p>
      ) : (
        <PersonPicker people={people} label="Nom ou commune de la personne" onPick={(person) => void start(person.id)} />
      )}
      {error && <p class="notice-error">{error}</p>}
      <button type="button" class="button" onClick={() => setOpen(false)}>
        Annuler
      </button>
    </section>
  );
}
