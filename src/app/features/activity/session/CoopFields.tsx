// What La Coop de la médiation numérique counts besides the session itself, all optional: the devices
// used, an atelier's level, and for one person their gender, age band and situation (anonymous in its counts).
import type { JSX } from 'preact';
import { trancheAgeOf } from '../../../../shared/coop/tranche-age';
import {
  coopGenreLabels,
  coopThematiqueLabels,
  coopMaterielLabels,
  coopNiveauAtelierLabels,
  coopStatutSocialLabels,
  coopTrancheAgeLabels,
} from '../../../../shared/coop/labels';
import {
  AIDE_DEMARCHES,
  coopThematiquesNumeriques,
  coopGenres,
  coopMateriels,
  coopNiveauxAtelier,
  coopStatutsSociaux,
  coopTranchesAge,
  type CoopGenre,
  type CoopMateriel,
  type CoopNiveauAtelier,
  type CoopStatutSocial,
  type CoopThematique,
  type CoopTrancheAge,
} from '../../../../shared/coop/vocabulary';

/** The person's fields La Coop counts (null: not told). */
export interface CoopPerson {
  genre: CoopGenre | null;
  trancheAge: CoopTrancheAge | null;
  occupation: CoopStatutSocial | null;
}

/** "Non communiqué" is what an empty choice means: the select offers it once, as its empty option. */
const told = <V extends string>(values: readonly V[]) => values.filter((v) => v !== 'non_communique');

/** The devices used, as toggles. */
export function MaterielField({ value, onChange }: { value: CoopMateriel[]; onChange: (next: CoopMateriel[]) => void }) {
  return (
    <ToggleChips
      legend="Matériel utilisé (facultatif)"
      values={coopMateriels}
      labels={coopMaterielLabels}
      value={value}
      onChange={onChange}
    />
  );
}

function ToggleChips<V extends string>(props: {
  legend: string;
  values: readonly V[];
  labels: Record<V, string>;
  value: V[];
  onChange: (next: V[]) => void;
}): JSX.Element {
  const { value, onChange } = props;
  return (
    <fieldset class="fieldset">
      <legend>{props.legend}</legend>
      <div class="chips">
        {props.values.map((v) => (
          <button
            key={v}
            type="button"
            class="chip-toggle"
            aria-pressed={value.includes(v)}
            onClick={() => onChange(value.includes(v) ? value.filter((x) => x !== v) : [...value, v])}
          >
            {props.labels[v]}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

/** What La Coop counts of a session with one person. */
export interface CoopSession extends CoopPerson {
  thematiques: CoopThematique[];
  materiel: CoopMateriel[];
}

/** A new session's Coop fields: nothing told, but the age band when the file has the birth year. */
export function coopSessionFor(birthYear: number | null, date: string): CoopSession {
  return { thematiques: [], materiel: [], genre: null, trancheAge: trancheAgeOf(birthYear, date), occupation: null };
}

/** What La Coop counts of a session with one person, folded until the aidant opens it. */
export function CoopSessionFields({ value, onChange }: { value: CoopSession; onChange: (next: CoopSession) => void }) {
  return (
    <details class="session-details">
      <summary>Pour La Coop : thématiques, matériel, genre, âge, situation (facultatif)</summary>
      <ThematiquesField value={value.thematiques} onChange={(thematiques) => onChange({ ...value, thematiques })} />
      <MaterielField value={value.materiel} onChange={(materiel) => onChange({ ...value, materiel })} />
      <CoopPersonFields value={value} onChange={(person) => onChange({ ...value, ...person })} />
    </details>
  );
}

/**
 * The thematiques besides help with procedures: that one, and the administrative ones, follow from the
 * démarches chosen above.
 */
export function ThematiquesField({ value, onChange }: { value: CoopThematique[]; onChange: (next: CoopThematique[]) => void }) {
  return (
    <ToggleChips
      legend="Thématiques (facultatif ; les démarches choisies ajoutent « Aide aux démarches administratives »)"
      values={coopThematiquesNumeriques.filter((t) => t !== AIDE_DEMARCHES)}
      labels={coopThematiqueLabels}
      value={value}
      onChange={onChange}
    />
  );
}

/** An atelier's level. */
export function NiveauAtelierField({
  value,
  onChange,
}: {
  value: CoopNiveauAtelier | null;
  onChange: (next: CoopNiveauAtelier | null) => void;
}) {
  return (
    <OptionalSelect
      id="atelier-niveau"
      label="Niveau de l’atelier (facultatif)"
      values={coopNiveauxAtelier}
      labels={coopNiveauAtelierLabels}
      value={value}
      onChange={onChange}
    />
  );
}

/** Gender, age band and situation of the person, for La Coop's anonymous counts. */
export function CoopPersonFields({ value, onChange }: { value: CoopPerson; onChange: (next: CoopPerson) => void }) {
  return (
    <fieldset class="fieldset">
      <legend>Pour les comptes anonymes de La Coop (facultatif)</legend>
      <OptionalSelect
        id="coop-genre"
        label="Genre"
        values={told(coopGenres)}
        labels={coopGenreLabels}
        value={value.genre}
        onChange={(genre) => onChange({ ...value, genre })}
      />
      <OptionalSelect
        id="coop-tranche-age"
        label="Tranche d’âge"
        values={told(coopTranchesAge)}
        labels={coopTrancheAgeLabels}
        value={value.trancheAge}
        onChange={(trancheAge) => onChange({ ...value, trancheAge })}
      />
      <OptionalSelect
        id="coop-statut"
        label="Situation"
        values={told(coopStatutsSociaux)}
        labels={coopStatutSocialLabels}
        value={value.occupation}
        onChange={(occupation) => onChange({ ...value, occupation })}
      />
    </fieldset>
  );
}

function OptionalSelect<V extends string>(props: {
  id: string;
  label: string;
  values: readonly V[];
  labels: Record<V, string>;
  value: V | null;
  onChange: (next: V | null) => void;
}): JSX.Element {
  return (
    <label class="field" for={props.id}>
      <span class="field-label">{props.label}</span>
      <select
        id={props.id}
        class="select"
        value={props.value ?? ''}
        onChange={(e) => {
          const chosen = e.currentTarget.value;
          props.onChange(props.values.find((v) => v === chosen) ?? null);
        }}
      >
        <option value="">Non communiqué</option>
        {props.values.map((v) => (
          <option key={v} value={v}>
            {props.labels[v]}
          </option>
        ))}
      </select>
    </label>
  );
}
