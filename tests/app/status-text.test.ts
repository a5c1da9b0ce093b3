// The sync status in plain French, and which changes are worth announcing to a screen reader.
import { describe, expect, it } from 'vitest';
import { announcementFor, lastSyncText, pendingText, progressText, refusedText } from '../../src/app/sync/status-text';
import { initialSyncStatus, type SyncStatus } from '../../src/app/sync/sync-status';

const NOW = Date.parse('2026-03-10T09:30:00Z');
const MIN = 60_000;

describe('the last sync, in words', () => {
  it.each([
    [null, 'Jamais synchronisé'],
    [NOW, 'Synchronisé à l’instant'],
    [NOW - 59_000, 'Synchronisé à l’instant'],
    [NOW + 5 * MIN, 'Synchronisé à l’instant'],
    [NOW - MIN, 'Synchronisé il y a 1 min'],
    [NOW - 3 * MIN - 20_000, 'Synchronisé il y a 3 min'],
    [NOW - 59 * MIN, 'Synchronisé il y a 59 min'],
    [NOW - 60 * MIN, 'Synchronisé il y a 1 h'],
    [NOW - 23 * 60 * MIN, 'Synchronisé il y a 23 h'],
    [NOW - 24 * 60 * MIN, 'Synchronisé il y a 1 jour'],
    [NOW - 3 * 24 * 60 * MIN, 'Synchronisé il y a 3 jours'],
  ])('last success at %s → "%s"', (at, text) => {
    expect(lastSyncText(at, NOW)).toBe(text);
  });
});

describe('pending changes, in words', () => {
  it.each([
    [0, 'Aucune modification en attente'],
    [1, '1 modification en attente'],
    [4, '4 modifications en attente'],
    [12_345, '12\u202f345 modifications en attente'],
  ])('%i → "%s"', (pending, text) => {
    expect(pendingText(pending)).toBe(text);
  });

  it.each([
    [0, ''],
    [1, '1 modification refusée par le serveur : voir Réglages'],
    [3, '3 modifications refusées par le serveur : voir Réglages'],
  ])('%i refused changes → "%s"', (refused, text) => {
    expect(refusedText(refused)).toBe(text);
  });

  it.each([
    [0, 'Synchronisation en cours…'],
    [1, 'Synchronisation en cours : 1 élément reçu'],
    [2000, 'Synchronisation en cours : 2\u202f000 éléments reçus'],
  ])('progress after %i pulled ops → "%s"', (pulled, text) => {
    expect(progressText(pulled)).toBe(text);
  });
});

describe('what the live region announces', () => {
  const status = (change: Partial<SyncStatus>): SyncStatus => ({ ...initialSyncStatus, ...change });
  const offline = { kind: 'offline' as const, message: 'Pas de réseau.' };
  const revoked = { kind: 'revoked' as const, message: 'Cet appareil a été révoqué.' };

  it.each([
    ['a new error', status({ running: true }), status({ error: offline }), false, 'Pas de réseau.'],
    ['another error', status({ error: offline }), status({ error: revoked }), false, 'Cet appareil a été révoqué.'],
    ['the same error again', status({ error: offline, running: true }), status({ error: offline }), false, null],
    [
      'sync working again',
      status({ error: offline, running: true }),
      status({ lastSuccessAt: NOW }),
      false,
      'La synchronisation fonctionne à nouveau.',
    ],
    [
      'the end of a sync the aidant asked for',
      status({ running: true }),
      status({ lastSuccessAt: NOW }),
      true,
      'Synchronisation terminée.',
    ],
    ['the end of a background sync', status({ running: true }), status({ lastSuccessAt: NOW }), false, null],
    ['a sync starting', status({}), status({ running: true }), true, null],
    ['one more pending change', status({ pending: 3 }), status({ pending: 4 }), false, null],
    [
      'progress during a long sync',
      status({ running: true, progress: { pulled: 1000, more: true } }),
      status({ running: true, progress: { pulled: 2000, more: true } }),
      true,
      null,
    ],
  ])('%s → %s', (_case, previous, current, asked, said) => {
    expect(announcementFor(previous, current, asked)).toBe(said);
  });
});
