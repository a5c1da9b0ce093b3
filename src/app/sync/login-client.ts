// The login call: e-mail and password for a device token (POST /api/v1/auth/login), errors in plain French.
import { loginResponseSchema, type LoginRequest, type LoginResponse } from '../../shared/schema/auth';
import { errorBodySchema } from '../../shared/schema/errors';
import { isOnline, postJson, type Transport } from './transport';

/** Said when there is no network: a device's first login needs the endpoint. */
export const OFFLINE_LOGIN_MESSAGE = 'Connexion impossible sans réseau : la première connexion se fait en ligne.';
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
