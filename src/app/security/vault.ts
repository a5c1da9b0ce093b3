// The lock of the tablet: passphrase set at first login, asked at every start; a PIN while the app stays open.
//
// The passphrase unwraps the stored data key. Right after, the aidant may choose a 4-to-6-digit PIN:
// the data key is then wrapped under it IN MEMORY ONLY, and on lock the plain key is dropped — only
// the PIN-wrapped copy stays, and 5 wrong PINs discard it (the passphrase is then required).
// From Réglages, the passphrase typed again, the aidant may choose a PIN later or change the passphrase:
// the same data key is then wrapped under the new one, so no record needs encrypting again.
import type { Keyring } from './keyring';
import { PASSPHRASE_ITERATIONS, PIN_ITERATIONS } from './costs';
import type { WrappedDataKey } from './keys';

// The crypto and the rules load with the first secret typed (not with the first screen).
const vaultCrypto = () => import('./vault-crypto');

/** Where the passphrase-wrapped data key is kept on the device. */
export interface WrappedKeyStore {
  load(): Promise<WrappedDataKey | null>;
  save(wrapped: WrappedDataKey): Promise<void>;
}

/** new: no passphrase yet · locked: passphrase (or PIN when `pin`) needed · choose-pin: just unlocked · unlocked. */
export type VaultState =
  { kind: 'new' } | { kind: 'locked'; pin: boolean; notice: string | null } | { kind: 'choose-pin' } | { kind: 'unlocked' };

/** Wrong PINs in a row before the PIN stops working. */
export const MAX_PIN_TRIES = 5;

/** A passphrase or PIN that breaks a rule (too short, not the same twice…); the message is for the aidant. */
export class SecretRuleError extends Error {}

/** A wrong PIN; the message says how many tries are left. */
export class WrongPinError extends Error {
  constructor(readonly triesLeft: number) {
    super(
      triesLeft > 0
        ? `Code incorrect. Encore ${triesLeft} essai${triesLeft > 1 ? 's' : ''} avant de devoir saisir la phrase secrète.`
        : PIN_DISCARDED,
    );
  }
}

const PIN_DISCARDED = `Code incorrect ${MAX_PIN_TRIES} fois : pour votre sécurité, saisissez maintenant votre phrase secrète.`;

export interface VaultOptions {
  passphraseIterations?: number;
  pinIterations?: number;
  /** Resolves once the views have reacted to a state change (they save drafts as they unmount). */
  settle?: () => Promise<void>;
}

/** The lock state machine of one device; the data key itself lives in the keyring. */
export class Vault {
  private state: VaultState;
  /** An extractable copy of the data key, held only between the passphrase and the PIN choice. */
  private pinSource: CryptoKey | null = null;
  private pinWrapped: WrappedDataKey | null = null;
  private pinFailures = 0;
  private readonly listeners = new Set<(state: VaultState) => void>();

  private constructor(
    private readonly keyring: Keyring,
    private readonly store: WrappedKeyStore,
    private readonly options: VaultOptions,
    hasPassphrase: boolean,
  ) {
    this.state = hasPassphrase ? { kind: 'locked', pin: false, notice: null } : { kind: 'new' };
  }

  /** The vault of a device: locked when a passphrase was set, else waiting for one. */
  static async load(keyring: Keyring, store: WrappedKeyStore, options: VaultOptions = {}): Promise<Vault> {
    return new Vault(keyring, store, options, (await store.load()) !== null);
  }

