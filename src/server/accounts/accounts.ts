// Structures, aidants and devices: creation, login, token check, revocation.
import { randomUUID } from 'node:crypto';
import { normalizeEmail, type LoginRequest, type LoginResponse, type Role } from '../../shared/schema/auth';
import { ErrorCodes } from '../../shared/schema/errors';
import { HttpError } from '../http/errors';
import type { AidantRow, DeviceRow, Store, StructureRow } from '../store/store';
import { hashPassword, needsRehash, OWASP_SCRYPT, verifyPassword, type ScryptCost } from './passwords';
import { assertStrongPassword } from './strong-password';
import { accountDisabled } from './account-changes';
import { structuresOf } from './memberships';
import { hashToken, newDeviceToken } from './tokens';

/** How passwords are hashed: OWASP's scrypt cost, unless a test explicitly asks for a lower one. */
export interface PasswordOptions {
  passwordCost?: ScryptCost;
}

/** Creates a structure (a mairie, a France services, a CCAS …). */
export async function createStructure(store: Store, name: string): Promise<StructureRow> {
  const row = { id: randomUUID(), name, createdAt: Date.now() };
  await store.createStructure(row);
  return row;
}

/**
 * Creates an aidant's personal account in a structure (its first membership); a password the policy refuses is
 * a WeakPasswordError. A `temporary` password must be changed at the first login.
 */
export async function createAidant(
  store: Store,
  input: { structureId: string; email: string; name: string; role: Role; password: string; temporary?: boolean },
  options: PasswordOptions = {},
): Promise<AidantRow> {
  if (!(await store.getStructure(input.structureId))) throw new Error(`Structure inconnue : ${input.structureId}`);
  const email = normalizeEmail(input.email);
  if (await store.findAidantByEmail(email)) throw new Error(`Un compte existe déjà pour ${email}`);
  assertStrongPassword(input.password, { email, name: input.name });
  const row: AidantRow = {
    id: randomUUID(),
    structureId: input.structureId,
    email,
    name: input.name,
    role: input.role,
    passwordHash: await hashPassword(input.password, options.passwordCost),
    createdAt: Date.now(),
    disabledAt: null,
    mustChangePassword: input.temporary ?? false,
  };
  await store.createAidant(row);
  return row;
}

const badCredentials = () => new HttpError(401, 'identifiants_invalides', 'Adresse e-mail ou mot de passe incorrect.');

const decoyHashes = new Map<string, Promise<string>>();

/** Spends the time of a password check at `cost`, so an unknown e-mail answers as slowly as a known one. */
async function checkDecoy(password: string, cost: ScryptCost): Promise<void> {
  const key = `${cost.N}/${cost.r}/${cost.p}`;
  if (!decoyHashes.has(key)) decoyHashes.set(key, hashPassword('déclic-leurre', cost));
  await verifyPassword(password, await decoyHashes.get(key)!);
}

/**
 * Checks the credentials and registers a new device, for the account's first structure; the token is returned
 * once, stored hashed. A password hashed at a lower cost than today's is hashed again, now that it is known to
 * be right. A deactivated account, or one left in no structure, is refused once its password was checked.
 */
export async function login(store: Store, request: LoginRequest, options: PasswordOptions = {}): Promise<LoginResponse> {
  const cost = options.passwordCost ?? OWASP_SCRYPT;
  const aidant = await store.findAidantByEmail(normalizeEmail(request.email));
  if (!aidant) {
    await checkDecoy(request.password, cost);
    throw badCredentials();
  }
  if (!(await verifyPassword(request.password, aidant.passwordHash))) throw badCredentials();
  if (needsRehash(aidant.passwordHash, cost)) await store.updatePasswordHash(aidant.id, await hashPassword(request.password, cost));
  if (aidant.disabledAt !== null) throw accountDisabled(403);
  const structures = await structuresOf(store, aidant.id);
  const structure = structures[0];
  if (!structure)
    throw new HttpError(403, 'aucune_structure', 'Ce compte n’est rattaché à aucune structure. Adressez-vous à votre coordinateur.');
  const token = newDeviceToken();
  await store.createDevice({
    id: randomUUID(),
    aidantId: aidant.id,
    structureId: structure.id,
    name: request.deviceName,
    tokenHash: hashToken(token),
    createdAt: Date.now(),
    lastSeenAt: null,
    revokedAt: null,
    revokedBy: null,
  });
  const { id, email, name, mustChangePassword } = aidant;
  return {
    token,
    aidant: { id, email, name, role: structure.role, structureId: structure.id },
    structure: { id: structure.id, name: structure.name },
    structures,
    mustChangePassword,
  };
}

/**
 * The device and aidant behind a bearer token, or a 401 saying why in French (a deactivated account first, on
 * every route). While the account's password is temporary, only routes that allow it (`temporaryPassword`:
 * changing it, logging out, reading one's account) answer; the others say 403 mot_de_passe_a_changer.
 */
export async function authenticate(
  store: Store,
  authorization: string | undefined,
  options: { temporaryPassword?: 'allowed' } = {},
): Promise<{ device: DeviceRow; aidant: AidantRow }> {
  const token = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(authorization ?? '')?.[1];
  if (!token) throw new HttpError(401, ErrorCodes.unauthenticated, 'Connexion requise. Connectez-vous avec votre compte.');
  const device = await store.findDeviceByTokenHash(hashToken(token));
  if (!device) throw new HttpError(401, ErrorCodes.unauthenticated, 'Cet appareil n’est pas reconnu. Connectez-vous à nouveau.');
  const aidant = await store.getAidant(device.aidantId);
  if (!aidant) throw new HttpError(401, ErrorCodes.unauthenticated, 'Ce compte n’existe plus.');
  if (aidant.disabledAt !== null) throw accountDisabled(401);
  if (device.revokedAt !== null && device.revokedBy === 'logout') {
    throw new HttpError(401, ErrorCodes.deviceLoggedOut, 'Cet appareil a été déconnecté. Reconnectez-vous pour synchroniser.');
  }
  if (device.revokedAt !== null) {
    throw new HttpError(401, ErrorCodes.deviceRevoked, 'Cet appareil a été révoqué par votre structure. Il ne peut plus synchroniser.');
  }
  if (aidant.mustChangePassword && options.temporaryPassword !== 'allowed') {
    throw new HttpError(
      403,
      ErrorCodes.passwordChangeRequired,
      'Votre mot de passe est provisoire : choisissez-en un nouveau pour continuer.',
    );
  }
  return { device, aidant };
}
