// Orientation follow-up: which referrals are still waiting for news after 30 days.
import { STALE_ORIENTATION_DAYS } from '../schema/orientation';
import { daysBetween } from './period';

/** True when the orientation is still "en attente" 30 days or more after it was made, on `today`. */
export function isStaleOrientation(
  orientation: { date?: string | null; outcome?: string | null; deleted?: boolean | null },
  today: string,
): boolean {
  if (orientation.deleted === true || typeof orientation.date !== 'string') return false;
  if (orientation.outcome && orientation.outcome !== 'en-attente') return false;
  return daysBetween(orientation.date, today) >= STALE_ORIENTATION_DAYS;
}
