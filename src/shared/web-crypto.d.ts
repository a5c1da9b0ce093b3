// The pieces of Web Crypto src/shared uses: globalThis.crypto exists in browsers and on Node 20 alike.
declare const crypto: {
  /** Fills the array with cryptographically strong random values and returns it. */
  getRandomValues<T extends Uint8Array>(array: T): T;
  /** Digests (SHA-256 for the ids of imported partners: src/shared/directory/partner-ids.ts). */
  subtle: { digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer> };
};
