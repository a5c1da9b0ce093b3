// What came of a referral: three toggles, the current one pressed.
import { orientationOutcomes, type OrientationOutcome } from '../../../../shared/schema/orientation';
import { localDate } from '../../../../shared/stats/period';
import { setOrientationOutcome } from '../../../db/orientations-repository';
import { useAppServices } from '../../../session/app-context';
import { outcomeLabels } from '../labels';

/** Sets the outcome of orientation `id` (dated today). */
export function OutcomeButtons({ id, outcome, label }: { id: string; outcome: OrientationOutcome | null; label: string }) {
  const { db } = useAppServices();
  return (
    <div class="chips no-print" role="group" aria-label={label}>
      {orientationOutcomes.map((value) => (
        <button
          key={value}
          type="button"
          class="chip-toggle"
          aria-pressed={(outcome ?? 'en-attente') === value}
          onClick={() => void setOrientationOutcome(db, id, value, localDate(db.now()))}
        >
          {outcomeLabels[value]}
        </button>
      ))}
    </div>
  );
}
