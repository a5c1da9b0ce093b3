// The key hierarchy of the tablet: a random data key, wrapped by a key derived from the passphrase.
//
// The data key (AES-GCM 256) encrypts personal values at rest. It is never stored in clear: IndexedDB
// holds it wrapped by a key derived from the aidant's passphrase (PBKDF2-SHA256, 600,000 iterations,
// random salt). Unwrapping with a wrong passphrase fails the AES-GCM tag check: that is how a wrong
// passphrase is recognised, with no separate verifier to attack.

import { PASSPHRASE_ITERATIONS } from './costs';

/** What is stored to recover the data key from the passphrase. Nothing here is secret on its own. */
export interface WrappedDataKey {
  salt: Uint8Array;
  iterations: number;
  iv: Uint8Array;
  wrapped: Uint8Array;
}

/** The secret did not unwrap the data key. */
export class WrongSecretError extends Error {
  constructor() {
    super('Phrase secrète incorrecte. Vérifiez les majuscules, les accents et les espaces, puis réessayez.');
  }
}

const subtle = () => globalThis.crypto.subtle;
const random = (length: number) => globalThis.crypto.getRandomValues(new Uint8Array(length));

/** A new random data key. Extractable only so that it can be wrapped. */
export function generateDataKey(): Promise<CryptoKey> {
  return subtle().generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
}

/** Derives a wrapping key from a secret (passphrase or PIN) and a salt. */
export async function deriveWrappingKey(secret: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', new TextEncoder().encode(secret.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

/** Wraps the data key under a secret, with a fresh salt and IV. */
export async function wrapDataKey(dataKey: CryptoKey, secret: string, iterations = PASSPHRASE_ITERATIONS): Promise<WrappedDataKey> {
  const salt = random(16);
  return wrapWith(await deriveWrappingKey(secret, salt, iterations), { salt, iterations }, dataKey);
}

/** Wraps the data key under an already derived wrapping key (fresh IV). */
export async function wrapWith(
  wrappingKey: CryptoKey,
  derivation: Pick<WrappedDataKey, 'salt' | 'iterations'>,
  dataKey: CryptoKey,
): Promise<WrappedDataKey> {
  const iv = random(12);
  const wrapped = await subtle().wrapKey('raw', dataKey, wrappingKey, { name: 'AES-GCM', iv: iv as BufferSource });
  return { salt: derivation.salt, iterations: derivation.iterations, iv, wrapped: new Uint8Array(wrapped) };
}

/** Recovers the data key; throws WrongSecretError when the secret is not the one it was wrapped with. */
export async function unwrapDataKey(stored: WrappedDataKey, secret: string, extractable = false): Promise<CryptoKey> {
  return unwrapWith(await deriveWrappingKey(secret, stored.salt, stored.iterations), stored, extractable);
}

/** Recovers the data key with an already derived wrapping key; throws WrongSecretError when it does not fit. */
export async function unwrapWith(wrappingKey: CryptoKey, stored: WrappedDataKey, extractable = false): Promise<CryptoKey> {
  try {
    return await subtle().unwrapKey(
      'raw',
      stored.wrapped as BufferSource,
      wrappingKey,
      { name: 'AES-GCM', iv: stored.iv as BufferSource },
      { name: 'AES-GCM', length: 256 },
      extractable,
      ['encrypt', 'decrypt'],
    );
  } catch {
    throw new WrongSecretError();
  }
}

/** A fresh random salt for a new derivation. */
export function newSalt(): Uint8Array {
  return random(16);
}
