// The sync status in words: "Synchronisé il y a 3 min", "4 modifications en attente", a wrong clock, what to announce.
import { frenchCount } from '../../shared/french-count';
import { isClockWrong } from '../../shared/hlc';
import type { SyncStatus } from './sync-status';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** When the device last synced, relative to `now`. */
export function lastSyncText(lastSuccessAt: number | null, now: number): string {
  if (lastSuccessAt === null) return 'Jamais synchronisé';
  const elapsed = now - lastSuccessAt;
  if (elapsed < MINUTE) return 'Synchronisé à l’instant';
  if (elapsed < HOUR) return `Synchronisé il y a ${Math.floor(elapsed / MINUTE)} min`;
  if (elapsed < DAY) return `Synchronisé il y a ${Math.floor(elapsed / HOUR)} h`;
  const days = Math.floor(elapsed / DAY);
  return `Synchronisé il y a ${frenchCount(days)} jour${days > 1 ? 's' : ''}`;
}

/** How many local changes wait to be sent. */
export function pendingText(pending: number): string {
  if (pending === 0) return 'Aucune modification en attente';
  return `${frenchCount(pending)} modification${pending > 1 ? 's' : ''} en attente`;
}

/** The changes set apart because the endpoint refused them, and where to see them ('' when none). */
export function refusedText(refused: number): string {
  if (refused === 0) return '';
  return `${frenchCount(refused)} modification${refused > 1 ? 's refusées' : ' refusée'} par le serveur : voir Réglages`;
}

/** A gap between two clocks in plain words: "12 min", "3 h", "5 jours", "3 ans". */
function gapText(ms: number): string {
  const years = Math.floor(ms / (365 * DAY));
  if (years >= 1) return `${frenchCount(years)} an${years > 1 ? 's' : ''}`;
  const days = Math.floor(ms / DAY);
  if (days >= 1) return `${frenchCount(days)} jour${days > 1 ? 's' : ''}`;
  if (ms >= HOUR) return `${Math.floor(ms / HOUR)} h`;
  return `${Math.floor(ms / MINUTE)} min`;
}

/**
 * The warning when the tablet's clock is wrong by more than 5 minutes against the endpoint's (skew:
 * positive when the tablet is behind), or null when it is right or not yet known.
 */
export function clockWarningText(skewMs: number | null): string | null {
  if (skewMs === null || !isClockWrong(skewMs)) return null;
  const gap = gapText(Math.abs(skewMs));
  const fix = "Corrigez la date et l'heure dans les réglages de la tablette.";
  if (skewMs > 0) {
    return `L'horloge de cette tablette est fausse : elle retarde de ${gap}. ${fix} En attendant, Déclic date vos saisies à l'heure du serveur : rien n'est perdu.`;
  }
  return `L'horloge de cette tablette est fausse : elle avance de ${gap}. ${fix}`;
}

/** The label of the progress bar during a long sync. */
export function progressText(pulled: number): string {
  if (pulled === 0) return 'Synchronisation en cours…';
  return `Synchronisation en cours : ${frenchCount(pulled)} élément${pulled > 1 ? 's' : ''} reçu${pulled > 1 ? 's' : ''}`;
}

/**
 * What the polite live region should say after a change of status, or null to leave it as it is.
 * Only changes of state are announced (a new error, sync working again, a sync the aidant asked
 * for that ended) — never the ticking time or each background sync.
 */
export function announcementFor(previous: SyncStatus, current: SyncStatus, askedByAidant: boolean): string | null {
  if (current.error && current.error.message !== previous.error?.message) return current.error.message;
  const finished = previous.running && !current.running && current.error === null;
  if (finished && previous.error) return 'La synchronisation fonctionne à nouveau.';
  if (finished && askedByAidant) return 'Synchronisation terminée.';
  return null;
}
