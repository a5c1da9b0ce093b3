// Logging a session in three taps from a person's file: (1) open this form, (2) tap a démarche chip or
// skip, (3) "Enregistrer". Date, duration and place come prefilled (today, the last ones used here).
import { useState } from 'preact/hooks';
import type { ContentPack } from '../../../../shared/schema/content';
import type { AutonomyLevel } from '../../../../shared/schema/diagnostic';
import { localDate } from '../../../../shared/stats/period';
import { accompagnementsOf, listAccompagnements, logSession, sessionDefaults } from '../../../db/accompagnements-repository';
import { getBeneficiary } from '../../../db/beneficiaries-repository';
import { personNeeds } from '../../../db/person-needs';
import { useAppServices } from '../../../session/app-context';
import { Page } from '../../../ui/PagePlaceholder';
import { navigate } from '../../../ui/router';
import { setFlash, takeReturn } from '../../../ui/flash';
import { personName } from '../labels';
import { paths } from '../../../routes/paths';
import { Loading } from '../Loading';
import { useDbQuery } from '../../../ui/use-db-query';
import { AutonomyField } from './AutonomyField';
import { coopSessionFor, CoopSessionFields, type CoopSession } from './CoopFields';
import { DemarcheChips } from './DemarcheChips';
import { operatorsOf, suggestDemarches } from './demarche-suggestions';
import { SessionDetailsFields, type SessionDetails } from './SessionDetailsFields';
import { PersonNotFound } from '../PersonNotFound';
import { CancelLink } from '../PersonActions';
import { ofName } from '../../../ui/french';

/** The quick session form for one person. */
export function QuickSessionForm({ beneficiaryId, pack }: { beneficiaryId: string; pack: ContentPack }) {
  const { db } = useAppServices();
  const today = localDate(db.now());
  const query = useDbQuery(
    async (database) => {
      const [person, defaults, own, all, needs] = await Promise.all([
        getBeneficiary(database, beneficiaryId),
        sessionDefaults(database),
        accompagnementsOf(database, beneficiaryId),
        listAccompagnements(database),
        personNeeds(database, beneficiaryId),
      ]);
      // The last level observed in a session, else the one the last diagnostic concluded.
      const lastAutonomy = own.find((s) => s.autonomyObserved)?.autonomyObserved ?? needs.diagnosedAutonomy;
      return { person, defaults, lastAutonomy, suggested: suggestDemarches(own, all, pack.demarches, needs.demarches) };
    },
    [beneficiaryId],
  );
  const { data } = query;
  if (!data) return <Loading title="Noter un accompagnement" state={query} />;
  if (!data.person) return <PersonNotFound />;
  return (
    <SessionForm
      {...data}
      beneficiaryId={beneficiaryId}
      today={today}
      pack={pack}
      name={personName(data.person)}
      birthYear={data.person.birthYear}
    />
  );
}

function SessionForm(props: {
  beneficiaryId: string;
  name: string;
  today: string;
  pack: ContentPack;
  defaults: { place: SessionDetails['place']; durationMinutes: number };
  lastAutonomy: AutonomyLevel | null;
  suggested: string[];
  birthYear: number | null;
}) {
  const { db } = useAppServices();
  const [details, setDetails] = useState<SessionDetails>({
    date: props.today,
    durationMinutes: props.defaults.durationMinutes,
    place: props.defaults.place,
  });
  const [demarcheIds, setDemarcheIds] = useState<string[]>([]);
  const [autonomy, setAutonomy] = useState<AutonomyLevel | null>(props.lastAutonomy);
  const [note, setNote] = useState('');
  // The age band follows from the birth year when the file has it (La Coop's rule).
  const [coop, setCoop] = useState<CoopSession>(() => coopSessionFor(props.birthYear, props.today));
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const save = async (event: Event) => {
    event.preventDefault();
    setSaving(true);
    try {
      await logSession(db, {
        beneficiaryId: props.beneficiaryId,
        ...details,
        demarcheIds,
        operatorIds: operatorsOf(demarcheIds, props.pack.demarches),
        autonomyObserved: autonomy,
        note: note.trim() || null,
        ...coop,
      });
      setFlash('Accompagnement enregistré.');
      navigate(takeReturn(props.beneficiaryId, paths.personActivity({ beneficiaryId: props.beneficiaryId })));
    } catch (error) {
      setSaving(false);
      setProblem(error instanceof Error ? error.message : 'L’accompagnement n’a pas pu être enregistré.');
    }
  };
  return (
    <Page title={`Accompagnement ${ofName(props.name)}`}>
      <form class="form session-form" onSubmit={save}>
        <SessionDetailsFields value={details} today={props.today} onChange={setDetails} />
        <DemarcheChips suggested={props.suggested} selected={demarcheIds} catalogue={props.pack.demarches} onChange={setDemarcheIds} />
        <AutonomyField value={autonomy} onChange={setAutonomy} />
        <CoopSessionFields value={coop} onChange={setCoop} />
        <details class="session-details">
          <summary>Ajouter une note (facultatif)</summary>
          <label class="field-label" for="session-note">
            Note
          </label>
          <textarea id="session-note" class="textarea" maxLength={5000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </details>
        {problem && (
          <p class="notice-error" role="alert">
            {problem}
          </p>
        )}
        <div class="form__actions">
          <button type="submit" class="button button--primary" disabled={saving}>
            Enregistrer
          </button>
          <CancelLink beneficiaryId={props.beneficiaryId} fallback={paths.personActivity({ beneficiaryId: props.beneficiaryId })} />
        </div>
      </form>
    </Page>
  );
}
