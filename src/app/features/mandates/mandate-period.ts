// When a mandate applies: its last day, counted in days, and its state on a given day (with the 30-day
// expiry warning). A mandate whose families were all revoked one by one is revoked as a whole.
import { MANDATE_WARNING_DAYS, type MandateDuration, type MandateFamily } from '../../../shared/schema/mandate';
import { addDays, addMonths, daysBetween } from '../../ui/dates';

/**
 * The last day the mandate applies (included): a mandate of N days runs from its first day to the N-th
 * (1 day → the start day itself). A mandate signed before issue 17 said "1 mois" or "6 mois" and ended the
 * day before the same date N months later; read in days (31, 182) it could run up to 3 days past what the
 * person signed, so it ends on the earlier of the two.
 */
export function lastDayOf(startOn: string, durationDays: number, legacyDuration: MandateDuration | null = null): string {
  const byDays = addDays(startOn, durationDays - 1);
  if (legacyDuration === null) return byDays;
  const signed = legacySignedLastDay(startOn, legacyDuration);
  return signed < byDays ? signed : byDays;
}

/** The last day the pre-issue-17 paper printed, counted in calendar months. */
function legacySignedLastDay(startOn: string, duration: MandateDuration): string {
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

/** What the state depends on. */
export interface MandatePeriod {
  startOn: string;
  durationDays: number;
  /** Legacy: the duration in words of a mandate signed before issue 17 (null otherwise). */
  duration?: MandateDuration | null;
  revokedOn: string | null;
  families?: readonly MandateFamily[];
  revokedFamilies?: Partial<Record<MandateFamily, string>>;
}

/** The day the whole mandate ended by revocation: its own revocation, or the last of its families' when every one was revoked. */
export function revokedOnAll(mandate: MandatePeriod): string | null {
  if (mandate.revokedOn !== null) return mandate.revokedOn;
  const families = mandate.families ?? [];
  const days = families.map((family) => mandate.revokedFamilies?.[family]);
  if (families.length === 0 || days.some((day) => day === undefined)) return null;
  return (days as string[]).reduce((a, b) => (a > b ? a : b));
}

/** The state of a mandate on `today`: revoked, not started, running, expiring within 30 days, or expired. */
export function mandateState(mandate: MandatePeriod, today: string): MandateState {
  const lastDay = lastDayOf(mandate.startOn, mandate.durationDays, mandate.duration ?? null);
  const revokedOn = revokedOnAll(mandate);
  if (revokedOn !== null) return { kind: 'revoque', lastDay, revokedOn };
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
