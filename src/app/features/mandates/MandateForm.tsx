// A new mandate for a person: démarches covered (catalogue), duration, start date; kept as a draft until saved.
import { useState } from 'preact/hooks';
import { mandateDurations, type MandateDuration } from '../../../shared/schema/mandate';
import { touchLastContact } from '../../db/beneficiaries-repository';
import { createMandate } from '../../db/mandates-repository';
import { formatDay } from '../../catalogue/format';
import { useAppServices } from '../../session/app-context';
import { isIsoDay, todayIso } from '../../ui/dates';
import { Choices, Radio, TextField } from '../../forms/form-fields';
import { useDraft } from '../../forms/use-draft';
import { DemarchePicker } from '../../forms/DemarchePicker';
import { durationLabels } from '../../labels/records';
import { lastDayOf } from './mandate-period';
import { ConfirmAction } from '../../ui/ConfirmAction';

interface MandateDraft {
  demarcheIds: string[];
  duration: MandateDuration;
  startOn: string;
}

/** The draft key of a person's mandate being written. */
export const mandateDraftKey = (personId: string) => `mandate:${personId}`;

/** The form; `onSaved` receives the new mandate's id. */
export function MandateForm({
  personId,
  aidantName,
  onSaved,
  onAbandon,
}: {
  personId: string;
  aidantName: string | null;
  onSaved: (id: string) => void;
  onAbandon: () => void;
}) {
  const { db } = useAppServices();
  const today = todayIso(db.now());
  const draft = useDraft<MandateDraft>(mandateDraftKey(personId), { demarcheIds: [], duration: '1-mois', startOn: today });
  const [errors, setErrors] = useState<MandateErrors>({});
  const [saving, setSaving] = useState(false);
  if (!draft.ready) return <p aria-busy="true">Chargement…</p>;
  const v = draft.value;
  const set = (change: Partial<MandateDraft>) => draft.set({ ...v, ...change });

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = mandateErrors(v);
    setErrors(found);
    if (found.demarches) return document.getElementById('m-demarches-search')?.focus();
    if (found.startOn) return document.getElementById('m-startOn')?.focus();
    setSaving(true);
    const id = await createMandate(db, {
      beneficiaryId: personId,
      demarcheIds: v.demarcheIds,
      duration: v.duration,
      startOn: v.startOn,
      aidantName,
    });
    await touchLastContact(db, personId, today);
    await draft.clear();
    onSaved(id);
  };

  return (
    <form class="mandate-form" noValidate onSubmit={submit}>
      <DemarchesGroup error={errors.demarches} selected={v.demarcheIds} onChange={(demarcheIds) => set({ demarcheIds })} />
      <DurationChoices value={v.duration} onSelect={(duration) => set({ duration })} />
      <TextField
        id="m-startOn"
        label="Début du mandat"
        type="date"
        value={v.startOn}
        error={errors.startOn}
        onInput={(startOn) => set({ startOn })}
      />
      {isIsoDay(v.startOn) && <p class="hint">Valable jusqu’au {formatDay(lastDayOf(v.startOn, v.duration))} inclus.</p>}
      <p class="notice-info">Déclic enregistre le mandat ; il ne remplace pas Aidants Connect, le service officiel des mandats en ligne.</p>
      <div class="form-actions">
        <button type="submit" class="button button--primary" disabled={saving}>
          Enregistrer le mandat
        </button>
        <ConfirmAction
          question="Abandonner ce mandat ? Ce qui a été saisi sera perdu."
          confirmLabel="Oui, abandonner"
          onConfirm={() => void draft.clear().then(onAbandon)}
        >
          Abandonner
        </ConfirmAction>
      </div>
    </form>
  );
}

interface MandateErrors {
  demarches?: string;
  startOn?: string;
}

/** What is missing before the mandate can be saved, in French. */
function mandateErrors(v: MandateDraft): MandateErrors {
  const found: MandateErrors = {};
  if (v.demarcheIds.length === 0) found.demarches = 'Choisissez au moins une démarche couverte par le mandat.';
  if (!isIsoDay(v.startOn)) found.startOn = 'Indiquez la date de début du mandat.';
  return found;
}

/** The démarches the mandate covers, picked from the catalogue, with their error next to them. */
function DemarchesGroup({
  error,
  selected,
  onChange,
}: {
  error: string | undefined;
  selected: string[];
  onChange: (ids: string[]) => void;
}) {
  return (
    <fieldset class={`form-group${error ? ' field--error' : ''}`} aria-describedby={error ? 'm-demarches-error' : undefined}>
      <legend>Démarches que l’aidant peut faire pour la personne</legend>
      {error && (
        <p class="field__error" id="m-demarches-error">
          {error}
        </p>
      )}
      <DemarchePicker id="m-demarches" selected={selected} onChange={onChange} />
    </fieldset>
  );
}

/** 1 jour, 1 mois, 6 mois or 1 an. */
function DurationChoices({ value, onSelect }: { value: MandateDuration; onSelect: (duration: MandateDuration) => void }) {
  return (
    <Choices legend="Durée du mandat">
      {mandateDurations.map((d) => (
        <Radio key={d} name="m-duration" value={d} label={durationLabels[d]} checked={value === d} onSelect={() => onSelect(d)} />
      ))}
    </Choices>
  );
}
