// A group workshop: when, how long, where, about what, and who took part (one session for all).
import { useState } from 'preact/hooks';
import type { ContentPack } from '../../../../shared/schema/content';
import { localDate } from '../../../../shared/stats/period';
import { logAtelier, sessionDefaults } from '../../../db/accompagnements-repository';
import { listPeopleByName } from '../../../db/people-lists';
import type { PersonEntry } from '../../../db/person-index';
import { useAppServices } from '../../../session/app-context';
import { Page } from '../../../ui/PagePlaceholder';
import { navigate } from '../../../ui/router';
import { setFlash } from '../../../ui/flash';
import { personName } from '../labels';
import { PersonPicker } from '../../../forms/PersonPicker';
import { paths } from '../../../routes/paths';
import { useDbQuery } from '../../../ui/use-db-query';
import { DemarcheChips } from './DemarcheChips';
import { MaterielField, NiveauAtelierField, ThematiquesField } from './CoopFields';
import type { CoopMateriel, CoopNiveauAtelier, CoopThematique } from '../../../../shared/coop/vocabulary';
import { operatorsOf } from './demarche-suggestions';
import { SessionDetailsFields, type SessionDetails } from './SessionDetailsFields';
import { Loading } from '../Loading';

/** The atelier form; from the workshops calendar, its title and day come filled in. */
export function AtelierForm({ pack, workshop }: { pack: ContentPack; workshop?: { title: string; date: string } }) {
  const { db } = useAppServices();
  const today = localDate(db.now());
  const query = useDbQuery(async (database) => ({ people: await listPeopleByName(database), defaults: await sessionDefaults(database) }));
  const [details, setDetails] = useState<SessionDetails | null>(null);
  const [theme, setTheme] = useState(workshop?.title ?? '');
  const [participants, setParticipants] = useState<PersonEntry[]>([]);
  const [demarcheIds, setDemarcheIds] = useState<string[]>([]);
  const [niveauAtelier, setNiveauAtelier] = useState<CoopNiveauAtelier | null>(null);
  const [materiel, setMateriel] = useState<CoopMateriel[]>([]);
  const [thematiques, setThematiques] = useState<CoopThematique[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const { data } = query;
  if (!data) return <Loading title="Nouvel atelier" state={query} />;
  const current = details ?? {
    date: workshop && workshop.date <= today ? workshop.date : today,
    durationMinutes: data.defaults.mode === 'atelier' ? data.defaults.durationMinutes : 90,
    // A workshop is not held at someone's home: after a home visit, it starts at the mairie.
    place: data.defaults.place === 'domicile' ? 'mairie' : data.defaults.place,
  };
  const save = async (event: Event) => {
    event.preventDefault();
    if (participants.length === 0) return setProblem('Ajoutez au moins une personne qui a participé à l’atelier.');
    await logAtelier(db, {
      ...current,
      theme: theme.trim() || null,
      participantIds: participants.map((p) => p.id),
      demarcheIds,
      operatorIds: operatorsOf(demarcheIds, pack.demarches),
      materiel,
      niveauAtelier,
      thematiques,
    });
    setFlash(`Atelier enregistré avec ${participants.length} participant${participants.length > 1 ? 's' : ''}.`);
    navigate(paths.sessions());
  };
  return (
    <Page title="Nouvel atelier">
      <form class="form" onSubmit={(e) => void save(e)}>
        <label class="field" for="atelier-theme">
          <span class="field-label">Thème de l’atelier</span>
          <input
            id="atelier-theme"
            class="input"
            maxLength={120}
            value={theme}
            placeholder="Par exemple : découvrir la tablette"
            onInput={(e) => setTheme(e.currentTarget.value)}
          />
        </label>
        <SessionDetailsFields value={current} today={today} onChange={setDetails} />
        <Participants people={data.people} chosen={participants} onChange={setParticipants} />
        <DemarcheChips suggested={[]} selected={demarcheIds} catalogue={pack.demarches} onChange={setDemarcheIds} />
        <ThematiquesField value={thematiques} onChange={setThematiques} />
        <NiveauAtelierField value={niveauAtelier} onChange={setNiveauAtelier} />
        <MaterielField value={materiel} onChange={setMateriel} />
        {problem && (
          <p class="notice-error" role="alert">
            {problem}
          </p>
        )}
        <div class="form__actions">
          <button type="submit" class="button button--primary">
            Enregistrer l’atelier
          </button>
        </div>
      </form>
    </Page>
  );
}

/** The people who took part: each removable in one tap, and a search to add more. */
function Participants({
  people,
  chosen,
  onChange,
}: {
  people: readonly PersonEntry[];
  chosen: PersonEntry[];
  onChange: (next: PersonEntry[]) => void;
}) {
  return (
    <fieldset class="fieldset">
      <legend>Participants ({chosen.length})</legend>
      <ul class="chips">
        {chosen.map((p) => (
          <li key={p.id}>
            <button type="button" class="chip-toggle" aria-pressed="true" onClick={() => onChange(chosen.filter((x) => x.id !== p.id))}>
              {personName(p)} <span aria-hidden="true">✕</span>
              <span class="visually-hidden"> (retirer)</span>
            </button>
          </li>
        ))}
      </ul>
      <PersonPicker
        people={people}
        label="Ajouter un participant"
        exclude={chosen.map((p) => p.id)}
        onPick={(p) => onChange([...chosen, p])}
      />
    </fieldset>
  );
}
