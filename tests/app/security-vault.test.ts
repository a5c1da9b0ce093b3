// The lock of the tablet: the passphrase set at first login and asked at every start, the PIN that
// reopens it while the app stays open (in memory only; 5 wrong PINs and the passphrase is required).
import { afterEach, describe, expect, it } from 'vitest';
import { createBeneficiary, getBeneficiary } from '../../src/app/db/beneficiaries-repository';
import { DeclicDatabase } from '../../src/app/db/database';
import { loadDraft, saveDraft } from '../../src/app/db/drafts-repository';
import { loadWrappedKey, wrappedKeyStore } from '../../src/app/db/key-repository';
import { saveSession } from '../../src/app/db/session-repository';
import { PASSPHRASE_ITERATIONS } from '../../src/app/security/costs';
import { LockedError } from '../../src/app/security/keyring';
import { WrongSecretError } from '../../src/app/security/keys';
import { MAX_PIN_TRIES, SecretRuleError, Vault, WrongPinError, type VaultOptions } from '../../src/app/security/vault';
import { newDevice, openClientDb, testLogin } from '../fixtures/client-db';

const PASSPHRASE = 'le chat dort sur le canapé bleu';
const quick: VaultOptions = { passphraseIterations: 2_000, pinIterations: 1_000 };

let db: DeclicDatabase | undefined;
afterEach(() => db?.close());

/** A device's first start after login: no passphrase yet, nothing unlocked. */
async function freshTablet(device = newDevice(), options: VaultOptions = quick) {
  db = await openClientDb({ device, locked: true });
  await saveSession(db, testLogin(), 'Tablette', Date.now());
  return { db, device, vault: await Vault.load(db.keyring, wrappedKeyStore(db), options) };
}

/** A tablet whose passphrase is set and whose PIN is 2468, unlocked. */
async function unlockedWithPin() {
  const tablet = await freshTablet();
  await tablet.vault.setPassphrase(PASSPHRASE, PASSPHRASE);
  await tablet.vault.choosePin('2468', '2468');
  return tablet;
}

