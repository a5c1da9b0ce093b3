// The list of mandates that expire within 30 days (or just expired), across every file of the tablet.
import { MANDATE_WARNING_DAYS } from '../../../shared/schema/mandate';
import type { PersonEntry } from '../../db/person-index';
import type { Mandate } from '../../db/mandates-repository';
import { linkProps } from '../../ui/router';
import { addDays } from '../../ui/dates';
import { displayName } from '../../ui/person-name';
import { mandateState } from './mandate-period';
import { MandateStateLine } from './MandateList';
import { paths } from '../../routes/paths';
import { familyLabels } from '../../labels/mandate-families';

/** Mandates needing attention: expiring within 30 days, or expired in the last 30 days; soonest first. */
export function mandatesNeedingAttention(mandates: Mandate[], today: string): Mandate[] {
  const since = addDays(today, -MANDATE_WARNING_DAYS);
  return mandates
    .map((m) => ({ m, state: mandateState(m, today) }))
    .filter(({ state }) => state.kind === 'expire-bientot' || (state.kind === 'expire' && state.lastDay >= since))
    .sort((a, b) => (a.state.lastDay < b.state.lastDay ? -1 : a.state.lastDay > b.state.lastDay ? 1 : 0))
    .map(({ m }) => m);
}

/** The families still covered, in words (« Social, santé ; Logement »). */
function coveredFamilies(m: Mandate): string {
  return m.families
    .filter((family) => !m.revokedFamilies[family])
    .map((family) => familyLabels[family].title)
    .join(' ; ');
}

/** The list, with a link to each person's file. */
export function ExpiringMandates({ mandates, people, today }: { mandates: Mandate[]; people: readonly PersonEntry[]; today: string }) {
  const byId = new Map(people.map((p) => [p.id, p]));
  const shown = mandatesNeedingAttention(mandates, today).flatMap((m) => {
    const person = byId.get(m.beneficiaryId);
    return person ? [{ m, person }] : [];
  });
  if (shown.length === 0) return <p>Aucun mandat n’expire dans les {MANDATE_WARNING_DAYS} prochains jours.</p>;
  return (
    <ul class="card-list">
      {shown.map(({ m, person }) => (
        <li key={m.id}>
          <a class="card" {...linkProps(paths.file({ id: m.beneficiaryId }))}>
            <span class="card__title">{displayName(person)}</span>
            <MandateStateLine state={mandateState(m, today)} />
            <span class="card__meta">{coveredFamilies(m)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
