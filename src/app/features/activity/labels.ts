// How the Activité section's codes read on screen.
import type { PassStatus } from '../../../shared/schema/pass-numerique';
export { autonomyLabels, modeLabels, outcomeLabels, placeLabels } from '../../../shared/stats/labels';

export const passStatusLabels: Record<PassStatus, string> = {
  'en-stock': 'En stock',
  remis: 'Remis',
  utilise: 'Utilisé',
  expire: 'Expiré',
};

/** "2025-03-14" → "14 mars 2025". */
export function longDate(date: string | null): string {
  if (!date) return '—';
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** 45 → "45 min"; 90 → "1 h 30". */
export function duration(minutes: number | null): string {
  if (!minutes) return '—';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
}

/** A person's name as the file holds it ("Yvette Martin"), or a neutral stand-in. */
export function personName(person: { firstName: string | null; lastName: string | null } | undefined): string {
  const name = [person?.firstName, person?.lastName].filter(Boolean).join(' ');
  return name || 'Personne sans nom';
}
