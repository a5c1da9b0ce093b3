// Structures, aidants and devices: creation, login, token check, revocation.
import { randomUUID } from 'node:crypto';
import type { LoginRequest, LoginResponse, Role } from '../../shared/schema/auth';
import { ErrorCodes } from '../../shared/schema/errors';
import { HttpError } from '../http/errors';
import type { AidantRow, DeviceRow, Store, StructureRow } from '../store/store';
import { hashPassword, verifyPassword } from './passwords';
import { hashToken, newDeviceToken } from './tokens';

/** Creates a structure (a mairie, a France services, a CCAS …). */
export async function createStructure(store: Store, name: string): Promise<StructureRow> {
  const row = { id: randomUUID(), name, createdAt: Date.now() };
  await store.createStructure(row);
  return row;
}

/** Creates an aidant's personal account in a structure. */
export async function createAidant(
  store: Store,
  input: { structureId: string; email: string; name: string; role: Role; password: string },
): Promise<AidantRow> {
  if (!(await store.getStructure(input.structureId))) throw new Error(`Structure inconnue : ${input.structureId}`);
  const email = input.email.trim().toLowerCase();
  if (await store.findAidantByEmail(email)) throw new Error(`Un compte existe déjà pour ${email}`);
  const row: AidantRow = {
    id: randomUUID(),
    structureId: input.structureId,
    email,
    name: input.name,
    role: input.role,
    passwordHash: await hashPassword(input.password),
    createdAt: Date.now(),
  };
  await store.createAidant(row);
  return row;
}

const badCredentials = () => new HttpError(401, 'identifiants_invalides', 'Adresse e-mail ou mot de passe incorrect.');

let decoyHash: Promise<string> | undefined;

/** Spends the time of a password check, so an unknown e-mail answers as slowly as a known one. */
async function checkDecoy(password: string): Promise<void> {
  decoyHash ??= hashPassword('déclic-leurre');
  await verifyPassword(password, await decoyHash);
}

/** Checks the credentials and registers a new device; the token is returned once, stored hashed. */
export async function login(store: Store, request: LoginRequest): Promise<LoginResponse> {
  const aidant = await store.findAidantByEmail(request.email.trim().toLowerCase());
  if (!aidant) {
    await checkDecoy(request.password);
    throw badCredentials();
  }
  if (!(await verifyPassword(request.password, aidant.passwordHash))) throw badCredentials();
  const structure = await store.getStructure(aidant.structureId);
  if (!structure) throw badCredentials();
  const token = newDeviceToken();
  await store.createDevice({
    id: randomUUID(),
    aidantId: aidant.id,
    structureId: aidant.structureId,
    name: request.deviceName,
    tokenHash: hashToken(token),
    createdAt: Date.now(),
    lastSeenAt: null,
    revokedAt: null,
    revokedBy: null,
  });
  const { id, email, name, role, structureId } = aidant;
  return { token, aidant: { id, email, name, role, structureId }, structure: { id: structure.id, name: structure.name } };
}

/** The device and aidant behind a bearer token, or a 401 saying why in French. */
export async function authenticate(store: Store, authorization: string | undefined): Promise<{ device: DeviceRow; aidant: AidantRow }> {
  const token = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(authorization ?? '')?.[1];
  if (!token) throw new HttpError(401, ErrorCodes.unauthenticated, 'Connexion requise. Connectez-vous avec votre compte.');
  const device = await store.findDeviceByTokenHash(hashToken(token));
  if (!device) throw new HttpError(401, ErrorCodes.unauthenticated, 'Cet appareil n’est pas reconnu. Connectez-vous à nouveau.');
  if (device.revokedAt !== null) {
    throw new HttpError(401, ErrorCodes.deviceRevoked, 'Cet appareil a été révoqué par votre structure. Il ne peut plus synchroniser.');
  }
  const aidant = await store.getAidant(device.aidantId);
  if (!aidant) throw new HttpError(401, ErrorCodes.unauthenticated, 'Ce compte n’existe plus.');
  return { device, aidant };
}
