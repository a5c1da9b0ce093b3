// Réglages, "Code de déverrouillage" and "Phrase secrète": a PIN chosen after "Continuer sans code", changed
// or dropped, and a new passphrase — typed in password fields, refused in French, forgotten once saved.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createBeneficiary, getBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { PassphraseChange } from '../../src/app/features/lock/PassphraseChange';
import { PinSetting } from '../../src/app/features/lock/PinSetting';
import { SecuritySettings } from '../../src/app/features/lock/SecuritySettings';
import { WrongSecretError } from '../../src/app/security/keys';
import { AppContext } from '../../src/app/session/app-context';
import { startSecurity, type AppServices } from '../../src/app/session/app-services';
import { SessionStore } from '../../src/app/session/session-store';
import { SyncLoop } from '../../src/app/sync/sync-loop';
import { SyncStatusStore } from '../../src/app/sync/sync-status';
import { loggedInClientDb } from '../fixtures/client-db';

const PASSPHRASE = 'le chat dort sur le canapé bleu';
const NEW_PASSPHRASE = 'la pluie tombe sur Nérac ce soir';
const offline = { baseUrl: '', fetch: () => Promise.reject(new TypeError('Failed to fetch')) };

let db: DeclicDatabase | undefined;
afterEach(() => {
  cleanup();
  db?.close();
});

/** A logged-in tablet unlocked with the passphrase, where the aidant chose "Continuer sans code". */
async function unlockedWithoutPin(): Promise<AppServices> {
  db = await loggedInClientDb({ locked: true });
  const syncStatus = new SyncStatusStore();
  const security = await startSecurity(db, { passphraseIterations: 2_000, pinIterations: 1_000 });
  await security.vault.setPassphrase(PASSPHRASE, PASSPHRASE);
  security.vault.skipPin();
  const syncLoop = new SyncLoop({ db, transport: offline, status: syncStatus, online: () => false });
  return { db, session: await SessionStore.load(db, offline), transport: offline, syncStatus, syncLoop, ...security };
}

function renderWith(services: AppServices, view: ComponentChildren) {
  return render(<AppContext.Provider value={services}>{view}</AppContext.Provider>);
}

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.input(field(label), { target: { value } });
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

