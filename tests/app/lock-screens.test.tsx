// The lock and unlock screens in a DOM over a real tablet database: passphrase set after the first login,
// asked at start, PIN while the app stays open, "Verrouiller" — and a locked screen shows nothing personal.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { LockGate } from '../../src/app/features/lock/LockGate';
import { AppContext } from '../../src/app/session/app-context';
import { startSecurity, type AppServices } from '../../src/app/session/app-services';
import { SessionStore } from '../../src/app/session/session-store';
import { SyncLoop } from '../../src/app/sync/sync-loop';
import { SyncStatusStore } from '../../src/app/sync/sync-status';
import { loggedInClientDb, newDevice } from '../fixtures/client-db';

vi.mock('../../src/app/pwa/service-worker', () => ({
  registerServiceWorker: () => undefined,
  isUpdateReady: () => false,
  onUpdateReady: () => () => undefined,
  applyUpdate: () => undefined,
}));

const PASSPHRASE = 'le chat dort sur le canapé bleu';
const CANARY = 'Canari-Yvette-7731';
const offline = { baseUrl: '', fetch: () => Promise.reject(new TypeError('Failed to fetch')) };

let db: DeclicDatabase | undefined;
afterEach(() => {
  cleanup();
  db?.close();
});

/** The app's services on a logged-in tablet, locked, with a quick PBKDF2 (the real cost is tested elsewhere). */
async function lockedServices(device = newDevice()): Promise<AppServices> {
  db = await loggedInClientDb({ device, locked: true });
  const syncStatus = new SyncStatusStore();
  const security = await startSecurity(db, { passphraseIterations: 2_000, pinIterations: 1_000 });
  return {
    db,
    session: await SessionStore.load(db, offline),
    transport: offline,
    syncStatus,
    syncLoop: new SyncLoop({ db, transport: offline, status: syncStatus }),
    ...security,
  };
}

function renderLockedApp(services: AppServices, path = '/beneficiaires') {
  window.history.replaceState(null, '', path);
  render(
    <AppContext.Provider value={services}>
      <LockGate vault={services.vault}>
        <App />
      </LockGate>
    </AppContext.Provider>,
  );
}

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const navigation = () => screen.queryByRole('navigation', { name: 'Sections' });
// The list loads its own chunk the first time (slow to transform in a test run).
const findCanary = () => screen.findByText(CANARY, { exact: false }, { timeout: 5000 });

/** A tablet whose passphrase is set, with one file, unlocked with the PIN 2468 and showing the list. */
async function unlockedWithPin() {
  const services = await lockedServices();
  await services.vault.setPassphrase(PASSPHRASE, PASSPHRASE);
  await createBeneficiary(services.db, { firstName: CANARY, notes: 'Canari-notes' });
  await services.vault.choosePin('2468', '2468');
  renderLockedApp(services);
  await findCanary();
  return services;
}

describe('after the first login', () => {
  it('asks for a passphrase twice, explains the rule in plain French, then offers a PIN', async () => {
    const services = await lockedServices();
    renderLockedApp(services);
    await screen.findByRole('heading', { name: 'Choisissez votre phrase secrète' });
    expect(screen.getByText(/Une courte phrase \(plusieurs mots avec des espaces\) se retient plus facilement/)).toBeTruthy();
    type('Phrase secrète', 'chat bleu');
    type('Retapez la phrase secrète', 'chat bleu');
    click('Enregistrer la phrase secrète');
    await screen.findByText('La phrase secrète doit compter au moins 10 caractères : une courte phrase suffit.');
    type('Phrase secrète', PASSPHRASE);
    type('Retapez la phrase secrète', `${PASSPHRASE}s`);
    click('Enregistrer la phrase secrète');
    await screen.findByText(/Les deux phrases ne sont pas identiques/);
    type('Retapez la phrase secrète', PASSPHRASE);
    click('Enregistrer la phrase secrète');
    await screen.findByRole('heading', { name: 'Un code pour rouvrir vite' });
    expect(navigation()).toBeNull();
    click('Continuer sans code');
    await waitFor(() => expect(navigation()).not.toBeNull());
  });
});

