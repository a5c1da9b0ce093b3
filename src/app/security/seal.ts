// Encrypts and decrypts JSON values at rest with AES-GCM, bound to where they are stored.
//
// Each sealed value has a fresh 96-bit IV, and its associated data names its place (collection and
// record id): a ciphertext copied onto another record, or altered, fails to open.

/** An encrypted JSON value as stored in IndexedDB. */
export interface Sealed {
  iv: Uint8Array;
  ct: Uint8Array;
}

/** The sealed value could not be opened: tampered, moved to another record, or wrong key. */
export class UnsealError extends Error {
  constructor(readonly place: string) {
    super('Ces données ne peuvent pas être lues sur cette tablette : elles ont été modifiées ou ne viennent pas de ce dossier.');
  }
}

/** The associated data binding a value to its place: `<collection>/<recordId>`. */
export function placeOf(collection: string, recordId: string): string {
  return `${collection}/${recordId}`;
}

/** Encrypts `value` (any JSON) for the place `place`. */
export async function seal(key: CryptoKey, place: string, value: unknown): Promise<Sealed> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const ct = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource, additionalData: new TextEncoder().encode(place) as BufferSource },
    key,
    plain as BufferSource,
  );
  return { iv, ct: new Uint8Array(ct) };
}

/** Decrypts a value sealed for `place`; throws UnsealError when it does not open there. */
export async function unseal<T = unknown>(key: CryptoKey, place: string, sealed: Sealed): Promise<T> {
  try {
    const plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.iv as BufferSource, additionalData: new TextEncoder().encode(place) as BufferSource },
      key,
      sealed.ct as BufferSource,
    );
    return JSON.parse(new TextDecoder().decode(plain)) as T;
  } catch {
    throw new UnsealError(place);
  }
}
