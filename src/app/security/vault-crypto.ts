// The vault's key work (PBKDF2, wrapping, unwrapping) and its rules: loaded only when the aidant types a
// secret, so that the first screen of the app stays light.
import {
  deriveWrappingKey,
  generateDataKey,
  newSalt,
  unwrapDataKey,
  unwrapWith,
  wrapDataKey,
  wrapWith,
  WrongSecretError,
  type WrappedDataKey,
} from './keys';

export { passphraseProblem, pinProblem } from './secret-rules';

/** The data key for use (not extractable) and an extractable copy (to wrap under a PIN). */
export interface OpenedKey {
  key: CryptoKey;
  extractable: CryptoKey;
}

/** A new random data key wrapped under the passphrase. */
export async function createDataKey(passphrase: string, iterations: number): Promise<OpenedKey & { wrapped: WrappedDataKey }> {
  const extractable = await generateDataKey();
  const salt = newSalt();
  const wrappingKey = await deriveWrappingKey(passphrase, salt, iterations);
  const wrapped = await wrapWith(wrappingKey, { salt, iterations }, extractable);
  return { wrapped, extractable, key: await unwrapWith(wrappingKey, wrapped, false) };
}

/** The data key under the passphrase (one PBKDF2); rejects with WrongSecretError (French message). */
export async function openWithPassphrase(stored: WrappedDataKey, passphrase: string): Promise<OpenedKey> {
  const wrappingKey = await deriveWrappingKey(passphrase, stored.salt, stored.iterations);
  const key = await unwrapWith(wrappingKey, stored, false);
  return { key, extractable: await unwrapWith(wrappingKey, stored, true) };
}

/** The same data key wrapped under a new passphrase, with a fresh salt (a change of passphrase). */
export function wrapForPassphrase(extractable: CryptoKey, passphrase: string, iterations: number): Promise<WrappedDataKey> {
  return wrapDataKey(extractable, passphrase, iterations);
}

/** The data key wrapped under a PIN (kept in memory by the vault). */
export function wrapForPin(extractable: CryptoKey, pin: string, iterations: number): Promise<WrappedDataKey> {
  return wrapDataKey(extractable, pin, iterations);
}

/** The data key under the PIN, or null when the PIN is wrong. */
export async function openWithPin(wrapped: WrappedDataKey, pin: string): Promise<CryptoKey | null> {
  try {
    return await unwrapDataKey(wrapped, pin, false);
  } catch (error) {
    if (error instanceof WrongSecretError) return null;
    throw error;
  }
}