  /** Where the lock stands. */
  get(): VaultState {
    return this.state;
  }

  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: (state: VaultState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** First passphrase of the device (typed twice): makes the data key, stores it wrapped, unlocks. */
  async setPassphrase(passphrase: string, confirmation: string): Promise<void> {
    const crypto = await vaultCrypto();
    const problem = crypto.passphraseProblem(passphrase, confirmation);
    if (problem) throw new SecretRuleError(problem);
    if (this.state.kind !== 'new' || (await this.store.load()) !== null)
      throw new SecretRuleError('Une phrase secrète existe déjà sur cette tablette.');
    const created = await crypto.createDataKey(passphrase, this.options.passphraseIterations ?? PASSPHRASE_ITERATIONS);
    await this.store.save(created.wrapped);
    this.unlockedWith(created.key, created.extractable);
  }

  /** Unlocks with the passphrase; rejects with WrongSecretError (French message) when it is not the right one. */
  async unlockWithPassphrase(passphrase: string): Promise<void> {
    const opened = await (await vaultCrypto()).openWithPassphrase(await this.storedKey(), passphrase);
    this.unlockedWith(opened.key, opened.extractable);
  }

  /** Sets the PIN of this unlock session (right after the passphrase). */
  async choosePin(pin: string, confirmation: string): Promise<void> {
    const crypto = await vaultCrypto();
    const problem = crypto.pinProblem(pin, confirmation);
    if (problem) throw new SecretRuleError(problem);
    if (!this.pinSource) throw new SecretRuleError('Déverrouillez d’abord avec la phrase secrète.');
    this.pinWrapped = await crypto.wrapForPin(this.pinSource, pin, this.options.pinIterations ?? PIN_ITERATIONS);
    this.pinSource = null;
    this.pinFailures = 0;
    this.set({ kind: 'unlocked' });
  }

  /** Goes on without a PIN: the next lock will ask for the passphrase. */
  skipPin(): void {
    if (this.state.kind !== 'choose-pin') return;
    this.pinSource = null;
    this.pinWrapped = null;
    this.set({ kind: 'unlocked' });
  }

  /** True when a PIN of this session can reopen the app after a lock. */
  get hasPin(): boolean {
    return this.pinWrapped !== null;
  }

  /** From Réglages: a new PIN for this session, once the passphrase proves it is the aidant (one PBKDF2). */
  async choosePinWithPassphrase(passphrase: string, pin: string, confirmation: string): Promise<void> {
    const crypto = await vaultCrypto();
    this.assertUnlocked();
    const problem = passphrase ? crypto.pinProblem(pin, confirmation) : 'Saisissez votre phrase secrète.';
    if (problem) throw new SecretRuleError(problem);
    const opened = await crypto.openWithPassphrase(await this.storedKey(), passphrase);
    const wrapped = await crypto.wrapForPin(opened.extractable, pin, this.options.pinIterations ?? PIN_ITERATIONS);
    this.assertUnlocked();
    this.pinWrapped = wrapped;
    this.pinFailures = 0;
  }

  /** From Réglages: the same data key wrapped under a new passphrase (one write); the session's PIN stays. */
  async changePassphrase(current: string, next: string, confirmation: string): Promise<void> {
    const crypto = await vaultCrypto();
    this.assertUnlocked();
    const problem = current ? crypto.passphraseProblem(next, confirmation) : 'Saisissez votre phrase secrète actuelle.';
    if (problem) throw new SecretRuleError(problem);
    if (next === current) throw new SecretRuleError('La nouvelle phrase secrète doit être différente de l’actuelle.');
    const opened = await crypto.openWithPassphrase(await this.storedKey(), current);
    const wrapped = await crypto.wrapForPassphrase(opened.extractable, next, this.options.passphraseIterations ?? PASSPHRASE_ITERATIONS);
    this.assertUnlocked();
    await this.store.save(wrapped);
  }

  /** "Ne plus utiliser de code": the next lock asks for the passphrase. */
  forgetPin(): void {
    this.assertUnlocked();
    this.pinWrapped = null;
    this.pinFailures = 0;
  }

  /** Unlocks with the PIN; rejects with WrongPinError. The 5th wrong PIN discards the PIN-wrapped key. */
  async unlockWithPin(pin: string): Promise<void> {
    const wrapped = this.pinWrapped;
    if (this.state.kind !== 'locked' || !wrapped) throw new WrongPinError(0);
    const key = await (await vaultCrypto()).openWithPin(wrapped, pin);
    if (!key) {
      // Another attempt already used up the tries meanwhile.
      if (this.pinWrapped !== wrapped) throw new WrongPinError(0);
      this.pinFailures += 1;
      const triesLeft = MAX_PIN_TRIES - this.pinFailures;
      if (triesLeft <= 0) {
        this.pinWrapped = null;
        this.set({ kind: 'locked', pin: false, notice: PIN_DISCARDED });
      }
      throw new WrongPinError(Math.max(0, triesLeft));
    }
    this.pinFailures = 0;
    this.keyring.open(key);
    this.set({ kind: 'unlocked' });
  }

  /** Locks now: the screen hides everything, then the plain key is dropped (the PIN-wrapped one stays). */
  async lock(): Promise<void> {
    if (this.state.kind !== 'unlocked' && this.state.kind !== 'choose-pin') return;
    this.pinSource = null;
    this.set({ kind: 'locked', pin: this.pinWrapped !== null, notice: null });
    // Views unmount on this change and save their drafts with the key they hold: let them, then drop it.
    await (this.options.settle ?? nextTask)();
    if (this.get().kind === 'locked') this.keyring.close();
  }

  /** Forgets everything (the device's data was wiped): back to "no passphrase yet". */
  reset(): void {
    this.keyring.close();
    this.pinSource = null;
    this.pinWrapped = null;
    this.pinFailures = 0;
    this.set({ kind: 'new' });
  }

  private async storedKey(): Promise<WrappedDataKey> {
    const stored = await this.store.load();
    if (!stored) throw new SecretRuleError('Aucune phrase secrète n’a encore été choisie sur cette tablette.');
    return stored;
  }

  /** Réglages work only while unlocked; a lock in the middle of their PBKDF2 cancels them. */
  private assertUnlocked(): void {
    if (this.state.kind !== 'unlocked')
      throw new SecretRuleError('Déclic s’est verrouillé : rien n’a été changé. Déverrouillez-le, puis recommencez.');
  }

  private unlockedWith(key: CryptoKey, extractable: CryptoKey): void {
    this.pinSource = extractable;
    this.pinWrapped = null;
    this.pinFailures = 0;
    this.keyring.open(key);
    this.set({ kind: 'choose-pin' });
  }

  private set(state: VaultState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