describe('the passphrase', () => {
  it.each([
    ['too short', 'chat bleu', 'chat bleu', 'au moins 10 caractères'],
    ['typed differently the second time', PASSPHRASE, 'le chat dort sur le canapé vert', 'pas identiques'],
  ])('is refused when %s, in French', async (_case, passphrase, confirmation, message) => {
    const { vault, db } = await freshTablet();
    await expect(vault.setPassphrase(passphrase, confirmation)).rejects.toThrow(message);
    await expect(vault.setPassphrase(passphrase, confirmation)).rejects.toBeInstanceOf(SecretRuleError);
    expect(vault.get().kind).toBe('new');
    expect(await loadWrappedKey(db)).toBeNull();
  });

  it('is stored only as a wrapped key with the full PBKDF2 cost, and unlocks the data', async () => {
    const { vault, db } = await freshTablet(newDevice(), {});
    await vault.setPassphrase(PASSPHRASE, PASSPHRASE);
    const stored = await loadWrappedKey(db);
    expect(stored?.iterations).toBe(PASSPHRASE_ITERATIONS);
    expect(PASSPHRASE_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(JSON.stringify((await db.meta.toArray()).map((row) => row.value))).not.toContain('canapé');
    expect(vault.get().kind).toBe('choose-pin');
    expect(db.keyring.unlocked).toBe(true);
  });

  it('is asked again at the next start; a wrong one says so and opens nothing', async () => {
    const first = await freshTablet();
    await first.vault.setPassphrase(PASSPHRASE, PASSPHRASE);
    first.vault.skipPin();
    const id = await createBeneficiary(first.db, { firstName: 'Yvette' });
    first.db.close();

    const next = await freshTablet(first.device);
    expect(next.vault.get()).toEqual({ kind: 'locked', pin: false, notice: null });
    await expect(getBeneficiary(next.db, id)).rejects.toBeInstanceOf(LockedError);
    const wrong = await next.vault.unlockWithPassphrase('le chien dort sur le canapé bleu').catch((error: unknown) => error);
    expect(wrong).toBeInstanceOf(WrongSecretError);
    expect((wrong as Error).message).toMatch(/^Phrase secrète incorrecte\./);
    expect(next.vault.get().kind).toBe('locked');
    expect(next.db.keyring.unlocked).toBe(false);
    await next.vault.unlockWithPassphrase(PASSPHRASE);
    expect((await getBeneficiary(next.db, id))?.firstName).toBe('Yvette');
  });
});

describe('the PIN, while the app stays open', () => {
  it('is refused unless it has 4 to 6 digits, typed twice the same', async () => {
    const { vault } = await freshTablet();
    await vault.setPassphrase(PASSPHRASE, PASSPHRASE);
    await expect(vault.choosePin('12', '12')).rejects.toThrow('de 4 à 6 chiffres');
    await expect(vault.choosePin('12a4', '12a4')).rejects.toThrow('de 4 à 6 chiffres');
    await expect(vault.choosePin('1234', '1243')).rejects.toThrow('pas identiques');
    expect(vault.get().kind).toBe('choose-pin');
  });

  it('unlocks after a lock; the lock drops the plain key, and the PIN-wrapped key is never stored', async () => {
    const { vault, db } = await unlockedWithPin();
    const id = await createBeneficiary(db, { firstName: 'Yvette' });
    const metaBefore = await db.meta.toArray();
    await vault.lock();
    expect(vault.get()).toEqual({ kind: 'locked', pin: true, notice: null });
    expect(db.keyring.unlocked).toBe(false);
    expect(() => db.keyring.key()).toThrow(LockedError);
    expect(await db.meta.toArray()).toEqual(metaBefore);
    await vault.unlockWithPin('2468');
    expect(vault.get().kind).toBe('unlocked');
    expect((await getBeneficiary(db, id))?.firstName).toBe('Yvette');
  });

  it(`after ${MAX_PIN_TRIES} wrong PINs, discards the PIN: the passphrase is required`, async () => {
    const { vault, db } = await unlockedWithPin();
    await vault.lock();
    const messages: string[] = [];
    for (let i = 0; i < MAX_PIN_TRIES; i++) {
      const error = await vault.unlockWithPin('1111').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WrongPinError);
      messages.push((error as Error).message);
    }
    expect(messages[0]).toBe('Code incorrect. Encore 4 essais avant de devoir saisir la phrase secrète.');
    expect(messages[3]).toBe('Code incorrect. Encore 1 essai avant de devoir saisir la phrase secrète.');
    expect(messages[4]).toMatch(/saisissez maintenant votre phrase secrète/);
    expect(vault.get()).toMatchObject({ kind: 'locked', pin: false, notice: expect.stringContaining('phrase secrète') });
    // Even the right PIN no longer opens anything.
    await expect(vault.unlockWithPin('2468')).rejects.toBeInstanceOf(WrongPinError);
    expect(db.keyring.unlocked).toBe(false);
    await vault.unlockWithPassphrase(PASSPHRASE);
    expect(vault.get().kind).toBe('choose-pin');
  });

  it('counts wrong PINs in a row: a right one in between starts again from 5', async () => {
    const { vault } = await unlockedWithPin();
    await vault.lock();
    for (let i = 0; i < MAX_PIN_TRIES - 1; i++) await vault.unlockWithPin('0000').catch(() => undefined);
    await vault.unlockWithPin('2468');
    await vault.lock();
    await expect(vault.unlockWithPin('0000')).rejects.toThrow('Encore 4 essais');
  });

  it('without a PIN, a lock asks for the passphrase', async () => {
    const { vault } = await freshTablet();
    await vault.setPassphrase(PASSPHRASE, PASSPHRASE);
    vault.skipPin();
    await vault.lock();
    expect(vault.get()).toEqual({ kind: 'locked', pin: false, notice: null });
  });

  it('lets a form that saves its draft as the app locks keep what was typed', async () => {
    const { vault, db } = await unlockedWithPin();
    const locking = vault.lock();
    // What a form does as the lock unmounts it: save its draft, synchronously started.
    const saving = saveDraft(db, 'beneficiary:new', { firstName: 'Yvette', notes: 'tapé juste avant' });
    await Promise.all([locking, saving]);
    expect(db.keyring.unlocked).toBe(false);
    await vault.unlockWithPin('2468');
    expect((await loadDraft(db, 'beneficiary:new'))?.value).toEqual({ firstName: 'Yvette', notes: 'tapé juste avant' });
  });
});
