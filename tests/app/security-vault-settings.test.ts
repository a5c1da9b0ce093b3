// Réglages and the lock: a PIN chosen later (after "Continuer sans code"), changed or dropped, and a new
// passphrase that wraps the same data key again — every file stays readable, the old passphrase no longer opens.
import { afterEach, describe, expect, it } from 'vitest';
import { createBeneficiary, getBeneficiary } from '../../src/app/db/beneficiaries-repository';
import { DeclicDatabase } from '../../src/app/db/database';
import { loadWrappedKey, wrappedKeyStore } from '../../src/app/db/key-repository';
import { saveSession } from '../../src/app/db/session-repository';
import { PASSPHRASE_ITERATIONS } from '../../src/app/security/costs';
import { WrongSecretError } from '../../src/app/security/keys';
import { SecretRuleError, Vault, WrongPinError, type VaultOptions } from '../../src/app/security/vault';
import { newDevice, openClientDb, testLogin } from '../fixtures/client-db';

const PASSPHRASE = 'le chat dort sur le canapé bleu';
const NEW_PASSPHRASE = 'la pluie tombe sur Nérac ce soir';
const quick: VaultOptions = { passphraseIterations: 2_000, pinIterations: 1_000 };

let db: DeclicDatabase | undefined;
afterEach(() => db?.close());

/** A tablet whose passphrase is set, unlocked without a PIN ("Continuer sans code"), with one file. */
async function unlockedWithoutPin(device = newDevice(), options: VaultOptions = quick, onLoad?: () => void) {
  db = await openClientDb({ device, locked: true });
  await saveSession(db, testLogin(), 'Tablette', Date.now());
  const store = wrappedKeyStore(db);
  const watched = { save: store.save, load: () => store.load().finally(() => onLoad?.()) };
  const vault = await Vault.load(db.keyring, watched, options);
  await vault.setPassphrase(PASSPHRASE, PASSPHRASE);
  vault.skipPin();
  const id = await createBeneficiary(db, { firstName: 'Yvette' });
  return { db, device, vault, id };
}

/** The same device after Déclic was closed: a new database and vault, locked. */
async function restarted(device: ReturnType<typeof newDevice>, options: VaultOptions = quick) {
  db?.close();
  db = await openClientDb({ device, locked: true });
  return { db, vault: await Vault.load(db.keyring, wrappedKeyStore(db), options) };
}

describe('changing the passphrase', () => {
  it('wraps the same data key under the new one: a file written before opens after a restart, the old passphrase does not', async () => {
    const tablet = await unlockedWithoutPin();
    const before = await loadWrappedKey(tablet.db);
    await tablet.vault.changePassphrase(PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE);
    const after = await loadWrappedKey(tablet.db);
    expect(after?.salt).not.toEqual(before?.salt);
    expect(await tablet.db.meta.where('key').equals('dataKey').count()).toBe(1);
    expect(tablet.vault.get().kind).toBe('unlocked');

    await tablet.vault.lock();
    await expect(tablet.vault.unlockWithPassphrase(PASSPHRASE)).rejects.toBeInstanceOf(WrongSecretError);
    await tablet.vault.unlockWithPassphrase(NEW_PASSPHRASE);
    expect((await getBeneficiary(tablet.db, tablet.id))?.firstName).toBe('Yvette');

    const next = await restarted(tablet.device);
    await expect(next.vault.unlockWithPassphrase(PASSPHRASE)).rejects.toBeInstanceOf(WrongSecretError);
    await next.vault.unlockWithPassphrase(NEW_PASSPHRASE);
    expect((await getBeneficiary(next.db, tablet.id))?.firstName).toBe('Yvette');
  });

  it('uses the full PBKDF2 cost for the new passphrase, whatever the old wrapped key had', async () => {
    const tablet = await unlockedWithoutPin();
    const { db, vault } = await restarted(tablet.device, {});
    await vault.unlockWithPassphrase(PASSPHRASE);
    vault.skipPin();
    await vault.changePassphrase(PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE);
    expect((await loadWrappedKey(db))?.iterations).toBe(PASSPHRASE_ITERATIONS);
  });

  it('with a wrong current passphrase, says so and changes nothing', async () => {
    const { db, vault, id } = await unlockedWithoutPin();
    const before = await db.meta.toArray();
    const error = await vault.changePassphrase('le chien dort sur le canapé', NEW_PASSPHRASE, NEW_PASSPHRASE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WrongSecretError);
    expect((error as Error).message).toMatch(/^Phrase secrète incorrecte\./);
    expect(await db.meta.toArray()).toEqual(before);
    await vault.lock();
    await vault.unlockWithPassphrase(PASSPHRASE);
    expect((await getBeneficiary(db, id))?.firstName).toBe('Yvette');
  });

  it.each([
    ['the current one is missing', '', NEW_PASSPHRASE, NEW_PASSPHRASE, 'Saisissez votre phrase secrète actuelle.'],
    ['the new one is too short', PASSPHRASE, 'chat bleu', 'chat bleu', 'au moins 10 caractères'],
    ['the new one is typed differently the second time', PASSPHRASE, NEW_PASSPHRASE, 'la pluie tombe sur Agen', 'pas identiques'],
    ['the new one is the current one', PASSPHRASE, PASSPHRASE, PASSPHRASE, 'différente de l’actuelle'],
  ])('is refused when %s, in French, and nothing is stored', async (_case, current, next, confirmation, message) => {
    const { db, vault } = await unlockedWithoutPin();
    const before = await db.meta.toArray();
    const error = await vault.changePassphrase(current, next, confirmation).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecretRuleError);
    expect((error as Error).message).toContain(message);
    expect(await db.meta.toArray()).toEqual(before);
  });

  it('keeps the PIN of the session working', async () => {
    const { db, vault, id } = await unlockedWithoutPin();
    await vault.choosePinWithPassphrase(PASSPHRASE, '2468', '2468');
    await vault.changePassphrase(PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE);
    await vault.lock();
    expect(vault.get()).toEqual({ kind: 'locked', pin: true, notice: null });
    await vault.unlockWithPin('2468');
    expect((await getBeneficiary(db, id))?.firstName).toBe('Yvette');
  });

  it('is refused while locked, and cancelled when Déclic locks in the middle of it', async () => {
    let lockDuringLoad = false;
    const tablet = await unlockedWithoutPin(newDevice(), quick, () => {
      if (lockDuringLoad) void tablet.vault.lock();
    });
    const before = await tablet.db.meta.toArray();
    lockDuringLoad = true;
    await expect(tablet.vault.changePassphrase(PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE)).rejects.toThrow('Déclic s’est verrouillé');
    expect(tablet.vault.get().kind).toBe('locked');
    lockDuringLoad = false;
    await expect(tablet.vault.changePassphrase(PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE)).rejects.toBeInstanceOf(SecretRuleError);
    expect(await tablet.db.meta.toArray()).toEqual(before);
  });
});

