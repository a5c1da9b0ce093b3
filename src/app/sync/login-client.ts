// The login call: e-mail and password for a device token (POST /api/v1/auth/login), errors in plain French;
// and the logout call, which ends that token on the endpoint (POST /api/v1/auth/logout).
import { loginResponseSchema, type LoginRequest, type LoginResponse } from '../../shared/schema/auth';
import { errorBodySchema } from '../../shared/schema/errors';
import { isOnline, postJson, type Transport } from './transport';

/** Said when there is no network: a device's first login needs the endpoint. */
export const OFFLINE_LOGIN_MESSAGE = 'Connexion impossible sans réseau : la première connexion se fait en ligne.';
/** How long a logout waits for the endpoint: the tablet is wiped either way, and its token with it. */
const LOGOUT_TIMEOUT_MS = 5_000;
const UNEXPECTED_MESSAGE = 'La connexion a échoué : le serveur a répondu de façon inattendue. Réessayez dans un moment.';

/** A login that did not succeed; the message is for the aidant. */
export class LoginFailure extends Error {}

/** Logs in; resolves with the device token, the aidant and the structure, or rejects with a LoginFailure. */
export async function requestLogin(transport: Transport, request: LoginRequest, online: boolean = isOnline()): Promise<LoginResponse> {
  if (!online) throw new LoginFailure(OFFLINE_LOGIN_MESSAGE);
  let answer;
  try {
    answer = await postJson(transport, '/api/v1/auth/login', request);
  } catch {
    throw new LoginFailure(OFFLINE_LOGIN_MESSAGE);
  }
  if (answer.status === 200) {
    const parsed = loginResponseSchema.safeParse(answer.body);
    if (parsed.success) return parsed.data;
    throw new LoginFailure(UNEXPECTED_MESSAGE);
  }
  const error = errorBodySchema.safeParse(answer.body);
  throw new LoginFailure(error.success && answer.status < 500 ? error.data.error.message : UNEXPECTED_MESSAGE);
}

/**
 * Tells the endpoint that this device logged out, so that its token stops working even if a copy of it
 * survives somewhere. Resolves true when the endpoint confirmed; never rejects: offline, the token goes
 * with the wiped device, and the aidant is not kept waiting for it.
 */
export async function requestLogout(transport: Transport, token: string, online: boolean = isOnline()): Promise<boolean> {
  if (!online) return false;
  const timeoutMs = Math.min(transport.timeoutMs ?? LOGOUT_TIMEOUT_MS, LOGOUT_TIMEOUT_MS);
  try {
    return (await postJson({ ...transport, timeoutMs }, '/api/v1/auth/logout', {}, token)).status === 200;
  } catch {
    return false;
  }
}
