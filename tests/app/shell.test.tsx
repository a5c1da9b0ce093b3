// The app shell in a DOM: navigation and focus, the update banner, the storage warning, the startup error screen.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { DeclicDatabase } from '../../src/app/db/database';
import { DatabaseOpenError, openDatabase } from '../../src/app/db/open-database';
import { showStorageWarningAgain, StorageWarning } from '../../src/app/pwa/StorageWarning';
import { UpdateBanner } from '../../src/app/pwa/UpdateBanner';
import { requestPersistentStorage } from '../../src/app/pwa/storage-persistence';
import { AppContext } from '../../src/app/session/app-context';
import { startServices } from '../../src/app/session/app-services';
import { StartupError } from '../../src/app/ui/StartupError';
import { openClientDb } from '../fixtures/client-db';
import { sectionLabels } from '../fixtures/page-models/app-page';

// The page's only link to the service worker, replaced by a worker whose update the test announces.
const worker = vi.hoisted(() => ({ ready: false, listeners: new Set<() => void>(), applyUpdate: vi.fn() }));
vi.mock('../../src/app/pwa/service-worker', () => ({
  registerServiceWorker: () => undefined,
  isUpdateReady: () => worker.ready,
  onUpdateReady: (listener: () => void) => {
    worker.listeners.add(listener);
    return () => worker.listeners.delete(listener);
  },
  applyUpdate: worker.applyUpdate,
}));

function announceUpdate() {
  act(() => {
    worker.ready = true;
    worker.listeners.forEach((listener) => listener());
  });
}

beforeEach(() => {
  worker.ready = false;
  worker.listeners.clear();
  worker.applyUpdate.mockClear();
});
afterEach(cleanup);

describe('the navigation', () => {
  let db: DeclicDatabase | undefined;
  afterEach(() => db?.close());

  async function renderShell(path: string) {
    window.history.replaceState(null, '', path);
    db = await openClientDb();
    const offline = { baseUrl: '', fetch: () => Promise.reject(new TypeError('Failed to fetch')) };
    const services = await startServices(db, offline);
    render(
      <AppContext.Provider value={services}>
        <App />
      </AppContext.Provider>,
    );
  }
  const link = (label: string) => within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: label });

  it('marks the section of the address as current, and leaves focus alone on the first screen', async () => {
    await renderShell('/activite');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Activité');
    expect(link('Activité').getAttribute('aria-current')).toBe('page');
    expect(sectionLabels.filter((label) => link(label).hasAttribute('aria-current'))).toEqual(['Activité']);
    expect(document.activeElement).toBe(document.body);
  });

  it('draws the navigation and the lock button with SVG icons, not emoji (boxes where no emoji font is installed)', async () => {
    await renderShell('/activite');
    const pictographs = /\p{Extended_Pictographic}/u;
    for (const label of sectionLabels) {
      expect(link(label).textContent).toBe(label);
      expect(link(label).querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    }
    const lock = screen.getByRole('button', { name: 'Verrouiller' });
    expect(pictographs.test(lock.textContent ?? '')).toBe(false);
    expect(lock.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
  });

  it.each(sectionLabels.filter((label) => label !== 'Bénéficiaires'))(
    'goes to %s, marks it current and moves focus to its title',
    async (label) => {
      await renderShell('/beneficiaires');
      fireEvent.click(link(label), { button: 0 });
      await screen.findByRole('heading', { level: 1, name: label });
      expect(link(label).getAttribute('aria-current')).toBe('page');
      expect(link('Bénéficiaires').hasAttribute('aria-current')).toBe(false);
      // The title on screen once the page is drawn (a page done loading draws its own, which then takes the focus).
      await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: label })));
      expect(window.location.pathname).toBe(link(label).getAttribute('href'));
    },
  );
});

