// Identifier formats shared by the app and the endpoint.
import * as z from 'zod/mini';
import { itemAt } from '../item-at';
import { RECORD_ID_PATTERN } from './id-patterns';

/** A device's sync identity: made once per device, 8–64 of [A-Za-z0-9_-]. */
export const clientIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/));

/** A hybrid logical clock stamp, "<13-digit ms>-<4 hex counter>-<clientId>". */
export const hlcSchema = z.string().check(z.regex(/^\d{13}-[0-9a-f]{4}-[A-Za-z0-9_-]{8,64}$/));

/** A record id made on the device (UUID, v7 by preference). */
export const recordIdSchema = z.string().check(z.regex(RECORD_ID_PATTERN));

/** Makes a UUIDv7: time-ordered, so ids sort roughly by creation. */
export function uuidv7(now: number = Date.now()): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let ms = now;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = (itemAt(bytes, 6) & 0x0f) | 0x70;
  bytes[8] = (itemAt(bytes, 8) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
