// The administration pages against a real endpoint (SQLite, HTTP on 127.0.0.1): Équipe (add with the welcome
// sheet, role, deactivation, reset), Appareils (revoke), Journal (filters, CSV), Structures (admin only), the
// operator's figures, the refusals (an aidant, offline), and the own password in Réglages.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionGate } from '../../src/app/features/login/SessionGate';
import { paths } from '../../src/app/routes/paths';
import { AppContext } from '../../src/app/session/app-context';
import { resetPassword } from '../../src/app/sync/admin-client';
import { requestLogin, LoginFailure } from '../../src/app/sync/login-client';
import { browserTransport } from '../../src/app/sync/transport';
import { createStructure } from '../../src/server/accounts/accounts';
import { hashToken, newDeviceToken } from '../../src/server/accounts/tokens';
import { uuidv7 } from '../../src/shared/schema/ids';
import { accountOf, closeTablets, loggedInTablet, pageServedBy, renderPage, TABLET_PASSWORD } from '../fixtures/admin-app';
import { writePersonOnEndpoint } from '../fixtures/server-api';
import { startTestServer, type TestServer } from '../fixtures/test-server';
import { purgeInactiveFiles } from '../../src/server/retention/purge';

let server: TestServer;
let structureId: string;
let coordinatorEmail: string;

beforeAll(async () => {
  server = await startTestServer();
  structureId = (await createStructure(server.store, 'France services de Nérac')).id;
  coordinatorEmail = (await accountOf(server, structureId, 'coordinateur', 'Nadia Coordinatrice')).email;
});
afterAll(() => server?.close());
beforeEach(() => pageServedBy(server));
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  await closeTablets();
});

const login = (email: string, password: string) => requestLogin(browserTransport(), { email, password, deviceName: 'Essai' }, true);
const row = (name: string) => screen.getByRole('rowheader', { name: new RegExp(name) }).closest('tr') as HTMLElement;
const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('Équipe', () => {
  it('adds an aidant, shows the temporary password once on a printable welcome sheet, which logs in', async () => {
    const coordinator = await loggedInTablet(coordinatorEmail);
    await renderPage(coordinator, paths.adminTeam());
    await screen.findByRole('rowheader', { name: /Nadia Coordinatrice/ });
    type('Prénom et nom', 'Lucie Bernard');
    type('Adresse e-mail', 'lucie.bernard@nerac.test');
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter l’aidant' }));
    const sheet = await screen.findByRole('region', { name: 'Bienvenue dans Déclic, Lucie Bernard' });
    const facts = within(sheet);
    expect(facts.getByText(server.url)).toBeTruthy();
    expect(facts.getByText('lucie.bernard@nerac.test')).toBeTruthy();
    const password = sheet.querySelector('.welcome-sheet__password')!.textContent!;
    expect(password).toMatch(/^\w{4}-\w{4}-\w{4}-\w{4}$/);
    const print = vi.fn();
    vi.stubGlobal('print', print);
    fireEvent.click(facts.getByRole('button', { name: 'Imprimer la fiche d’accueil' }));
    expect(print).toHaveBeenCalledOnce();
    await waitFor(() => expect(within(row('Lucie Bernard')).getByText('Mot de passe provisoire')).toBeTruthy());
    expect(await login('lucie.bernard@nerac.test', password)).toMatchObject({ mustChangePassword: true });
    fireEvent.click(facts.getByRole('button', { name: 'Fermer' }));
    expect(screen.queryByRole('region', { name: /Bienvenue/ })).toBeNull();
  });

  it('changes a role, deactivates (after asking) and reactivates, and resets a password', async () => {
    const member = await accountOf(server, structureId, 'aidant', 'Marc Durand');
    const coordinator = await loggedInTablet(coordinatorEmail);
    await renderPage(coordinator, paths.adminTeam());
    await screen.findByRole('rowheader', { name: /Marc Durand/ });
    fireEvent.change(within(row('Marc Durand')).getByRole('combobox', { name: 'Rôle de Marc Durand' }), {
      target: { value: 'coordinateur' },
    });
    await waitFor(() => expect((within(row('Marc Durand')).getByRole('combobox') as HTMLSelectElement).value).toBe('coordinateur'));
    expect((await login(member.email, TABLET_PASSWORD)).structures).toEqual([expect.objectContaining({ role: 'coordinateur' })]);

    fireEvent.click(within(row('Marc Durand')).getByRole('button', { name: 'Désactiver' }));
    fireEvent.click(within(row('Marc Durand')).getByRole('button', { name: 'Oui, désactiver' }));
    await waitFor(() => expect(within(row('Marc Durand')).getByText('Désactivé')).toBeTruthy());
    await expect(login(member.email, TABLET_PASSWORD)).rejects.toThrow(
      new LoginFailure('Ce compte est désactivé. Adressez-vous à votre coordinateur pour le réactiver.'),
    );
    fireEvent.click(within(row('Marc Durand')).getByRole('button', { name: 'Réactiver' }));
    await waitFor(() => expect(within(row('Marc Durand')).getByText('Actif')).toBeTruthy());

    fireEvent.click(within(row('Marc Durand')).getByRole('button', { name: 'Réinitialiser le mot de passe' }));
    fireEvent.click(within(row('Marc Durand')).getByRole('button', { name: 'Oui, réinitialiser' }));
    const sheet = await screen.findByRole('region', { name: 'Bienvenue dans Déclic, Marc Durand' });
    const temporary = sheet.querySelector('.welcome-sheet__password')!.textContent!;
    await expect(login(member.email, TABLET_PASSWORD)).rejects.toBeInstanceOf(LoginFailure);
    expect(await login(member.email, temporary)).toMatchObject({ mustChangePassword: true });
  });

  it('shows the endpoint’s refusal in French (an e-mail that has an account)', async () => {
    const coordinator = await loggedInTablet(coordinatorEmail);
    await renderPage(coordinator, paths.adminTeam());
    await screen.findByRole('rowheader', { name: /Nadia Coordinatrice/ });
    type('Prénom et nom', 'Nadia Bis');
    type('Adresse e-mail', coordinatorEmail);
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter l’aidant' }));
    await screen.findByText(/existe déjà|a déjà un compte/);
  });
});

