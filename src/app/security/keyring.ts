// The data key while the app is unlocked, and the values it opened: memory only, dropped at once on lock.
//
// Every read and write of personal data goes through `key()`: while locked it throws, so nothing can
// be read or written in clear by mistake. Values opened once are remembered (by place, with the exact
// ciphertext they came from) so that listing thousands of files does not decrypt them again; that
// memory goes with the key.
import type { Sealed } from './seal';

/** Said when something needs the data while Déclic is locked. */
export class LockedError extends Error {
  constructor() {
    super('Déclic est verrouillé : déverrouillez-le pour accéder aux dossiers.');
  }
}

interface Remembered {
  sealed: Sealed;
  value: unknown;
}

/** True when two ciphertexts are byte for byte the same (a tampered copy is not). */
function sameSealed(a: Sealed, b: Sealed): boolean {
  return sameBytes(a.iv, b.iv) && sameBytes(a.ct, b.ct);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Holds the data key of an unlocked app; one per database. */
export class Keyring {
  private current: CryptoKey | null = null;
  private readonly opened = new Map<string, Remembered>();
  private readonly memos = new Map<string, unknown>();
  private readonly listeners = new Set<(unlocked: boolean) => void>();

  /** True while a data key is held. */
  get unlocked(): boolean {
    return this.current !== null;
  }

  /** The data key; throws LockedError while locked. */
  key(): CryptoKey {
    if (!this.current) throw new LockedError();
    return this.current;
  }

  /** Holds `key` (after the passphrase or the PIN opened it). */
  open(key: CryptoKey): void {
    this.current = key;
    this.notify();
  }

  /** Drops the key and every value opened with it. */
  close(): void {
    if (!this.current && this.opened.size === 0 && this.memos.size === 0) return;
    this.current = null;
    this.opened.clear();
    this.memos.clear();
    this.notify();
  }

  /** The value opened earlier from exactly this ciphertext at `place`, if remembered. */
  recall(place: string, sealed: Sealed): { value: unknown } | undefined {
    const remembered = this.opened.get(place);
    return remembered && sameSealed(remembered.sealed, sealed) ? { value: remembered.value } : undefined;
  }

  /** Remembers the clear value of the ciphertext at `place` (only while unlocked). */
  remember(place: string, sealed: Sealed, value: unknown): void {
    if (this.current) this.opened.set(place, { sealed, value });
  }

  /** Forgets the value remembered at `place` (its record was erased). */
  forget(place: string): void {
    this.opened.delete(place);
  }

  /** Something worked out from opened values (a collection's records), kept while unlocked. */
  memo<T>(name: string): T | undefined {
    return this.memos.get(name) as T | undefined;
  }

  /** Keeps `value` under `name` until the lock (only while unlocked); undefined forgets it. */
  setMemo(name: string, value: unknown): void {
    if (value === undefined || !this.current) this.memos.delete(name);
    else this.memos.set(name, value);
  }

  /** Calls `listener` when the key comes or goes; returns the unsubscribe function. */
  subscribe(listener: (unlocked: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener(this.unlocked);
  }
}
