// How the Activité section's codes read on screen.
import type { PassStatus } from '../../../shared/schema/pass-numerique';
import { formatDay, formatDuration } from '../../catalogue/format';
export { autonomyLabels, modeLabels, outcomeLabels, placeLabels } from '../../../shared/stats/labels';

export const passStatusLabels: Record<PassStatus, string> = {
  'en-stock': 'En stock',
  remis: 'Remis',
  utilise: 'Utilisé',
  expire: 'Expiré',
};

/** "2025-03-14" → "14 mars 2025" ("—" when there is no date). */
export function longDate(date: string | null): string {
  return date ? formatDay(date) : '—';
}

/** 45 → "45 min"; 90 → "1 h 30" ("—" when there is no duration). */
export function duration(minutes: number | null): string {
  return minutes ? formatDuration(minutes) : '—';
}

/** A person's name as the file holds it ("Yvette Martin"), or a neutral stand-in. */
export function personName(person: { firstName: string | null; lastName: string | null } | undefined): string {
  const name = [person?.firstName, person?.lastName].filter(Boolean).join(' ');
  return name || 'Personne sans nom';
}
