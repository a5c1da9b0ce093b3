// Accounts: roles, login request and answer.
import * as z from 'zod/mini';
import { boundedText } from './fields';

export const roles = ['aidant', 'coordinateur', 'admin'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/**
 * The account key of an e-mail: trimmed and lower-cased. The one rule by which accounts are stored, looked up
 * and counted by the login limits (a key spelled with spaces or capitals is the same account).
 */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** POST /api/v1/auth/login body. */
export const loginRequestSchema = z.object({
  email: boundedText(200).check(z.minLength(3)),
  password: z.string().check(z.minLength(1), z.maxLength(200)),
  deviceName: boundedText(100).check(z.minLength(1)),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const aidantSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  structureId: z.string(),
});
export type Aidant = z.infer<typeof aidantSchema>;

export const structureSchema = z.object({ id: z.string(), name: z.string() });
export type Structure = z.infer<typeof structureSchema>;

/** One structure an account belongs to, with the account's role there. */
export const membershipSchema = z.object({ id: z.string(), name: z.string(), role: roleSchema });
export type Membership = z.infer<typeof membershipSchema>;

/**
 * POST /api/v1/auth/login answer. `structure` is the first of `structures` (the one a sync without
 * `structureId` works on); `mustChangePassword`: the password is temporary, the account must choose another
 * (POST /api/v1/me/password) before anything else answers. Both optional for answers of older endpoints.
 */
export const loginResponseSchema = z.object({
  token: z.string(),
  aidant: aidantSchema,
  structure: structureSchema,
  structures: z.optional(z.array(membershipSchema)),
  mustChangePassword: z.optional(z.boolean()),
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;
