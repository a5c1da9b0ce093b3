// The login screen: labelled fields, a prefilled device name, French errors, then the app behind the gate.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LoginScreen } from '../../src/app/features/login/LoginScreen';
import { SessionGate } from '../../src/app/features/login/SessionGate';
import { stopSession } from '../../src/app/db/session-repository';
import { publicPage } from '../../src/app/routes/public-pages';
import { SessionStore, type Credentials } from '../../src/app/session/session-store';
import { navigate } from '../../src/app/ui/router';
import { OFFLINE_LOGIN_MESSAGE } from '../../src/app/sync/login-client';
import { openClientDb, testLogin } from '../fixtures/client-db';

afterEach(cleanup);

function fill(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe('the login screen', () => {
  it('has the labelled fields, the device name prefilled and a "Se connecter" button', () => {
    render(<LoginScreen onLogin={async () => undefined} />);
    expect(screen.getByRole('main')).toBeTruthy();
    expect((screen.getByLabelText('Adresse e-mail') as HTMLInputElement).type).toBe('email');
    expect((screen.getByLabelText('Mot de passe') as HTMLInputElement).type).toBe('password');
    expect((screen.getByLabelText('Nom de cet appareil') as HTMLInputElement).value).toBe('Tablette');
    expect(screen.getByRole('button', { name: 'Se connecter' })).toBeTruthy();
  });

  it('sends what the aidant typed', async () => {
    const sent: Credentials[] = [];
    render(<LoginScreen onLogin={async (c) => void sent.push(c)} />);
    fill('Adresse e-mail', 'claire@nerac.test');
    fill('Mot de passe', 'cheval agrafe');
    fill('Nom de cet appareil', 'Tablette de l’accueil');
    fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    await waitFor(() =>
      expect(sent).toEqual([{ email: 'claire@nerac.test', password: 'cheval agrafe', deviceName: 'Tablette de l’accueil' }]),
    );
  });

  it('asks for what is missing before calling the server', async () => {
    const sent: Credentials[] = [];
    render(<LoginScreen onLogin={async (c) => void sent.push(c)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(screen.getByRole('alert').textContent).toBe('Indiquez votre adresse e-mail.');
    expect(document.activeElement).toBe(screen.getByLabelText('Adresse e-mail'));
    fill('Adresse e-mail', 'claire@nerac.test');
    fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(screen.getByRole('alert').textContent).toBe('Indiquez votre mot de passe.');
    expect(sent).toEqual([]);
  });

  it.each([['Adresse e-mail ou mot de passe incorrect.'], [OFFLINE_LOGIN_MESSAGE]])(
    'shows the failure "%s" and lets the aidant try again',
    async (message) => {
      render(<LoginScreen onLogin={() => Promise.reject(new Error(message))} />);
      fill('Adresse e-mail', 'claire@nerac.test');
      fill('Mot de passe', 'x');
      fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
      await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(message));
      expect(screen.getByRole('button', { name: 'Se connecter' }).getAttribute('aria-disabled')).toBe('false');
    },
  );
});

describe('the login gate', () => {
  const answer = testLogin('structure-nerac');
  const loginAnswer = () =>
    Promise.resolve(new Response(JSON.stringify(answer), { status: 200, headers: { 'Content-Type': 'application/json' } }));

  it('shows the app once the login succeeds', async () => {
    const db = await openClientDb();
    const session = await SessionStore.load(db, { baseUrl: '', fetch: loginAnswer });
    render(
      <SessionGate session={session}>
        <p>Bienvenue dans Déclic</p>
      </SessionGate>,
    );
    expect(screen.queryByText('Bienvenue dans Déclic')).toBeNull();
    // The login screen comes in its own chunk (a device already signed in never loads it).
    await screen.findByLabelText('Adresse e-mail');
    fill('Adresse e-mail', 'claire@nerac.test');
    fill('Mot de passe', 'x');
    fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    await waitFor(() => expect(screen.getByText('Bienvenue dans Déclic')).toBeTruthy());
    db.close();
  });

  it('tells a revoked device why it must log in again', async () => {
    const db = await openClientDb();
    const session = await SessionStore.load(db, { baseUrl: '', fetch: loginAnswer });
    await act(() => session.login({ email: 'claire@nerac.test', password: 'x', deviceName: '' }));
    await stopSession(db, 'revoked', 'Cet appareil a été révoqué par votre structure. Il ne peut plus synchroniser.');
    const reopened = await SessionStore.load(db, { baseUrl: '', fetch: loginAnswer });
    render(
      <SessionGate session={reopened}>
        <p>Bienvenue dans Déclic</p>
      </SessionGate>,
    );
    const notice = await screen.findByText('Cet appareil a été révoqué par votre structure. Il ne peut plus synchroniser.');
    expect(notice.getAttribute('role')).toBe('alert');
    expect(screen.queryByText('Bienvenue dans Déclic')).toBeNull();
    expect((screen.getByLabelText('Adresse e-mail') as HTMLInputElement).value).toBe(answer.aidant.email);
    db.close();
  });
});

describe('the accessibility statement', () => {
  it('is reachable from the login screen, before any login, and leads back to it', async () => {
    const db = await openClientDb();
    const session = await SessionStore.load(db, { baseUrl: '', fetch: () => Promise.reject(new TypeError('offline')) });
    navigate('/');
    render(
      <SessionGate session={session} publicPage={publicPage}>
        <p>Bienvenue dans Déclic</p>
      </SessionGate>,
    );
    fireEvent.click(await screen.findByRole('link', { name: 'Déclaration d’accessibilité' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Déclaration d’accessibilité' })).toBeTruthy();
    for (const section of ['État de conformité', 'Contenus non accessibles', 'Retour d’information et contact', 'Voies de recours'])
      expect(screen.getByRole('heading', { level: 2, name: section })).toBeTruthy();
    expect(screen.getByText('non conforme').closest('p')?.textContent).toContain('RGAA), version 4.1');
    fireEvent.click(screen.getByRole('link', { name: 'Retour à la connexion' }));
    expect(await screen.findByLabelText('Adresse e-mail')).toBeTruthy();
    db.close();
  });
});
