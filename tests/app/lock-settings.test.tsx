// Réglages, the lock and the account: the idle delay (saved, applied at once), "Verrouiller maintenant",
// and "Se déconnecter", which refuses to lose unsent changes until the aidant ticks the confirmation.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { loadSettings } from '../../src/app/db/settings-repository';
import { LockDelaySetting } from '../../src/app/features/lock/LockDelaySetting';
import { LogoutSection } from '../../src/app/features/lock/LogoutSection';
import { AppContext } from '../../src/app/session/app-context';
import { startSecurity, type AppServices } from '../../src/app/session/app-services';
import { SessionStore } from '../../src/app/session/session-store';
import { SyncLoop } from '../../src/app/sync/sync-loop';
import { SyncStatusStore } from '../../src/app/sync/sync-status';
import type { ComponentChildren } from 'preact';
import { loggedInClientDb } from '../fixtures/client-db';

const offline = { baseUrl: '', fetch: () => Promise.reject(new TypeError('Failed to fetch')) };
let db: DeclicDatabase | undefined;
afterEach(() => {
  cleanup();
  db?.close();
});

/** An unlocked, logged-in tablet whose sync cannot reach the endpoint. */
async function unlockedServices(): Promise<AppServices> {
  db = await loggedInClientDb({ locked: true });
  const syncStatus = new SyncStatusStore();
  const security = await startSecurity(db, { passphraseIterations: 2_000, pinIterations: 1_000 });
  await security.vault.setPassphrase('le chat dort sur le canapé bleu', 'le chat dort sur le canapé bleu');
  security.vault.skipPin();
  const syncLoop = new SyncLoop({ db, transport: offline, status: syncStatus, online: () => false });
  syncLoop.start();
  return { db, session: await SessionStore.load(db, offline), transport: offline, syncStatus, syncLoop, ...security };
}

function renderWith(services: AppServices, view: ComponentChildren) {
  return render(<AppContext.Provider value={services}>{view}</AppContext.Provider>);
}

describe('the lock in Réglages', () => {
  it('saves the idle delay on the tablet and applies it at once', async () => {
    const services = await unlockedServices();
    renderWith(services, <LockDelaySetting />);
    const select = screen.getByLabelText('Verrouiller l’écran après') as HTMLSelectElement;
    expect(select.value).toBe('5');
    expect(screen.getByRole('option', { name: '5 minutes sans activité (conseillé)' })).toBeTruthy();
    fireEvent.change(select, { target: { value: '15' } });
    await screen.findByText('Enregistré.');
    expect((await loadSettings(services.db)).lockAfterMinutes).toBe(15);
    expect(services.inactivity.delayMinutes).toBe(15);
    services.syncLoop.stop();
  });

  it('"Verrouiller maintenant" locks at once', async () => {
    const services = await unlockedServices();
    renderWith(services, <LockDelaySetting />);
    fireEvent.click(screen.getByRole('button', { name: 'Verrouiller maintenant' }));
    await waitFor(() => expect(services.db.keyring.unlocked).toBe(false));
    expect(services.vault.get()).toMatchObject({ kind: 'locked' });
    services.syncLoop.stop();
  });
});

describe('"Se déconnecter" with changes that could not be sent', () => {
  it('says how many and why, and wipes only once the loss is confirmed', async () => {
    const services = await unlockedServices();
    // Two files: two changes as the aidant counts them (four field writes in the outbox).
    await createBeneficiary(services.db, { firstName: 'Yvette', notes: 'RDV CAF' });
    await createBeneficiary(services.db, { firstName: 'Karim', notes: 'Compte ameli' });
    const done = vi.fn();
    renderWith(services, <LogoutSection onDone={done} />);
    fireEvent.click(screen.getByRole('button', { name: 'Se déconnecter' }));
    fireEvent.click(screen.getByRole('button', { name: 'Oui, se déconnecter' }));
    await screen.findByText('2 modifications n’ont pas pu être envoyées.');
    expect(screen.getByText(/Pas de réseau/)).toBeTruthy();
    const confirm = screen.getByRole('button', { name: 'Se déconnecter quand même' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    expect(done).not.toHaveBeenCalled();
    expect(await services.db.outbox.count()).toBe(4);
    fireEvent.click(screen.getByLabelText('Je comprends que 2 modifications seront perdues'));
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    await waitFor(() => expect(done).toHaveBeenCalledOnce());
    expect(services.session.get().kind).toBe('none');
    expect(services.vault.get().kind).toBe('new');
  });

  it('follows the automatic sync: once everything is sent, it says so instead of warning of a loss', async () => {
    const services = await unlockedServices();
    await createBeneficiary(services.db, { firstName: 'Yvette', notes: 'RDV CAF' });
    await createBeneficiary(services.db, { firstName: 'Karim', notes: 'Compte ameli' });
    renderWith(services, <LogoutSection onDone={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Se déconnecter' }));
    fireEvent.click(screen.getByRole('button', { name: 'Oui, se déconnecter' }));
    await screen.findByText('2 modifications n’ont pas pu être envoyées.');
    expect(screen.getByRole('button', { name: 'Réessayer d’envoyer, puis se déconnecter' })).toBeTruthy();
    // The network came back and the sync loop sent one, then the other.
    act(() => services.syncStatus.update({ pending: 1 }));
    expect(screen.getByLabelText('Je comprends que 1 modification sera perdue')).toBeTruthy();
    act(() => services.syncStatus.update({ pending: 0 }));
    expect(screen.getByRole('status').textContent).toBe('Tout est maintenant envoyé : vous pouvez vous déconnecter sans rien perdre.');
    expect(screen.queryByText(/seront? perdues?/)).toBeNull();
    services.syncLoop.stop();
  });
});