describe('Réglages, under "Verrouillage"', () => {
  it('offers the code and the passphrase change', async () => {
    renderWith(await unlockedWithoutPin(), <SecuritySettings />);
    expect(screen.getByRole('heading', { level: 3, name: 'Code de déverrouillage' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Phrase secrète' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Choisir un code' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Changer de phrase secrète' })).toBeTruthy();
  });
});

describe('"Code de déverrouillage"', () => {
  it('after "Continuer sans code", lets the aidant choose a code that unlocks after a lock, and forgets what was typed', async () => {
    const services = await unlockedWithoutPin();
    const id = await createBeneficiary(services.db, { firstName: 'Yvette' });
    renderWith(services, <PinSetting />);
    expect(screen.getByText(/Aucun code pour l’instant/)).toBeTruthy();
    click('Choisir un code');
    expect(document.activeElement).toBe(field('Votre phrase secrète'));
    expect(field('Votre phrase secrète').type).toBe('password');
    expect(field('Votre phrase secrète').getAttribute('autocomplete')).toBe('current-password');
    expect(field('Code de 4 à 6 chiffres').type).toBe('password');
    expect(field('Code de 4 à 6 chiffres').getAttribute('autocomplete')).toBe('off');
    expect(field('Code de 4 à 6 chiffres').getAttribute('inputmode')).toBe('numeric');
    type('Votre phrase secrète', PASSPHRASE);
    type('Code de 4 à 6 chiffres', '2468');
    type('Retapez le code', '2468');
    click('Enregistrer le code');

    const message = await screen.findByText(/^Code enregistré/);
    expect(message.getAttribute('role')).toBe('status');
    expect(screen.queryByLabelText('Votre phrase secrète')).toBeNull();
    expect(screen.queryByDisplayValue(PASSPHRASE)).toBeNull();
    expect(screen.getByText(/Un code est choisi/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Changer de code' }));

    await services.vault.lock();
    expect(services.vault.get()).toEqual({ kind: 'locked', pin: true, notice: null });
    await services.vault.unlockWithPin('2468');
    expect((await getBeneficiary(services.db, id))?.firstName).toBe('Yvette');
  });

  it('says a wrong passphrase in an alert and sets no code', async () => {
    const services = await unlockedWithoutPin();
    renderWith(services, <PinSetting />);
    click('Choisir un code');
    type('Votre phrase secrète', 'le chien dort sur le canapé');
    type('Code de 4 à 6 chiffres', '2468');
    type('Retapez le code', '2468');
    click('Enregistrer le code');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(new WrongSecretError().message));
    expect(field('Votre phrase secrète').getAttribute('aria-invalid')).toBe('true');
    expect(services.vault.hasPin).toBe(false);
  });

  it('refuses two different codes in an alert', async () => {
    const services = await unlockedWithoutPin();
    renderWith(services, <PinSetting />);
    click('Choisir un code');
    type('Votre phrase secrète', PASSPHRASE);
    type('Code de 4 à 6 chiffres', '2468');
    type('Retapez le code', '2469');
    click('Enregistrer le code');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Les deux codes ne sont pas identiques.'));
    expect(services.vault.hasPin).toBe(false);
  });

  it('shows what is typed on request, and "Annuler" drops it', async () => {
    renderWith(await unlockedWithoutPin(), <PinSetting />);
    click('Choisir un code');
    type('Votre phrase secrète', PASSPHRASE);
    fireEvent.click(screen.getByLabelText('Afficher ce que je tape'));
    expect(field('Votre phrase secrète').type).toBe('text');
    expect(field('Votre phrase secrète').getAttribute('autocomplete')).toBe('off');
    click('Annuler');
    expect(screen.queryByDisplayValue(PASSPHRASE)).toBeNull();
    click('Choisir un code');
    expect(field('Votre phrase secrète').value).toBe('');
    expect(field('Votre phrase secrète').type).toBe('password');
  });

  it('"Ne plus utiliser de code": the next lock asks for the passphrase', async () => {
    const services = await unlockedWithoutPin();
    await services.vault.choosePinWithPassphrase(PASSPHRASE, '2468', '2468');
    renderWith(services, <PinSetting />);
    click('Ne plus utiliser de code');
    await screen.findByText(/^Code retiré/);
    expect(screen.getByRole('button', { name: 'Choisir un code' })).toBeTruthy();
    await services.vault.lock();
    expect(services.vault.get()).toEqual({ kind: 'locked', pin: false, notice: null });
  });
});

describe('"Changer de phrase secrète"', () => {
  it('saves the new passphrase, says it is the one asked at the next opening, and the files stay readable with it', async () => {
    const services = await unlockedWithoutPin();
    const id = await createBeneficiary(services.db, { firstName: 'Yvette' });
    renderWith(services, <PassphraseChange />);
    click('Changer de phrase secrète');
    expect(field('Phrase secrète actuelle').getAttribute('autocomplete')).toBe('current-password');
    expect(field('Nouvelle phrase secrète').getAttribute('autocomplete')).toBe('new-password');
    expect(field('Retapez la nouvelle phrase secrète').type).toBe('password');
    type('Phrase secrète actuelle', PASSPHRASE);
    type('Nouvelle phrase secrète', NEW_PASSPHRASE);
    type('Retapez la nouvelle phrase secrète', NEW_PASSPHRASE);
    click('Enregistrer la nouvelle phrase secrète');

    const message = await screen.findByText(/^Phrase secrète changée/, undefined, { timeout: 3000 });
    expect(message.getAttribute('role')).toBe('status');
    expect(message.textContent).toContain('C’est la nouvelle qui vous sera demandée à la prochaine ouverture de Déclic.');
    expect(screen.queryByDisplayValue(NEW_PASSPHRASE)).toBeNull();
    expect(screen.queryByDisplayValue(PASSPHRASE)).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Changer de phrase secrète' }));

    await services.vault.lock();
    await expect(services.vault.unlockWithPassphrase(PASSPHRASE)).rejects.toBeInstanceOf(WrongSecretError);
    await services.vault.unlockWithPassphrase(NEW_PASSPHRASE);
    expect((await getBeneficiary(services.db, id))?.firstName).toBe('Yvette');
  });

  it.each([
    ['a wrong current passphrase', 'le chien dort sur le canapé', NEW_PASSPHRASE, /^Phrase secrète incorrecte\./],
    ['two different new passphrases', PASSPHRASE, 'la pluie tombe sur Agen', /pas identiques/],
  ])('refuses %s in an alert and keeps the old passphrase', async (_case, current, again, message) => {
    const services = await unlockedWithoutPin();
    renderWith(services, <PassphraseChange />);
    click('Changer de phrase secrète');
    type('Phrase secrète actuelle', current);
    type('Nouvelle phrase secrète', NEW_PASSPHRASE);
    type('Retapez la nouvelle phrase secrète', again);
    click('Enregistrer la nouvelle phrase secrète');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(message));
    expect(screen.getByRole('status').textContent).toBe('');
    await services.vault.lock();
    await services.vault.unlockWithPassphrase(PASSPHRASE);
    expect(services.vault.get().kind).toBe('choose-pin');
  });
});
