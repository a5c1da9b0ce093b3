// Device tokens: random, shown once to the device, stored only as a SHA-256 hash.
import { createHash, randomBytes } from 'node:crypto';

/** A new random device token. */
export function newDeviceToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The hash under which a token is stored and looked up. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
