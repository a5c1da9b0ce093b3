// Réglages tell which content the tablet uses, how recent its facts are, and how an update goes.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentVersion } from '../../src/app/catalogue/ContentVersion';
import { setContentState, setUpdateChecker, setUpdateState } from '../../src/app/catalogue/content-store';
import { buildPackIndex } from '../../src/app/catalogue/search-documents';
import { fixturePack } from '../fixtures/content-pack-fixture';

const pack = fixturePack();
beforeEach(() => setContentState({ status: 'ready', pack, index: buildPackIndex(pack), update: { phase: 'idle' } }));
afterEach(() => {
  cleanup();
  setUpdateChecker(undefined);
});

const fact = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

describe('the content version in Réglages', () => {
  it('shows the version, the newest "checked on" date and what the pack holds', () => {
    render(<ContentVersion />);
    expect(fact('Version du contenu')).toBe('2026-02-03-fixture1');
    expect(fact('Informations vérifiées jusqu’au')).toBe('3 février 2026');
    expect(fact('Catalogue')).toBe('12 démarches, 3 guides, 3 partenaires');
  });

  it('shows a progress bar while a new pack downloads, then the new version', () => {
    render(<ContentVersion />);
    act(() => setUpdateState({ phase: 'downloading', received: 30 * 1024, total: 120 * 1024 }));
    const bar = screen.getByRole('progressbar', { name: 'Téléchargement du nouveau contenu' });
    expect(bar.getAttribute('value')).toBe(String(30 * 1024));
    expect(bar.getAttribute('max')).toBe(String(120 * 1024));
    expect(screen.getByText('30 Ko sur 120 Ko')).toBeTruthy();
    act(() =>
      setContentState({
        status: 'ready',
        pack: { ...pack, version: '2026-03-01-fixture2' },
        index: buildPackIndex(pack),
        update: { phase: 'updated', at: Date.now() },
      }),
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(fact('Version du contenu')).toBe('2026-03-01-fixture2');
    expect(screen.getByText(/^Nouveau contenu installé à/)).toBeTruthy();
  });

  it('shows an indeterminate bar and the bytes received when the size is unknown', () => {
    render(<ContentVersion />);
    act(() => setUpdateState({ phase: 'downloading', received: 10 * 1024, total: undefined }));
    expect(screen.getByRole('progressbar').hasAttribute('value')).toBe(false);
    expect(screen.getByText('10 Ko reçus')).toBeTruthy();
  });

  it('says why an update failed, and that the current content stays', () => {
    render(<ContentVersion />);
    act(() =>
      setUpdateState({
        phase: 'failed',
        at: Date.now(),
        message: 'Le téléchargement du contenu a été interrompu. Le contenu actuel reste utilisé.',
      }),
    );
    expect(screen.getByText(/a été interrompu. Le contenu actuel reste utilisé/)).toBeTruthy();
    expect(fact('Version du contenu')).toBe('2026-02-03-fixture1');
  });

  it('checks for new content on demand', () => {
    const check = vi.fn();
    setUpdateChecker(check);
    render(<ContentVersion />);
    fireEvent.click(screen.getByRole('button', { name: 'Chercher un nouveau contenu' }));
    expect(check).toHaveBeenCalledOnce();
  });
});
