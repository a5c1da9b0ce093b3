// The administration over HTTP (/api/v1/admin/… and /api/v1/me/…): request bodies, query and answers.
import * as z from 'zod/mini';
import { roleSchema } from './auth';
import { boundedText, isoDate } from './fields';
import { MAX_PASSWORD_LENGTH } from './password-policy';

const email = boundedText(200).check(z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/));
const personName = boundedText(100).check(z.minLength(1));
const structureName = boundedText(120).check(z.minLength(1));
const id = boundedText(100).check(z.minLength(1));

/** POST /api/v1/admin/aidants: a new account, with a temporary password. */
export const createAidantRequestSchema = z.object({ email, name: personName, role: roleSchema, structureId: id });
export type CreateAidantRequest = z.infer<typeof createAidantRequestSchema>;

/**
 * PATCH /api/v1/admin/aidants/:id. `role` changes the account's role in `structureId`, or without it in every
 * structure the caller administers; `disabled` deactivates (every token stops at once) or reactivates.
 */
export const patchAidantRequestSchema = z.object({
  role: z.optional(roleSchema),
  disabled: z.optional(z.boolean()),
  structureId: z.optional(id),
});
export type PatchAidantRequest = z.infer<typeof patchAidantRequestSchema>;

/** POST /api/v1/admin/memberships: an existing account (by e-mail) joins a structure with a role. */
export const addMembershipRequestSchema = z.object({ email, structureId: id, role: roleSchema });
export type AddMembershipRequest = z.infer<typeof addMembershipRequestSchema>;

/** POST /api/v1/admin/structures and PATCH /api/v1/admin/structures/:id. */
export const structureRequestSchema = z.object({ name: structureName });

/** POST /api/v1/me/password: the account's own password, the current one required. */
export const changePasswordRequestSchema = z.object({
  current: z.string().check(z.minLength(1), z.maxLength(MAX_PASSWORD_LENGTH)),
  next: z.string().check(z.minLength(1), z.maxLength(MAX_PASSWORD_LENGTH * 4)),
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

/** GET /api/v1/admin/audit query: filters, dates both included (the endpoint's days, Europe/Paris). */
export const auditQuerySchema = z.object({
  record: z.optional(id),
  aidant: z.optional(id),
  structure: z.optional(id),
  from: z.optional(isoDate),
  to: z.optional(isoDate),
  format: z.optional(z.enum(['json', 'csv'])),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** An account as the administration sees it: its memberships in the caller's structures, never its password. */
export const adminAidantSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  /** The role and structure of the first of `memberships`. */
  role: roleSchema,
  structureId: z.string(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  memberships: z.array(z.object({ structureId: z.string(), role: roleSchema })),
  createdAt: z.number(),
});
export type AdminAidant = z.infer<typeof adminAidantSchema>;

/** A device as the administration sees it: never its token. */
export const adminDeviceSchema = z.object({
  id: z.string(),
  name: z.string(),
  aidantId: z.string(),
  aidantEmail: z.nullable(z.string()),
  aidantName: z.nullable(z.string()),
  structureId: z.string(),
  createdAt: z.number(),
  lastSeenAt: z.nullable(z.number()),
  revokedAt: z.nullable(z.number()),
  revokedBy: z.nullable(z.enum(['admin', 'logout'])),
  /** Changes the device holds refused by the endpoint, as it said at its last sync. */
  quarantined: z.number(),
});
export type AdminDevice = z.infer<typeof adminDeviceSchema>;

/** `GET admin/purge`: the last run of the retention purge (null when it never ran), for the operator. */
export const purgeStatusSchema = z.object({
  lastRun: z.nullable(z.object({ at: z.number(), files: z.number(), cutoff: z.string() })),
});
export type PurgeStatus = z.infer<typeof purgeStatusSchema>;

/** One line of the audit log as the journal shows it. */
export const auditLineSchema = z.object({
  at: z.number(),
  structureId: z.string(),
  aidantId: z.string(),
  aidantEmail: z.nullable(z.string()),
  deviceId: z.string(),
  deviceName: z.nullable(z.string()),
  action: z.string(),
  collection: z.string(),
  recordId: z.string(),
});
export type AuditLine = z.infer<typeof auditLineSchema>;

/** GET /api/v1/admin/audit answer: newest first; `truncated` when older lines were left out. */
export const auditResponseSchema = z.object({ entries: z.array(auditLineSchema), truncated: z.boolean() });
