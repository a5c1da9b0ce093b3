// When the tablet tries again after a failed sync, and what each endpoint answer means for the aidant.
import { describe, expect, it } from 'vitest';
import { BACKOFF_MAX_MS, retryDelay } from '../../src/app/sync/backoff';
import { failureFromAnswer, parseRetryAfter, type FailureKind } from '../../src/app/sync/failures';

const failure = (kind: FailureKind, retryAfterMs: number | null = null) => ({ kind, retryAfterMs });

describe('retryDelay', () => {
  it.each([
    // kind, Retry-After, attempt, random, expected wait (ms)
    ['network', null, 1, 0, 1_000],
    ['network', null, 1, 0.999_999, 1_999],
    ['network', null, 2, 0, 2_000],
    ['network', null, 3, 0.5, 6_000],
    ['server', null, 4, 0, 8_000],
    ['server', null, 8, 0, 128_000],
    ['server', null, 9, 0, 150_000],
    ['server', null, 9, 0.999_999, BACKOFF_MAX_MS - 1],
    ['server', null, 1000, 0, 150_000],
    ['clock', null, 1, 0, 1_000],
    ['rejected', null, 2, 0, 2_000],
    ['busy', 120_000, 1, 0, 120_000],
    ['busy', 120_000, 7, 0.5, 120_500],
    ['busy', null, 3, 0, 4_000],
  ] as const)('%s (Retry-After %s ms), failure n° %i, random %f → %i ms', (kind, retryAfter, attempt, random, expected) => {
    expect(retryDelay(failure(kind, retryAfter), attempt, random)).toBe(expected);
  });

  it.each(['offline', 'revoked', 'unauthenticated', 'outdated'] as const)(
    'never retries by itself after "%s" (the aidant must act)',
    (kind) => {
      expect(retryDelay(failure(kind), 1, 0.5)).toBeNull();
    },
  );

  it('never waits less than Retry-After, whatever the jitter', () => {
    for (let i = 0; i < 100; i++) expect(retryDelay(failure('busy', 30_000), 1, Math.random())!).toBeGreaterThanOrEqual(30_000);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-03-10T09:30:00Z');
  it.each([
    ['120', 120_000],
    [' 5 ', 5_000],
    ['Tue, 10 Mar 2026 09:31:00 GMT', 60_000],
    ['Tue, 10 Mar 2026 09:00:00 GMT', 0],
    ['bientôt', null],
    ['', null],
    [null, null],
  ])('"%s" → %s ms', (header, expected) => {
    expect(parseRetryAfter(header, now)).toBe(expected);
  });
});

describe('what an error answer means', () => {
  const answer = (status: number, code: string | null, message = 'Message du serveur.', headers: Record<string, string> = {}) => ({
    status,
    headers: new Headers(headers),
    body: code ? { error: { code, message } } : null,
  });

  it.each([
    [
      answer(401, 'appareil_revoque', 'Cet appareil a été révoqué par votre structure. Il ne peut plus synchroniser.'),
      'revoked',
      'Cet appareil a été révoqué par votre structure. Il ne peut plus synchroniser.',
    ],
    [
      answer(401, 'non_authentifie', 'Cet appareil n’est pas reconnu. Connectez-vous à nouveau.'),
      'unauthenticated',
      'Cet appareil n’est pas reconnu. Connectez-vous à nouveau.',
    ],
    [answer(426, 'version_trop_ancienne', 'Mettez l’application à jour.'), 'outdated', 'Mettez l’application à jour.'],
    [answer(426, null), 'outdated', 'Cette version de Déclic est trop ancienne : mettez l’application à jour pour synchroniser.'],
    [answer(422, 'horloge_en_avance', "L'heure de cette tablette est en avance."), 'clock', "L'heure de cette tablette est en avance."],
    [
      answer(429, 'trop_de_tentatives', 'Trop de requêtes.', { 'Retry-After': '30' }),
      'busy',
      'Le serveur est très sollicité. Nouvel essai automatique dans un moment.',
    ],
    [answer(503, null, '', { 'Retry-After': '10' }), 'busy', 'Le serveur est très sollicité. Nouvel essai automatique dans un moment.'],
    [
      answer(500, 'erreur_interne', 'Le serveur a rencontré un problème.'),
      'server',
      'Le serveur a rencontré un problème. Nouvel essai automatique dans un moment.',
    ],
    [answer(502, null), 'server', 'Le serveur a rencontré un problème. Nouvel essai automatique dans un moment.'],
    [
      answer(400, 'valeur_invalide', 'Valeur refusée pour beneficiaries.birthYear (opération n° 3).'),
      'rejected',
      'Valeur refusée pour beneficiaries.birthYear (opération n° 3).',
    ],
  ])('%j → %s', (response, kind, message) => {
    const result = failureFromAnswer(response, 0);
    expect(result.kind).toBe(kind);
    expect(result.message).toBe(message);
  });

  it('keeps how long a busy endpoint asked to wait', () => {
    expect(failureFromAnswer(answer(429, 'trop_de_tentatives', 'x', { 'Retry-After': '30' }), 0).retryAfterMs).toBe(30_000);
    expect(failureFromAnswer(answer(503, null), 0).retryAfterMs).toBeNull();
  });
});
