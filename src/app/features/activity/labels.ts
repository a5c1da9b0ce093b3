// How the Activité section's codes read on screen.
import { formatDay, formatDuration } from '../../catalogue/format';
import { displayName } from '../../ui/person-name';
export { autonomyLabels, modeLabels, outcomeLabels, placeLabels } from '../../../shared/stats/labels';

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
  return displayName(person, 'Personne sans nom');
}