describe('Équipe for several structures', () => {
  it('adds an existing account to another structure with its role there', async () => {
    const barbaste = await createStructure(server.store, 'Mairie de Barbaste');
    const member = await accountOf(server, structureId, 'aidant', 'Sophie Secrétaire');
    const admin = await loggedInTablet((await accountOf(server, structureId, 'admin', 'Alice Territoire')).email);
    await renderPage(admin, paths.adminTeam());
    await screen.findByRole('rowheader', { name: /Sophie Secrétaire/ });
    type('Adresse e-mail du compte', member.email);
    fireEvent.change(screen.getByLabelText('Structure à rejoindre'), { target: { value: barbaste.id } });
    fireEvent.change(screen.getByLabelText('Rôle dans cette structure'), { target: { value: 'coordinateur' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter à la structure' }));
    await waitFor(() => expect(within(row('Sophie Secrétaire')).getByText('Mairie de Barbaste (Coordinateur)')).toBeTruthy());
    expect((await login(member.email, TABLET_PASSWORD)).structures?.map((m) => [m.name, m.role])).toEqual(
      expect.arrayContaining([
        ['France services de Nérac', 'aidant'],
        ['Mairie de Barbaste', 'coordinateur'],
      ]),
    );

    // « Retirer » is walked in real Chromium (tests/e2e/coordinator.test.ts): here the endpoint runs under
    // happy-dom's own Request class, which cannot relay a DELETE without a body.
  });
});

describe('Appareils and the operator’s figures', () => {
  it('lists every device with its aidant, last sync and state, counts the silent ones and the refused changes, and revokes one', async () => {
    const member = await accountOf(server, structureId, 'aidant', 'Sylvie Laporte');
    const forgottenId = uuidv7();
    await server.store.createDevice({
      id: forgottenId,
      aidantId: member.id,
      structureId,
      name: 'Tablette oubliée',
      tokenHash: hashToken(newDeviceToken()),
      createdAt: Date.now() - 30 * 86_400_000,
      lastSeenAt: Date.now() - 10 * 86_400_000,
      revokedAt: null,
      revokedBy: null,
    });
    // It said at its last sync that it holds two refused changes; the nightly purge ran.
    await server.store.reportQuarantine(forgottenId, 2);
    await purgeInactiveFiles(server.store, { retentionMonths: 24 });
    const coordinator = await loggedInTablet(coordinatorEmail);
    await renderPage(coordinator, paths.admin());
    const silent = await screen.findByTestId('silent-devices');
    expect(Number(silent.textContent)).toBeGreaterThanOrEqual(1);
    expect(screen.getAllByText(/Tablette oubliée \(Sylvie Laporte\)/).length).toBeGreaterThanOrEqual(1);
    expect(screen.getByTestId('refused-changes').textContent).toBe('2');
    expect(screen.getByText(/Tablette oubliée \(Sylvie Laporte\) : 2/)).toBeTruthy();
    expect(screen.getByTestId('last-purge').textContent).toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d — 0 dossier effacé$/);

    cleanup();
    await renderPage(coordinator, paths.adminDevices());
    const forgotten = (await screen.findByRole('rowheader', { name: 'Tablette oubliée' })).closest('tr') as HTMLElement;
    expect(within(forgotten).getByText('Sylvie Laporte')).toBeTruthy();
    expect(within(forgotten).getByText('Actif')).toBeTruthy();
    fireEvent.click(within(forgotten).getByRole('button', { name: 'Révoquer' }));
    fireEvent.click(within(forgotten).getByRole('button', { name: 'Oui, révoquer' }));
    await waitFor(() =>
      expect(within(screen.getByRole('rowheader', { name: 'Tablette oubliée' }).closest('tr')!).getByText('Révoqué')).toBeTruthy(),
    );
  });
});

describe('Journal', () => {
  it('shows who changed which file, filters by file, and exports the endpoint’s CSV', async () => {
    const member = await accountOf(server, structureId, 'aidant', 'Hugo Petit');
    const deviceId = uuidv7();
    const recordId = uuidv7();
    await writePersonOnEndpoint(server.store, { structureId, aidantId: member.id, deviceId }, recordId, { firstName: 'Yvette' });
    await writePersonOnEndpoint(server.store, { structureId, aidantId: member.id, deviceId }, uuidv7(), { firstName: 'Autre' });
    const coordinator = await loggedInTablet(coordinatorEmail);
    await renderPage(coordinator, paths.adminJournal());
    // The coordinator's own tablet reads the files as it syncs: its lines are in the journal too.
    await waitFor(() => expect(screen.getAllByText('Hugo Petit', { selector: 'td' })).toHaveLength(2));
    type('Identifiant du dossier', recordId);
    fireEvent.change(screen.getByLabelText('Aidant'), { target: { value: member.id } });
    fireEvent.click(screen.getByRole('button', { name: 'Filtrer' }));
    await screen.findByText(/^1 ligne\./);
    expect(within(screen.getByRole('region', { name: 'Les lignes du journal' })).getByText('Modification')).toBeTruthy();
    expect(screen.getByText(recordId)).toBeTruthy();

    let saved: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => ((saved = blob as Blob), 'blob:journal'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
    await waitFor(() => expect(names).toEqual([expect.stringMatching(/^journal-declic-\d{4}-\d{2}-\d{2}\.csv$/)]));
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await saved!.arrayBuffer());
    expect(csv.startsWith('\uFEFFdate;structure;aidant;appareil;action;collection;dossier\r\n')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(2);
    expect(csv).toContain(recordId);
  });
});

describe('Structures', () => {
  it('lets an admin create and rename a structure; a coordinator is told it is for administrators', async () => {
    const coordinator = await loggedInTablet(coordinatorEmail);
    await renderPage(coordinator, paths.adminStructures());
    expect(screen.getByRole('alert').textContent).toBe('Cette page est réservée aux administrateurs du territoire.');
    cleanup();

    const adminEmail = (await accountOf(server, structureId, 'admin', 'Alain Admin')).email;
    const admin = await loggedInTablet(adminEmail);
    await renderPage(admin, paths.adminStructures());
    type('Nom de la structure', 'Mairie de Mézin');
    fireEvent.click(await screen.findByRole('button', { name: 'Créer la structure' }));
    const field = (await screen.findByLabelText('Mairie de Mézin')) as HTMLInputElement;
    fireEvent.input(field, { target: { value: 'Mairie de Mézin et Poudenas' } });
    fireEvent.click(within(screen.getByRole('form', { name: 'Renommer Mairie de Mézin' })).getByRole('button', { name: 'Renommer' }));
    await screen.findByLabelText('Mairie de Mézin et Poudenas');
    expect((await server.store.listStructures()).map((s) => s.name)).toContain('Mairie de Mézin et Poudenas');
  });
});

describe('who may open the administration', () => {
  it('tells an aidant it is for coordinators, and shows no link in Réglages', async () => {
    const aidant = await loggedInTablet((await accountOf(server, structureId, 'aidant', 'Zoé Aidante')).email);
    await renderPage(aidant, paths.adminTeam());
    expect(screen.getByRole('alert').textContent).toBe('L’administration est réservée aux coordinateurs et aux administrateurs.');
    cleanup();
    await renderPage(aidant, paths.settings());
    expect(screen.queryByRole('link', { name: 'Ouvrir l’administration' })).toBeNull();
  });

  it('says in French that it needs the network when the tablet is offline', async () => {
    const coordinator = await loggedInTablet(coordinatorEmail);
    await renderPage(coordinator, paths.settings());
    expect(screen.getByRole('link', { name: 'Ouvrir l’administration' }).getAttribute('href')).toBe(paths.admin());
    cleanup();
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await renderPage(coordinator, paths.adminDevices());
    expect(screen.getByRole('alert').textContent).toMatch(/^L’administration demande une connexion au réseau/);
  });
});

describe('the own password in Réglages', () => {
  it('needs the current one, says why in French, and changes it', async () => {
    const account = await accountOf(server, structureId, 'aidant', 'Paul Martin');
    const tablet = await loggedInTablet(account.email);
    await renderPage(tablet, paths.settings());
    fireEvent.click(screen.getByRole('button', { name: 'Changer de mot de passe' }));
    const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le nouveau mot de passe' }));
    const attempt = async (current: string, next: string, message: RegExp) => {
      type('Mot de passe actuel', current);
      type('Nouveau mot de passe', next);
      type('Retapez le nouveau mot de passe', next);
      submit();
      await screen.findByText(message);
    };
    await attempt('pas le bon', 'Velo-Rouge-Garonne-47', /^Le mot de passe actuel est incorrect\.$/);
    await attempt(TABLET_PASSWORD, 'motdepasse', /^Mot de passe trop faible : /);
    await attempt(TABLET_PASSWORD, TABLET_PASSWORD, /^Choisissez un mot de passe différent de l’actuel\.$/);
    type('Mot de passe actuel', TABLET_PASSWORD);
    type('Nouveau mot de passe', 'Velo-Rouge-Garonne-47');
    type('Retapez le nouveau mot de passe', 'Velo-Rouge-Garonne-47');
    submit();
    await screen.findByText(/^Mot de passe changé\./);
    expect(await login(account.email, 'Velo-Rouge-Garonne-47')).toMatchObject({ token: expect.any(String) });
  });
});

/** A password reset by the coordinator over HTTP: the account's temporary password. */
async function temporaryPasswordOf(aidantId: string): Promise<string> {
  const coordinator = await loggedInTablet(coordinatorEmail);
  const view = coordinator.session.get();
  if (view.kind !== 'active') throw new Error('coordinateur non connecté');
  return resetPassword({ transport: coordinator.transport, token: view.session.token }, aidantId);
}

describe('a temporary password at login', () => {
  it('asks for a new password before the app opens, then opens it', async () => {
    const member = await accountOf(server, structureId, 'aidant', 'Inès Nouvelle');
    const temporaryPassword = await temporaryPasswordOf(member.id);
    const tablet = await loggedInTablet(member.email, temporaryPassword);
    render(
      <AppContext.Provider value={tablet}>
        <SessionGate session={tablet.session}>
          <p>L’application</p>
        </SessionGate>
      </AppContext.Provider>,
    );
    await screen.findByRole('heading', { name: 'Choisissez votre mot de passe' });
    expect(screen.queryByText('L’application')).toBeNull();
    type('Mot de passe provisoire', temporaryPassword);
    type('Nouveau mot de passe', 'Velo-Rouge-Garonne-47');
    type('Retapez le nouveau mot de passe', 'Velo-Rouge-Garonne-47');
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le nouveau mot de passe' }));
    await screen.findByText('L’application');
    expect(tablet.session.mustChangePassword()).toBe(false);
  });

  it('lets the aidant log out instead (the login screen comes back)', async () => {
    const member = await accountOf(server, structureId, 'aidant', 'Léo Nouveau');
    const temporaryPassword = await temporaryPasswordOf(member.id);
    const tablet = await loggedInTablet(member.email, temporaryPassword);
    render(
      <AppContext.Provider value={tablet}>
        <SessionGate session={tablet.session}>
          <p>L’application</p>
        </SessionGate>
      </AppContext.Provider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Se déconnecter' }));
    await screen.findByRole('button', { name: 'Se connecter' });
    expect(tablet.session.get().kind).toBe('none');
  });
});
