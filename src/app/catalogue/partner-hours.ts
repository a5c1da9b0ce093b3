// A local partner's hours as the aidant reads them: those typed on a tablet, else the directory's
// opening_hours in plain French (or as written, when outside the common subset).
import { openingHoursText } from '../../shared/directory/opening-hours';
import type { LocalPartner } from './local-content';

/** The hours to show, or null when none is known. */
export function partnerHours(partner: Pick<LocalPartner, 'hours' | 'openingHours'>): string | null {
  if (partner.hours) return partner.hours;
  return partner.openingHours ? openingHoursText(partner.openingHours) : null;
}