describe('a PIN chosen from Réglages', () => {
  it('after "Continuer sans code", unlocks after a lock once the passphrase is typed again; it is never stored', async () => {
    const { db, vault, id } = await unlockedWithoutPin();
    expect(vault.hasPin).toBe(false);
    const before = await db.meta.toArray();
    await vault.choosePinWithPassphrase(PASSPHRASE, '2468', '2468');
    expect(vault.hasPin).toBe(true);
    expect(await db.meta.toArray()).toEqual(before);
    await vault.lock();
    expect(vault.get()).toEqual({ kind: 'locked', pin: true, notice: null });
    await vault.unlockWithPin('2468');
    expect(vault.get().kind).toBe('unlocked');
    expect((await getBeneficiary(db, id))?.firstName).toBe('Yvette');
  });

  it('replaces the PIN of the session: the old one no longer opens', async () => {
    const { vault } = await unlockedWithoutPin();
    await vault.choosePinWithPassphrase(PASSPHRASE, '2468', '2468');
    await vault.choosePinWithPassphrase(PASSPHRASE, '135790', '135790');
    await vault.lock();
    await expect(vault.unlockWithPin('2468')).rejects.toBeInstanceOf(WrongPinError);
    await vault.unlockWithPin('135790');
    expect(vault.get().kind).toBe('unlocked');
  });

  it('needs the right passphrase: a wrong one says so and sets no PIN', async () => {
    const { vault } = await unlockedWithoutPin();
    await expect(vault.choosePinWithPassphrase(NEW_PASSPHRASE, '2468', '2468')).rejects.toBeInstanceOf(WrongSecretError);
    expect(vault.hasPin).toBe(false);
    await vault.lock();
    expect(vault.get()).toEqual({ kind: 'locked', pin: false, notice: null });
  });

  it.each([
    ['the passphrase is missing', '', '2468', '2468', 'Saisissez votre phrase secrète.'],
    ['the code is too short', PASSPHRASE, '12', '12', 'de 4 à 6 chiffres'],
    ['the code has a letter', PASSPHRASE, '12a4', '12a4', 'de 4 à 6 chiffres'],
    ['the code is typed differently the second time', PASSPHRASE, '1234', '1243', 'pas identiques'],
  ])('is refused when %s, in French', async (_case, passphrase, pin, confirmation, message) => {
    const { vault } = await unlockedWithoutPin();
    const error = await vault.choosePinWithPassphrase(passphrase, pin, confirmation).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecretRuleError);
    expect((error as Error).message).toContain(message);
    expect(vault.hasPin).toBe(false);
  });

  it('can be dropped ("Ne plus utiliser de code"): the next lock asks for the passphrase', async () => {
    const { vault } = await unlockedWithoutPin();
    await vault.choosePinWithPassphrase(PASSPHRASE, '2468', '2468');
    vault.forgetPin();
    expect(vault.hasPin).toBe(false);
    await vault.lock();
    expect(vault.get()).toEqual({ kind: 'locked', pin: false, notice: null });
    await expect(vault.unlockWithPin('2468')).rejects.toBeInstanceOf(WrongPinError);
  });
});
