// What happens to an account after its creation: deactivation, a temporary password, its own new password.
import { ErrorCodes } from '../../shared/schema/errors';
import type { ChangePasswordRequest } from '../../shared/schema/admin';
import { HttpError } from '../http/errors';
import type { AidantRow, Store } from '../store/store';
import { hashPassword, OWASP_SCRYPT, verifyPassword, type ScryptCost } from './passwords';
import { assertStrongPassword, generatePassword } from './strong-password';

/** 401 for every token of a deactivated account; the login says it too (403: the password was right). */
export const accountDisabled = (status: 401 | 403) =>
  new HttpError(status, ErrorCodes.accountDisabled, 'Ce compte est désactivé. Adressez-vous à votre coordinateur pour le réactiver.');

/**
 * Deactivates (every token refused at once, login refused) or reactivates an account; false when unknown. Its
 * devices are revoked too: reactivated, the account logs in again rather than waking a tablet it left behind.
 */
export async function setAccountDisabled(store: Store, aidantId: string, disabled: boolean, now = Date.now()): Promise<boolean> {
  if (!(await store.accounts.setDisabled(aidantId, disabled ? now : null))) return false;
  if (disabled) {
    for (const device of await store.listDevices()) if (device.aidantId === aidantId) await store.revokeDevice(device.id, now, 'admin');
  }
  return true;
}

/** Gives the account a generated temporary password, to be changed at its next login; returns it (shown once). */
export async function setTemporaryPassword(store: Store, aidant: AidantRow, cost: ScryptCost = OWASP_SCRYPT): Promise<string> {
  const password = generatePassword({ email: aidant.email, name: aidant.name });
  await store.accounts.setPassword(aidant.id, await hashPassword(password, cost), true);
  return password;
}

/**
 * The account changes its own password: the current one must be right, the next one acceptable (CNIL policy,
 * 400 mot_de_passe_faible) and, after a temporary password, different from it.
 */
export async function changeOwnPassword(
  store: Store,
  aidant: AidantRow,
  request: ChangePasswordRequest,
  cost: ScryptCost = OWASP_SCRYPT,
): Promise<void> {
  if (!(await verifyPassword(request.current, aidant.passwordHash))) {
    throw new HttpError(400, 'mot_de_passe_incorrect', 'Le mot de passe actuel est incorrect.');
  }
  assertStrongPassword(request.next, { email: aidant.email, name: aidant.name });
  if (request.next === request.current) {
    throw new HttpError(400, 'mot_de_passe_identique', 'Choisissez un mot de passe différent de l’actuel.');
  }
  await store.accounts.setPassword(aidant.id, await hashPassword(request.next, cost), false);
}
