// A new mandate for a person: the démarche families covered, the duration in days, the start date; kept as
// a draft until saved. It is signed with the current template (mandate-templates.ts).
import { useState } from 'preact/hooks';
import { mandateDurationDays, mandateFamilies, type MandateDays, type MandateFamily } from '../../../shared/schema/mandate';
import { daysOfLegacyDuration, familiesOfDemarches, orderedFamilies } from '../../../shared/mandate/terms';
import { touchLastContact } from '../../db/beneficiaries-repository';
import { createMandate } from '../../db/mandates-repository';
import { formatDay } from '../../catalogue/format';
import { useAppServices } from '../../session/app-context';
import { isIsoDay, todayIso } from '../../ui/dates';
import { Checkbox, Choices, Radio, TextField } from '../../forms/form-fields';
import { useDraft } from '../../forms/use-draft';
import { durationDaysLabels, familyLabels } from '../../labels/mandate-families';
import { lastDayOf } from './mandate-period';
import { CURRENT_MANDATE_TEMPLATE } from './mandate-templates';
import { ConfirmAction } from '../../ui/ConfirmAction';

interface MandateDraft {
  families: MandateFamily[];
  durationDays: MandateDays;
  startOn: string;
}

/** The draft key of a person's mandate being written. */
export const mandateDraftKey = (personId: string) => `mandate:${personId}`;

/** A stored draft as the form reads it; one saved by the app before issue 17 (démarches, duration in words) too. */
export function readMandateDraft(stored: Readonly<Record<string, unknown>>, today: string): MandateDraft {
  const families = Array.isArray(stored.families)
    ? orderedFamilies(stored.families.filter((f): f is MandateFamily => mandateFamilies.includes(f as MandateFamily)))
    : familiesOfDemarches(Array.isArray(stored.demarcheIds) ? stored.demarcheIds.map(String) : []);
  const durationDays = mandateDurationDays.includes(stored.durationDays as MandateDays)
    ? (stored.durationDays as MandateDays)
    : (daysOfLegacyDuration(stored.duration) ?? 31);
  return { families, durationDays, startOn: typeof stored.startOn === 'string' ? stored.startOn : today };
}

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
  const draft = useDraft<MandateDraft>(mandateDraftKey(personId), { families: [], durationDays: 31, startOn: today });
  const [errors, setErrors] = useState<MandateErrors>({});
  const [saving, setSaving] = useState(false);
  if (!draft.ready) return <p aria-busy="true">Chargement…</p>;
  const v = readMandateDraft(draft.value as unknown as Record<string, unknown>, today);
  const set = (change: Partial<MandateDraft>) => draft.set({ ...v, ...change });

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = mandateErrors(v);
    setErrors(found);
    if (found.families) return document.getElementById(`m-family-${mandateFamilies[0]}`)?.focus();
    if (found.startOn) return document.getElementById('m-startOn')?.focus();
    setSaving(true);
    const id = await createMandate(db, {
      beneficiaryId: personId,
      families: v.families,
      durationDays: v.durationDays,
      startOn: v.startOn,
      aidantName,
      templateVersion: CURRENT_MANDATE_TEMPLATE,
    });
    await touchLastContact(db, personId, today);
    await draft.clear();
    onSaved(id);
  };

  return (
    <form class="mandate-form" noValidate onSubmit={submit}>
      <FamiliesGroup error={errors.families} selected={v.families} onChange={(families) => set({ families })} />
      <DurationChoices value={v.durationDays} onSelect={(durationDays) => set({ durationDays })} />
      <TextField
        id="m-startOn"
        label="Début du mandat"
        type="date"
        value={v.startOn}
        error={errors.startOn}
        onInput={(startOn) => set({ startOn })}
      />
      {isIsoDay(v.startOn) && <p class="hint">Valable jusqu’au {formatDay(lastDayOf(v.startOn, v.durationDays))} inclus.</p>}
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
  families?: string;
  startOn?: string;
}

/** What is missing before the mandate can be saved, in French. */
function mandateErrors(v: MandateDraft): MandateErrors {
  const found: MandateErrors = {};
  if (v.families.length === 0) found.families = 'Choisissez au moins une famille de démarches couverte par le mandat.';
  if (!isIsoDay(v.startOn)) found.startOn = 'Indiquez la date de début du mandat.';
  return found;
}

/** The ten families, each with what it covers, and the error next to them. */
function FamiliesGroup({
  error,
  selected,
  onChange,
}: {
  error: string | undefined;
  selected: MandateFamily[];
  onChange: (families: MandateFamily[]) => void;
}) {
  const toggle = (family: MandateFamily, on: boolean) =>
    onChange(orderedFamilies(on ? [...selected, family] : selected.filter((f) => f !== family)));
  return (
    <fieldset class={`form-group choices${error ? ' field--error' : ''}`} aria-describedby={error ? 'm-families-error' : undefined}>
      <legend>Familles de démarches que l’aidant peut faire pour la personne</legend>
      {error && (
        <p class="field__error" id="m-families-error">
          {error}
        </p>
      )}
      {mandateFamilies.map((family) => (
        <Checkbox
          key={family}
          id={`m-family-${family}`}
          label={familyLabels[family].title}
          hint={familyLabels[family].description}
          checked={selected.includes(family)}
          onChange={(on) => toggle(family, on)}
        />
      ))}
    </fieldset>
  );
}

/** 1 jour, 1 mois (31 jours), 6 mois (182 jours) or 1 an (365 jours). */
function DurationChoices({ value, onSelect }: { value: MandateDays; onSelect: (days: MandateDays) => void }) {
  return (
    <Choices legend="Durée du mandat">
      {mandateDurationDays.map((days) => (
        <Radio
          key={days}
          name="m-duration"
          value={String(days)}
          label={durationDaysLabels[days]}
          checked={value === days}
          onSelect={() => onSelect(days)}
        />
      ))}
    </Choices>
  );
}
