// The bénéficiaire form (create or edit): minimal fields, French errors next to each field, a draft that
// survives sleep and restarts, and a duplicate warning before a new file is saved.
import { useMemo, useRef, useState } from 'preact/hooks';
import { createBeneficiary, updateBeneficiary, type Beneficiary } from '../../db/beneficiaries-repository';
import type { PersonEntry } from '../../db/person-index';
import { useAppServices } from '../../session/app-context';
import { todayIso } from '../../ui/dates';
import { BeneficiaryFields } from './BeneficiaryFields';
import {
  emptyForm,
  filledFields,
  firstErrorField,
  fromBeneficiary,
  toChanges,
  validateForm,
  type BeneficiaryFormValues,
  type FormErrors,
} from './beneficiary-form';
import { DuplicateWarning } from './DuplicateWarning';
import { findDuplicates } from './duplicate-files';
import { useRecordForm } from '../../forms/use-record-form';
import { ConfirmAction } from '../../ui/ConfirmAction';

export interface BeneficiaryFormProps {
  /** The file being edited; absent for a new one. */
  existing?: Beneficiary;
  /** The people already on the tablet (for the duplicate warning). */
  people: readonly PersonEntry[];
  onSaved: (id: string) => void;
  onAbandon: () => void;
}

/** The draft key of the form: a new file, or the file `id` (ids only: nothing personal in a key). */
export const formDraftKey = (id?: string) => `beneficiary:${id ?? 'new'}`;

/** The create/edit form. */
export function BeneficiaryForm({ existing, people, onSaved, onAbandon }: BeneficiaryFormProps) {
  const { db } = useAppServices();
  // The form remembers the file as it opened: saving writes only what the aidant changed since.
  const draft = useRecordForm<object, BeneficiaryFormValues>(formDraftKey(existing?.id), existing ?? {}, () =>
    existing ? fromBeneficiary(existing) : emptyForm,
  );
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [confirmDuplicate, setConfirmDuplicate] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const warningRef = useRef<HTMLDivElement>(null);
  const values = draft.values;
  const today = todayIso(db.now());
  const duplicates = useDuplicates(values, people, existing?.id);

  const change = (next: Partial<BeneficiaryFormValues>) => {
    const merged = { ...values, ...next };
    draft.set(merged);
    if (errors) setErrors(validateForm(merged, today));
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = validateForm(values, today);
    setErrors(found);
    const first = firstErrorField(found);
    if (first) return document.getElementById(`b-${first}`)?.focus();
    if (!existing && duplicates.length > 0 && !confirmDuplicate) {
      setConfirmDuplicate(true);
      return setTimeout(() => warningRef.current?.focus(), 0);
    }
    setSaving(true);
    try {
      const edit = draft.write(toChanges);
      const id = existing ? existing.id : await createBeneficiary(db, { ...filledFields(toChanges(values)), lastContactOn: today });
      if (existing) await updateBeneficiary(db, existing.id, edit.changes, edit.seen);
      await draft.clear();
      onSaved(id);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : 'L’enregistrement a échoué. Réessayez.');
      setSaving(false);
    }
  };

  const abandon = async () => {
    await draft.clear();
    onAbandon();
  };

  if (!draft.ready) return <p aria-busy="true">Chargement…</p>;
  return (
    <form class="person-form" noValidate onSubmit={submit}>
      {draft.restoredFrom !== null && (
        <p class="notice-info" role="status">
          Brouillon retrouvé : les informations saisies et non enregistrées ont été remises dans le formulaire.
        </p>
      )}
      <BeneficiaryFields values={values} errors={errors ?? {}} today={today} onChange={change} />
      {duplicates.length > 0 && <DuplicateWarning focusRef={warningRef} duplicates={duplicates} asksConfirmation={confirmDuplicate} />}
      {failure && (
        <p class="notice-error" role="alert">
          {failure}
        </p>
      )}
      <FormActions
        saving={saving}
        label={!existing && confirmDuplicate ? 'Créer quand même' : existing ? 'Enregistrer les modifications' : 'Créer le dossier'}
        onAbandon={() => void abandon()}
      />
    </form>
  );
}

/** The files that may be the same person as the one typed (2 of 4: last name, first name, phone, e-mail), other than itself. */
function useDuplicates(values: BeneficiaryFormValues, people: readonly PersonEntry[], ownId: string | undefined) {
  const phone = values.noPhone ? '' : values.phone;
  const email = values.noEmail ? '' : values.email;
  return useMemo(
    () => findDuplicates({ firstName: values.firstName, lastName: values.lastName, phone, email }, people, ownId),
    [values.firstName, values.lastName, phone, email, people, ownId],
  );
}

/** The submit button (its words say what it will do) and « Abandonner », confirmed. */
function FormActions({ saving, label, onAbandon }: { saving: boolean; label: string; onAbandon: () => void }) {
  return (
    <div class="form-actions">
      <button type="submit" class="button button--primary" disabled={saving}>
        {label}
      </button>
      <ConfirmAction question="Abandonner la saisie ? Ce qui a été tapé sera perdu." confirmLabel="Oui, abandonner" onConfirm={onAbandon}>
        Abandonner
      </ConfirmAction>
    </div>
  );
}
