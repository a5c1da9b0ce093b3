// A suivi's status, follow-up date and note, saved as the aidant changes them (the note with the versions
// kept from a simultaneous edit on another tablet).
import { useId } from 'preact/hooks';
import { suiviStatuses, type SuiviStatus } from '../../../shared/schema/suivi';
import type { Suivi, SuiviChanges } from '../../db/suivis-repository';
import { FreeTextField } from '../../forms/FreeTextField';
import { stampOf } from '../../forms/use-record-form';
import type { SeenStamps } from '../../db/records-repository';
import { isIsoDay } from '../../ui/dates';
import { statusLabels } from '../../labels/records';

/** The fields; `onChange` writes one change (status and date at once, the note on "Enregistrer la note"). */
export function SuiviFields(props: { suivi: Suivi; onChange: (changes: SuiviChanges, seen?: SeenStamps) => Promise<void> }) {
  const { suivi, onChange } = props;
  const id = useId();
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
      <FreeTextField
        label="Note (visible seulement par votre structure)"
        value={suivi.note}
        seen={stampOf(suivi, 'note')}
        versions={suivi.conflicts.note}
        of="de la note"
        action="Modifiez la note ci-dessous pour garder ce qui compte, puis enregistrez-la."
        maxLength={5000}
        saveLabel="Enregistrer la note"
        savedMessage="Note enregistrée."
        draftKey={`${suivi.beneficiaryId}:demarcheSuivis:${suivi.id}:note`}
        onSave={(note, seen) => onChange({ note }, { note: seen })}
      />
    </div>
  );
}