describe('when Déclic starts', () => {
  it('asks for the passphrase, says plainly when it is wrong, and opens the files with the right one', async () => {
    const device = newDevice();
    const first = await lockedServices(device);
    await first.vault.setPassphrase(PASSPHRASE, PASSPHRASE);
    await createBeneficiary(first.db, { firstName: CANARY });
    first.db.close();
    const services = await lockedServices(device);
    renderLockedApp(services);
    await screen.findByRole('heading', { name: 'Déclic est verrouillé' });
    expect(document.body.textContent).not.toContain(CANARY);
    type('Phrase secrète', 'le chien dort sur le canapé bleu');
    click('Déverrouiller');
    await screen.findByText(/^Phrase secrète incorrecte\. Vérifiez les majuscules, les accents et les espaces/);
    type('Phrase secrète', PASSPHRASE);
    click('Déverrouiller');
    await screen.findByRole('heading', { name: 'Un code pour rouvrir vite' });
    type('Code de 4 à 6 chiffres', '2468');
    type('Retapez le code', '2468');
    click('Enregistrer le code');
    await findCanary();
  });

  it('explains the forgotten passphrase: logging out wipes the tablet, synced files are safe on the server', async () => {
    const services = await lockedServices();
    await services.vault.setPassphrase(PASSPHRASE, PASSPHRASE);
    services.vault.skipPin();
    await createBeneficiary(services.db, { firstName: CANARY });
    await services.vault.lock();
    renderLockedApp(services);
    await screen.findByRole('heading', { name: 'Déclic est verrouillé' });
    click('J’ai oublié ma phrase secrète');
    await screen.findByRole('heading', { name: 'Phrase secrète oubliée' });
    expect(document.body.textContent).toContain('sont en sécurité sur le serveur');
    click('Se déconnecter et effacer cette tablette');
    click('Oui, se déconnecter');
    await screen.findByText('1 modification n’a pas pu être envoyée.', { exact: false });
    const confirm = screen.getByRole('button', { name: 'Se déconnecter quand même' });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByLabelText('Je comprends que 1 modification sera perdue')).toBeTruthy();
    click('Retour : j’ai retrouvé ma phrase');
    await screen.findByLabelText('Phrase secrète');
    expect(await services.db.outbox.count()).toBe(1);
  });
});

describe('the lock, while the app stays open', () => {
  it('"Verrouiller" unmounts the app at once: nothing personal stays on screen; the PIN brings it back', async () => {
    const services = await unlockedWithPin();
    click('Verrouiller');
    await screen.findByRole('heading', { name: 'Déclic est verrouillé' });
    expect(document.body.textContent).not.toContain('Canari');
    expect(navigation()).toBeNull();
    expect(document.querySelector('.person-card, #person-search')).toBeNull();
    await waitFor(() => expect(services.db.keyring.unlocked).toBe(false));
    type('Code', '1357');
    click('Déverrouiller');
    await screen.findByText('Code incorrect. Encore 4 essais avant de devoir saisir la phrase secrète.');
    type('Code', '2468');
    click('Déverrouiller');
    await findCanary();
  });

  it('after 5 wrong PINs, asks for the passphrase and says why', async () => {
    const services = await unlockedWithPin();
    await act(() => services.vault.lock());
    await screen.findByLabelText('Code');
    for (let i = 0; i < 5; i++) {
      type('Code', '0000');
      click('Déverrouiller');
      if (i < 4) await screen.findByText(new RegExp(`Encore ${4 - i} essai`));
    }
    await screen.findByLabelText('Phrase secrète');
    expect(screen.getByText(/Code incorrect 5 fois : pour votre sécurité, saisissez maintenant votre phrase secrète/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Utiliser mon code' })).toBeNull();
  });
});
