// The sync status in words: "Synchronisé il y a 3 min", "4 modifications en attente", what to announce.
import type { SyncStatus } from './sync-status';

const numbers = new Intl.NumberFormat('fr-FR');
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
  return `Synchronisé il y a ${numbers.format(days)} jour${days > 1 ? 's' : ''}`;
}

/** How many local changes wait to be sent. */
export function pendingText(pending: number): string {
  if (pending === 0) return 'Aucune modification en attente';
  return `${numbers.format(pending)} modification${pending > 1 ? 's' : ''} en attente`;
}

/** The changes set apart because the endpoint refused them, and where to see them ('' when none). */
export function refusedText(refused: number): string {
  if (refused === 0) return '';
  return `${numbers.format(refused)} modification${refused > 1 ? 's refusées' : ' refusée'} par le serveur : voir Réglages`;
}

/** The label of the progress bar during a long sync. */
export function progressText(pulled: number): string {
  if (pulled === 0) return 'Synchronisation en cours…';
  return `Synchronisation en cours : ${numbers.format(pulled)} élément${pulled > 1 ? 's' : ''} reçu${pulled > 1 ? 's' : ''}`;
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
