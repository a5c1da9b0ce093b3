// Why a sync failed, in the app's terms and in plain French: each endpoint answer mapped to what to do next.
import { errorBodySchema, ErrorCodes } from '../../shared/schema/errors';
import type { HttpAnswer } from './transport';

/**
 * offline/network/server: try again later · busy: the endpoint asked to wait (Retry-After) ·
 * revoked/unauthenticated: stop and log in again · outdated: update the app · clock: fix the tablet's
 * clock · rejected: the endpoint refused the request.
 */
export type FailureKind = 'offline' | 'network' | 'server' | 'busy' | 'revoked' | 'unauthenticated' | 'outdated' | 'clock' | 'rejected';

/**
 * A failed sync: its kind, a message for the aidant, for `busy` how long the endpoint asked to wait and,
 * when the endpoint answered, its status and error code.
 */
export class SyncFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly retryAfterMs: number | null = null,
    readonly status: number | null = null,
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

export const failureMessages: Record<FailureKind, string> = {
  offline: 'Pas de réseau : les modifications restent sur la tablette et partiront au retour du réseau.',
  network: 'Le serveur est injoignable : les modifications restent sur la tablette. Nouvel essai automatique.',
  server: 'Le serveur a rencontré un problème. Nouvel essai automatique dans un moment.',
  busy: 'Le serveur est très sollicité. Nouvel essai automatique dans un moment.',
  revoked: 'Cet appareil a été révoqué par votre structure. Il ne peut plus synchroniser.',
  unauthenticated: 'Votre connexion n’est plus reconnue : reconnectez-vous pour synchroniser.',
  outdated: 'Cette version de Déclic est trop ancienne : mettez l’application à jour pour synchroniser.',
  clock: 'L’heure de cette tablette est en avance : corrigez la date et l’heure, puis synchronisez.',
  rejected: 'Le serveur a refusé la synchronisation. Si cela continue, contactez votre coordinateur.',
};

/** A token ended by the tablet's own logout: not a sanction of the structure, a login is all it takes. */
export const LOGGED_OUT_MESSAGE = 'Cet appareil a été déconnecté. Reconnectez-vous pour synchroniser.';

/** Codes whose message the app words itself, whatever the endpoint sent. */
const codeMessages: Readonly<Record<string, string>> = { [ErrorCodes.deviceLoggedOut]: LOGGED_OUT_MESSAGE };

/** The failure an error answer stands for; the endpoint's own French message is kept when it sent one. */
export function failureFromAnswer(answer: HttpAnswer, now: number): SyncFailure {
  const parsed = errorBodySchema.safeParse(answer.body);
  const code = parsed.success ? parsed.data.error.code : null;
  const kind = kindOf(answer.status, code);
  const serverMessage = (code !== null && codeMessages[code]) || (parsed.success ? parsed.data.error.message : null);
  // For 5xx and busy answers our message says what happens next; the endpoint's may not.
  const message = kind === 'server' || kind === 'busy' ? failureMessages[kind] : (serverMessage ?? failureMessages[kind]);
  const retryAfter = kind === 'busy' ? parseRetryAfter(answer.headers.get('Retry-After'), now) : null;
  return new SyncFailure(kind, message, retryAfter, answer.status, code);
}

/** The failure for a request that got no answer at all. */
export function networkFailure(online: boolean): SyncFailure {
  return online ? new SyncFailure('network', failureMessages.network) : new SyncFailure('offline', failureMessages.offline);
}

/** A Retry-After header (seconds or an HTTP date) in ms from `now`; null when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: number): number | null {
  if (header === null || header.trim() === '') return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function kindOf(status: number, code: string | null): FailureKind {
  if (status === 401) return code === ErrorCodes.deviceRevoked ? 'revoked' : 'unauthenticated';
  if (status === 426) return 'outdated';
  if (status === 422 && code === ErrorCodes.clockAhead) return 'clock';
  if (status === 429 || status === 503) return 'busy';
  if (status >= 500 || status < 400) return 'server';
  return 'rejected';
}