describe('the update banner', () => {
  it('stays hidden while no new version waits', () => {
    render(<UpdateBanner />);
    expect(screen.queryByText(/nouvelle version/)).toBeNull();
  });

  it('appears when a new version is ready, and does not update by itself', () => {
    render(<UpdateBanner />);
    announceUpdate();
    expect(screen.getByText('Une nouvelle version est disponible.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mettre à jour' })).toBeTruthy();
    expect(worker.applyUpdate).not.toHaveBeenCalled();
  });

  it('shows at once a version that was already waiting when the app started', () => {
    worker.ready = true;
    render(<UpdateBanner />);
    expect(screen.getByRole('button', { name: 'Mettre à jour' })).toBeTruthy();
  });

  it('applies the update once, when the aidant clicks "Mettre à jour"', () => {
    render(<UpdateBanner />);
    announceUpdate();
    fireEvent.click(screen.getByRole('button', { name: 'Mettre à jour' }));
    expect(worker.applyUpdate).toHaveBeenCalledTimes(1);
    const button = screen.getByRole('button', { name: 'Mise à jour…' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
  });
});

describe('the storage warning', () => {
  const storage = (persisted: boolean, granted: boolean | Error) =>
    ({
      persisted: async () => persisted,
      persist: async () => {
        if (granted instanceof Error) throw granted;
        return granted;
      },
    }) as unknown as StorageManager;

  it.each([
    ['the browser refuses persistent storage', storage(false, false)],
    ['asking fails', storage(false, new Error('SecurityError'))],
    ['the browser has no storage manager', undefined],
    ['the storage manager cannot persist', {} as StorageManager],
  ])('warns that data may be cleared when %s', async (_case, manager) => {
    render(<StorageWarning request={() => requestPersistentStorage(manager)} />);
    expect(await screen.findByText(/Stockage non garanti/)).toBeTruthy();
  });

  it('is put away on « J’ai compris » until the app opens again', async () => {
    const refused = () => requestPersistentStorage(storage(false, false));
    render(<StorageWarning request={refused} />);
    fireEvent.click(await screen.findByRole('button', { name: 'J’ai compris' }));
    expect(screen.queryByText(/Stockage non garanti/)).toBeNull();
    cleanup();
    render(<StorageWarning request={refused} />);
    await new Promise((settled) => setTimeout(settled, 10));
    expect(screen.queryByText(/Stockage non garanti/)).toBeNull();
    showStorageWarningAgain();
    cleanup();
    render(<StorageWarning request={refused} />);
    expect(await screen.findByText(/Stockage non garanti/)).toBeTruthy();
  });

  it.each([
    ['storage is already persistent', storage(true, false)],
    ['the browser grants persistence', storage(false, true)],
  ])('says nothing when %s', async (_case, manager) => {
    let asked = false;
    render(<StorageWarning request={() => requestPersistentStorage(manager).finally(() => (asked = true))} />);
    await waitFor(() => expect(asked).toBe(true));
    expect(screen.queryByText(/Stockage non garanti/)).toBeNull();
  });
});

describe('the startup error screen', () => {
  /** Opens the database the way main.tsx does, with open() failing with `error`, and shows the screen. */
  async function startWith(error: unknown): Promise<DatabaseOpenError> {
    const db = new DeclicDatabase(`startup-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    vi.spyOn(db, 'open').mockRejectedValue(error);
    const failure = await openDatabase(db).then(
      () => expect.unreachable('the database must not open'),
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(DatabaseOpenError);
    render(<StartupError message={(failure as DatabaseOpenError).message} />);
    return failure as DatabaseOpenError;
  }

  it.each([
    [{ name: 'MissingAPIError' }, 'unavailable', 'navigation privée ?'],
    [{ name: 'OpenFailedError', inner: { name: 'InvalidStateError' } }, 'unavailable', 'Ouvrez Déclic dans une fenêtre normale.'],
    [{ name: 'QuotaExceededError' }, 'quota', 'La mémoire de l’appareil est pleine.'],
    [{ name: 'OpenFailedError', inner: { name: 'QuotaExceededError' } }, 'quota', 'Libérez de la place'],
    [{ name: 'VersionError' }, 'version', 'une version plus récente de Déclic'],
    [{ name: 'OpenFailedError', inner: { name: 'VersionError' } }, 'version', 'Rechargez la page pour obtenir la dernière version.'],
    [{ name: 'DatabaseClosedError' }, 'blocked', 'Fermez les autres onglets de Déclic'],
    [{ name: 'OpenFailedError', inner: { name: 'BlockedError' } }, 'blocked', 'ouvert dans un autre onglet'],
    [{ name: 'UnknownError' }, 'unknown', 'contactez votre coordinateur'],
    [null, 'unknown', 'Rechargez la page'],
  ])('explains %j in plain French (%s)', async (error, reason, words) => {
    const failure = await startWith(error);
    expect(failure.reason).toBe(reason);
    expect(screen.getByRole('heading', { name: 'Déclic ne peut pas s’ouvrir' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent?.replace(/'/g, '’')).toContain(words);
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
  });

  it('explains a browser without IndexedDB (real Dexie, no fake)', async () => {
    expect('indexedDB' in globalThis, 'this DOM must lack IndexedDB for the case to be real').toBe(false);
    const failure = await openDatabase(new DeclicDatabase(`startup-${Math.random()}`)).catch((e: unknown) => e);
    expect((failure as DatabaseOpenError).reason).toBe('unavailable');
  });
});
