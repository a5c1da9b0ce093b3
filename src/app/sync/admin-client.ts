// The administration and the account over HTTP (/api/v1/admin/…, /api/v1/me/password): the only network calls of
// the admin pages and of the password change, each answer parsed with the shared schemas, errors in French.
import * as z from 'zod/mini';
import {
  adminAidantSchema,
  adminDeviceSchema,
  auditResponseSchema,
  purgeStatusSchema,
  type AddMembershipRequest,
  type AuditQuery,
  type ChangePasswordRequest,
  type CreateAidantRequest,
  type PatchAidantRequest,
} from '../../shared/schema/admin';
import { structureSchema } from '../../shared/schema/auth';
import { errorBodySchema } from '../../shared/schema/errors';
import { isOnline, type Transport } from './transport';

/** A call the endpoint did not answer as hoped; the message is for the aidant, `code` the endpoint's. */
export class AdminUnavailable extends Error {
  constructor(
    message: string,
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

export const OFFLINE_ADMIN_MESSAGE = 'L’administration demande une connexion au réseau. Réessayez une fois en ligne.';
const UNEXPECTED = 'Le serveur a répondu de façon inattendue. Réessayez dans un moment.';
const TIMEOUT_MS = 30_000;

/** Who calls: the endpoint and the device's token. */
export interface AdminCaller {
  transport: Transport;
  token: string;
  online?: boolean;
}

async function send(caller: AdminCaller, method: string, path: string, body?: unknown): Promise<Response> {
  if (!(caller.online ?? isOnline())) throw new AdminUnavailable(OFFLINE_ADMIN_MESSAGE);
  const headers: Record<string, string> = { Authorization: `Bearer ${caller.token}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await caller.transport.fetch(`${caller.transport.baseUrl}${path}`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(caller.transport.timeoutMs ?? TIMEOUT_MS),
    });
  } catch {
    throw new AdminUnavailable(OFFLINE_ADMIN_MESSAGE);
  }
  if (response.ok) return response;
  const error = errorBodySchema.safeParse(await response.json().catch(() => null));
  if (error.success && response.status < 500) throw new AdminUnavailable(error.data.error.message, error.data.error.code);
  throw new AdminUnavailable(UNEXPECTED);
}

async function call<S extends z.ZodMiniType>(
  caller: AdminCaller,
  schema: S,
  method: string,
  path: string,
  body?: unknown,
): Promise<z.infer<S>> {
  const response = await send(caller, method, path, body);
  const parsed = schema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new AdminUnavailable(UNEXPECTED);
  return parsed.data;
}

const aidantsAnswer = z.object({ aidants: z.array(adminAidantSchema) });
const aidantAnswer = z.object({ aidant: adminAidantSchema });
const createdAnswer = z.object({ aidant: adminAidantSchema, temporaryPassword: z.string() });
const resetAnswer = z.object({ temporaryPassword: z.string() });
const devicesAnswer = z.object({ devices: z.array(adminDeviceSchema) });
const deviceAnswer = z.object({ device: adminDeviceSchema });
const structuresAnswer = z.object({ structures: z.array(structureSchema) });
const structureAnswer = z.object({ structure: structureSchema });
const changedAnswer = z.object({ changed: z.literal(true) });

const admin = '/api/v1/admin';
const segment = encodeURIComponent;

/** The team of the caller's structures. */
export const listAidants = (caller: AdminCaller) => call(caller, aidantsAnswer, 'GET', `${admin}/aidants`).then((a) => a.aidants);

/** A new account with its temporary password (shown once). */
export const addAidant = (caller: AdminCaller, request: CreateAidantRequest) =>
  call(caller, createdAnswer, 'POST', `${admin}/aidants`, request);

/** A change of role, or a deactivation (`disabled: true`) / reactivation. */
export const changeAidant = (caller: AdminCaller, id: string, patch: PatchAidantRequest) =>
  call(caller, aidantAnswer, 'PATCH', `${admin}/aidants/${segment(id)}`, patch).then((a) => a.aidant);

/** A new temporary password for the account (shown once). */
export const resetPassword = (caller: AdminCaller, id: string) =>
  call(caller, resetAnswer, 'POST', `${admin}/aidants/${segment(id)}/password-reset`, {}).then((a) => a.temporaryPassword);

/** An existing account joins one of the caller's structures with a role (or changes role there). */
export const addMembership = (caller: AdminCaller, request: AddMembershipRequest) =>
  call(caller, aidantAnswer, 'POST', `${admin}/memberships`, request).then((a) => a.aidant);

/** The account leaves the structure: its devices no longer sync it. */
export const removeMembership = (caller: AdminCaller, aidantId: string, structureId: string) =>
  call(caller, aidantAnswer, 'DELETE', `${admin}/aidants/${segment(aidantId)}/memberships/${segment(structureId)}`).then((a) => a.aidant);

/** Every device of the caller's structures. */
export const listDevices = (caller: AdminCaller) => call(caller, devicesAnswer, 'GET', `${admin}/devices`).then((a) => a.devices);

/** The last run of the retention purge on the endpoint (null when it never ran). */
export const readPurgeStatus = (caller: AdminCaller) => call(caller, purgeStatusSchema, 'GET', `${admin}/purge`).then((a) => a.lastRun);

/** Revokes a device: its token stops at once. */
export const revokeDevice = (caller: AdminCaller, id: string) =>
  call(caller, deviceAnswer, 'POST', `${admin}/devices/${segment(id)}/revoke`, {}).then((a) => a.device);

function auditParams(query: AuditQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  return params.toString();
}

/** The audit log, newest first, with the filters given. */
export const readAudit = (caller: AdminCaller, query: Omit<AuditQuery, 'format'>) =>
  call(caller, auditResponseSchema, 'GET', `${admin}/audit?${auditParams(query)}`);

/** The audit log as the endpoint's CSV (UTF-8 with BOM), for a download. */
export async function auditCsv(caller: AdminCaller, query: Omit<AuditQuery, 'format'>): Promise<Blob> {
  const response = await send(caller, 'GET', `${admin}/audit?${auditParams({ ...query, format: 'csv' })}`);
  return new Blob([await response.arrayBuffer()], { type: 'text/csv;charset=utf-8' });
}

/** The structures the caller administers. */
export const listStructures = (caller: AdminCaller) =>
  call(caller, structuresAnswer, 'GET', `${admin}/structures`).then((a) => a.structures);

/** A new structure (admin only). */
export const createStructure = (caller: AdminCaller, name: string) =>
  call(caller, structureAnswer, 'POST', `${admin}/structures`, { name }).then((a) => a.structure);

/** A structure's new name (admin only). */
export const renameStructure = (caller: AdminCaller, id: string, name: string) =>
  call(caller, structureAnswer, 'PATCH', `${admin}/structures/${segment(id)}`, { name }).then((a) => a.structure);

/** The account's own password: the current one and the new one. */
export async function changeOwnPassword(caller: AdminCaller, request: ChangePasswordRequest): Promise<void> {
  await call(caller, changedAnswer, 'POST', '/api/v1/me/password', request);
}
