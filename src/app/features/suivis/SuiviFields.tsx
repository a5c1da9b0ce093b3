// A suivi's status, follow-up date and note, saved as the aidant changes them.
import { useEffect, useId, useState } from 'preact/hooks';
import { suiviStatuses, type SuiviStatus } from '../../../shared/schema/suivi';
import type { Suivi, SuiviChanges } from '../../db/suivis-repository';
import { isIsoDay } from '../beneficiaries/calendar';
import { statusLabels } from './suivi-rules';

/** The fields; `onChange` writes one change (status and date at once, the note on "Enregistrer la note"). */
export function SuiviFields({ suivi, onChange }: { suivi: Suivi; onChange: (changes: SuiviChanges) => Promise<void> }) {
  const id = useId();
  const [note, setNote] = useState(suivi.note ?? '');
  const [saved, setSaved] = useState(false);
  useEffect(() => setNote(suivi.note ?? ''), [suivi.note]);
  return (
    <div class="form suivi-fields">
      <label class="field-label" for={`${id}-status`}>
        Où en est la démarche
      </label>
      <select
        id={`${id}-status`}
        class="select"
        value={suivi.status ?? 'a-faire'}
        onChange={(e) => void onChange({ status: e.currentTarget.value as SuiviStatus })}
      >
        {suiviStatuses.map((status) => (
          <option key={status} value={status}>
            {statusLabels[status]}
          </option>
        ))}
      </select>
      <label class="field-label" for={`${id}-follow`}>
        À relancer le
      </label>
      <input
        id={`${id}-follow`}
        class="input"
        type="date"
        value={suivi.followUpOn ?? ''}
        onChange={(e) => {
          const value = e.currentTarget.value;
          if (value === '' || isIsoDay(value)) void onChange({ followUpOn: value === '' ? null : value });
        }}
      />
      <label class="field-label" for={`${id}-note`}>
        Note (visible seulement par votre structure)
      </label>
      <textarea
        id={`${id}-note`}
        class="textarea"
        value={note}
        maxLength={5000}
        onInput={(e) => (setNote(e.currentTarget.value), setSaved(false))}
      />
      <p class="form__actions">
        <button
          type="button"
          class="button"
          disabled={note === (suivi.note ?? '')}
          onClick={() => void onChange({ note: note.trim() === '' ? null : note }).then(() => setSaved(true))}
        >
          Enregistrer la note
        </button>
        {saved && <span role="status">Note enregistrée.</span>}
      </p>
    </div>
  );
}
