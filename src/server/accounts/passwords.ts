// Password hashing with scrypt (Node's crypto) at OWASP's parameters. Each stored hash carries its own,
// "scrypt$N$r$p$salt$hash" (base64url): older hashes still verify, and are hashed again at the next login.
import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';

/** The cost of a scrypt hash: N (CPU and memory, a power of two), r (block size), p (parallelism). */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** OWASP Password Storage Cheat Sheet's scrypt profile: what the endpoint hashes with unless told otherwise. */
export const OWASP_SCRYPT: Readonly<ScryptCost> = Object.freeze({ N: 2 ** 17, r: 8, p: 1 });

const KEY_LENGTH = 32;
const MiB = 1024 * 1024;
/**
 * The most a stored hash may ask for. A hash is read from the database: one asking N=2^30 would take 128 GiB
 * or block the process, so it is refused rather than run (twice OWASP's memory is the ceiling).
 */
const BOUNDS = { minN: 2 ** 10, maxMemory: 256 * MiB, maxR: 32, maxP: 16, maxWork: 2 * OWASP_SCRYPT.N * OWASP_SCRYPT.r };

/** Memory scrypt needs for `cost`: 128·N·r bytes. */
const memoryOf = (cost: ScryptCost) => 128 * cost.N * cost.r;

function scrypt(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  // Node refuses more than 32 MiB by default: allow what this cost needs, with room for scrypt's own buffers.
  const maxmem = 2 * memoryOf(cost) + MiB;
  return new Promise((resolve, reject) =>
    scryptCallback(password, salt, KEY_LENGTH, { ...cost, maxmem }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** True when `cost` is one the endpoint agrees to compute (see BOUNDS). */
export function isBoundedCost(cost: ScryptCost): boolean {
  const { N, r, p } = cost;
  const integers = [N, r, p].every(Number.isSafeInteger);
  const powerOfTwo = integers && N >= BOUNDS.minN && (N & (N - 1)) === 0;
  return (
    powerOfTwo &&
    r >= 1 &&
    r <= BOUNDS.maxR &&
    p >= 1 &&
    p <= BOUNDS.maxP &&
    memoryOf(cost) <= BOUNDS.maxMemory &&
    N * r * p <= BOUNDS.maxWork
  );
}

interface StoredHash {
  cost: ScryptCost;
  salt: Buffer;
  hash: Buffer;
}

/** A stored hash, read and bounded; undefined when it is malformed or asks too much. */
export function parseStoredHash(stored: string): StoredHash | undefined {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt' || !parts.slice(1, 4).every((n) => /^\d{1,10}$/.test(n!))) return undefined;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4]!, 'base64url');
  const hash = Buffer.from(parts[5]!, 'base64url');
  if (!isBoundedCost({ N, r, p }) || salt.length < 16 || salt.length > 64 || hash.length < 16 || hash.length > 64) return undefined;
  return { cost: { N, r, p }, salt, hash };
}

/** Hashes a password with a fresh salt at `cost` (OWASP's unless a test asks for less). */
export async function hashPassword(password: string, cost: ScryptCost = OWASP_SCRYPT): Promise<string> {
  if (!isBoundedCost(cost)) throw new Error(`Paramètres scrypt refusés : N=${cost.N}, r=${cost.r}, p=${cost.p}`);
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** True when `password` matches the stored hash (constant time); false too for a malformed or unbounded hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseStoredHash(stored);
  if (!parsed) return false;
  const key = await scrypt(password, parsed.salt, { ...parsed.cost });
  return key.length === parsed.hash.length && timingSafeEqual(key, parsed.hash);
}

/** True when a stored hash was made at a lower cost than `target`: hash it again once the password is known. */
export function needsRehash(stored: string, target: ScryptCost = OWASP_SCRYPT): boolean {
  const parsed = parseStoredHash(stored);
  if (!parsed) return false;
  const { N, r, p } = parsed.cost;
  return N < target.N || r < target.r || p < target.p;
}
