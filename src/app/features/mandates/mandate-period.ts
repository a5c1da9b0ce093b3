// When a mandate applies: its last day, and its state on a given day (with the 30-day expiry warning).
import { MANDATE_WARNING_DAYS, type MandateDuration } from '../../../shared/schema/mandate';
import { addDays, addMonths, daysBetween } from '../../ui/dates';

/**
 * The last day the mandate applies (included): 1 jour → the start day itself; otherwise the day
 * before the same date 1 month, 6 months or 1 year later (from 3 March for 1 mois: until 2 April).
 */
export function lastDayOf(startOn: string, duration: MandateDuration): string {
  if (duration === '1-jour') return startOn;
  const months = duration === '1-mois' ? 1 : duration === '6-mois' ? 6 : 12;
  return addDays(addMonths(startOn, months), -1);
}

/** Where a mandate stands on a day. */
export type MandateState =
  | { kind: 'a-venir'; lastDay: string }
  | { kind: 'actif'; lastDay: string; daysLeft: number }
  | { kind: 'expire-bientot'; lastDay: string; daysLeft: number }
  | { kind: 'expire'; lastDay: string }
  | { kind: 'revoque'; lastDay: string; revokedOn: string };

/** The state of a mandate on `today`: revoked, not started, running, expiring within 30 days, or expired. */
export function mandateState(
  mandate: { startOn: string; duration: MandateDuration; revokedOn: string | null },
  today: string,
): MandateState {
  const lastDay = lastDayOf(mandate.startOn, mandate.duration);
  if (mandate.revokedOn !== null) return { kind: 'revoque', lastDay, revokedOn: mandate.revokedOn };
  if (today < mandate.startOn) return { kind: 'a-venir', lastDay };
  const daysLeft = daysBetween(today, lastDay);
  if (daysLeft < 0) return { kind: 'expire', lastDay };
  return daysLeft <= MANDATE_WARNING_DAYS ? { kind: 'expire-bientot', lastDay, daysLeft } : { kind: 'actif', lastDay, daysLeft };
}

/** The state in plain words, e.g. "Expire dans 12 jours (dernier jour : 14 mars 2026)". */
export function stateText(state: MandateState, formatDay: (day: string) => string): string {
  switch (state.kind) {
    case 'revoque':
      return `Révoqué le ${formatDay(state.revokedOn)}`;
    case 'a-venir':
      return `Commence plus tard, valable jusqu’au ${formatDay(state.lastDay)}`;
    case 'expire':
      return `Expiré depuis le ${formatDay(state.lastDay)} (dernier jour)`;
    case 'expire-bientot':
      return state.daysLeft === 0
        ? `Expire ce soir : aujourd’hui est le dernier jour`
        : `Expire bientôt : encore ${state.daysLeft} jour${state.daysLeft > 1 ? 's' : ''} (dernier jour : ${formatDay(state.lastDay)})`;
    case 'actif':
      return `En cours, valable jusqu’au ${formatDay(state.lastDay)}`;
  }
}
