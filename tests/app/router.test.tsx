// The router in a DOM: the page of each address from the one route table, the title of the new page
// focused after a move (also once a page done loading replaces « Chargement… »), the first screen left
// alone, the "introuvable" pages, and a part of the app that cannot load saying so in French.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { render as preactRender, type JSX } from 'preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentState, setContentState } from '../../src/app/catalogue/content-store';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { paths } from '../../src/app/routes/paths';
import { chunk } from '../../src/app/ui/chunk';
import { LazyScreen } from '../../src/app/ui/LazyScreen';
import { Page } from '../../src/app/ui/PagePlaceholder';
import { navigate } from '../../src/app/ui/router';
import { personTablet, renderSection } from '../fixtures/person-views';

let db: DeclicDatabase | undefined;
afterEach(async () => {
  cleanup();
  await new Promise((settled) => setTimeout(settled, 20));
  db?.close();
  db = undefined;
});

async function tabletWithYvette() {
  const tablet = await personTablet('2026-03-10');
  db = tablet.db;
  const yvette = await createBeneficiary(db, { firstName: 'Yvette', lastName: 'Martin', commune: 'Nérac' });
  return { ...tablet, yvette };
}

const title = (name: string) => screen.findByRole('heading', { level: 1, name });

describe('moving between pages', () => {
  it('leaves the focus alone on the first screen, then focuses each new page’s title', async () => {
    const { services, yvette } = await tabletWithYvette();
    renderSection(services, paths.beneficiaries());
    await title('Bénéficiaires');
    await screen.findByRole('link', { name: /Yvette Martin/ });
    expect(document.activeElement).toBe(document.body);
    expect(document.title).toBe('Bénéficiaires — Déclic');

    // The file reads the tablet first (« Dossier », « Chargement… »): its named title takes the focus after.
    fireEvent.click(screen.getByRole('link', { name: /Yvette Martin/ }), { button: 0 });
    const named = await title('Yvette Martin');
    await waitFor(() => expect(document.activeElement).toBe(named));
    expect(window.location.pathname).toBe(paths.file({ id: yvette }));

    fireEvent.click(screen.getByRole('link', { name: 'Modifier le dossier' }), { button: 0 });
    const edit = await title('Modifier le dossier de Yvette Martin');
    await waitFor(() => expect(document.activeElement).toBe(edit));

    fireEvent.click(screen.getByRole('link', { name: '← Dossier de Yvette Martin' }), { button: 0 });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Yvette Martin' })));
  });

  it('gives the focus to the page that replaces « Chargement… » (the catalogue arriving)', async () => {
    const { services } = await tabletWithYvette();
    const ready = contentState();
    renderSection(services, paths.beneficiaries());
    await title('Bénéficiaires');
    act(() => setContentState({ status: 'loading', update: { phase: 'idle' } }));
    act(() => navigate(paths.guides()));
    const loading = await title('Guides');
    expect(screen.getByText('Chargement…')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(loading));
    act(() => setContentState(ready));
    await screen.findByRole('searchbox', { name: 'Chercher un guide' });
    const loaded = screen.getByRole('heading', { level: 1, name: 'Guides' });
    expect(loaded).not.toBe(loading);
    await waitFor(() => expect(document.activeElement).toBe(loaded));
  });

  it('moves the focus to a new title when a page done loading is named otherwise, so that it is announced', async () => {
    // A page reading its data shows a generic title (« Suivi de démarche »), then the real one. Had the same
    // heading only changed its text, the focus would stay on it and a screen reader would say nothing.
    let ready: (() => void) | undefined;
    function SheetPage() {
      const [loaded, setLoaded] = useState(false);
      ready = () => setLoaded(true);
      return loaded ? (
        <Page title="Pièces à apporter">
          <p>Liste</p>
        </Page>
      ) : (
        <Page title="Suivi de démarche">
          <p aria-busy="true">Chargement…</p>
        </Page>
      );
    }
    render(<SheetPage />);
    act(() => navigate('/suivis/exemple/pieces'));
    const loading = await title('Suivi de démarche');
    await waitFor(() => expect(document.activeElement).toBe(loading));
    act(() => ready!());
    const loaded = await title('Pièces à apporter');
    expect(loaded).not.toBe(loading);
    await waitFor(() => expect(document.activeElement).toBe(loaded));
  });

  it('leaves the focus in the field the aidant types in when the page’s title changes (a colleague’s edit synced)', async () => {
    let rename: ((name: string) => void) | undefined;
    function EditPage() {
      const [name, setName] = useState('Yvette Martin');
      rename = setName;
      return (
        <Page title={`Modifier le dossier de ${name}`}>
          <label>
            Notes
            <textarea />
          </label>
        </Page>
      );
    }
    render(<EditPage />);
    act(() => navigate('/beneficiaires/exemple/modifier'));
    const before = await title('Modifier le dossier de Yvette Martin');
    await waitFor(() => expect(document.activeElement).toBe(before));
    const notes = screen.getByLabelText('Notes');
    notes.focus();
    act(() => rename!('Yvette Martin-Lafon'));
    await title('Modifier le dossier de Yvette Martin-Lafon');
    await new Promise((frame) => setTimeout(frame, 50));
    expect(document.activeElement).toBe(notes);
  });

  it('goes back with the browser’s back button to the page before, its title focused', async () => {
    const { services, yvette } = await tabletWithYvette();
    renderSection(services, paths.file({ id: yvette }));
    await title('Yvette Martin');
    navigate(paths.personData({ id: yvette }));
    await title('Données de Yvette Martin');
    window.history.back();
    const back = await title('Yvette Martin');
    await waitFor(() => expect(document.activeElement).toBe(back));
  });
});

describe('an address that names nothing', () => {
  it.each([
    ['/beneficiaires/yvette-martin', 'Dossier introuvable'],
    [`/beneficiaires/${'0190a000-0000-7000-8000-0000000000ff'}`, 'Dossier introuvable'],
    ['/guides/guide-retire', 'Guide introuvable'],
    ['/partenaires/partenaire-parti', 'Partenaire introuvable'],
    ['/activite/inconnue', 'Page introuvable'],
    ['/reglages/compte', 'Page introuvable'],
    ['/ailleurs', 'Page introuvable'],
  ])('%s shows « %s »', async (path, heading) => {
    const { services } = await tabletWithYvette();
    renderSection(services, path);
    await title(heading);
  });
});

describe('a part of the app in its own chunk', () => {
  it('is imported once, then shown at once', async () => {
    const importer = vi.fn(async () => ({ Hello: () => <p>Bonjour</p> }));
    const part = chunk(importer);
    render(
      <LazyScreen from={part} failure="Échec.">
        {({ Hello }) => <Hello />}
      </LazyScreen>,
    );
    expect(screen.getByText('Chargement…')).toBeTruthy();
    await screen.findByText('Bonjour');
    cleanup();
    render(
      <LazyScreen from={part} failure="Échec.">
        {({ Hello }) => <Hello />}
      </LazyScreen>,
    );
    expect(screen.getByText('Bonjour')).toBeTruthy();
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('is shown when it arrives between the first drawing and its effect (preloaded, as the lock screens are at start)', async () => {
    // Preact runs effects after the paint: a preloaded import that settles in between must still be drawn. (Browser
    // tests once stayed on « Chargement… » for good after a reload: the effect saw the module and did nothing.)
    let settle: (module: { Hello: () => JSX.Element }) => void = () => undefined;
    const part = chunk(() => new Promise<{ Hello: () => JSX.Element }>((resolve) => (settle = resolve)));
    void part.load();
    const root = document.createElement('div');
    document.body.append(root);
    preactRender(
      <LazyScreen from={part} failure="Échec.">
        {({ Hello }) => <Hello />}
      </LazyScreen>,
      root,
    );
    expect(root.textContent).toBe('Chargement…');
    settle({ Hello: () => <p>Bonjour</p> });
    await part.load();
    expect(root.textContent).toBe('Chargement…');
    await waitFor(() => expect(root.textContent).toBe('Bonjour'));
    preactRender(null, root);
    root.remove();
  });

  it('says in French what could not be shown when its import fails (offline before the precache)', async () => {
    const part = chunk(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    render(
      <LazyScreen from={part} failure="L’écran de connexion n’a pas pu être chargé.">
        {() => <p>jamais</p>}
      </LazyScreen>,
    );
    expect((await screen.findByRole('alert')).textContent).toBe('L’écran de connexion n’a pas pu être chargé.');
  });
});
