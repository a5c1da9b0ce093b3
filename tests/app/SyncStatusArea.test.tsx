// The sync status in the header: plain French, a progress bar during a long sync, a button, a quiet live region.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SyncStatusStore } from '../../src/app/sync/sync-status';
import { SyncStatusArea } from '../../src/app/ui/SyncStatusArea';

const NOW = Date.parse('2026-03-10T09:30:00Z');
afterEach(cleanup);

function renderArea(initial: ConstructorParameters<typeof SyncStatusStore>[0] = {}) {
  const store = new SyncStatusStore(initial);
  const asked: number[] = [];
  render(<SyncStatusArea status={store} onSyncNow={async () => void asked.push(1)} now={() => NOW} />);
  const liveRegion = () => screen.getByRole('status');
  return { store, asked, liveRegion };
}

describe('the sync status area', () => {
  it('says plainly that the tablet never synced and has nothing pending', () => {
    renderArea();
    expect(screen.getByRole('region', { name: 'Synchronisation' })).toBeTruthy();
    expect(screen.getByText('Jamais synchronisé')).toBeTruthy();
    expect(screen.getByText('Aucune modification en attente')).toBeTruthy();
  });

  it('says when it last synced and how many changes wait', () => {
    const { store } = renderArea({ lastSuccessAt: NOW - 3 * 60_000 - 5_000, pending: 4 });
    expect(screen.getByText('Synchronisé il y a 3 min')).toBeTruthy();
    expect(screen.getByText('4 modifications en attente')).toBeTruthy();
    act(() => store.update({ pending: 1 }));
    expect(screen.getByText('1 modification en attente')).toBeTruthy();
  });

  it('says how many changes the server refused and where to see them, apart from those waiting', () => {
    const { store } = renderArea({ lastSuccessAt: NOW, pending: 0 });
    expect(screen.queryByText(/refusée/)).toBeNull();
    act(() => store.update({ refused: 2 }));
    expect(screen.getByText('Aucune modification en attente')).toBeTruthy();
    expect(screen.getByText('2 modifications refusées par le serveur : voir Réglages')).toBeTruthy();
  });

  it('shows a labelled progress bar while a long first sync pulls page after page', () => {
    const { store } = renderArea();
    act(() => store.update({ running: true, progress: { pulled: 1000, more: true } }));
    const bar = screen.getByRole('progressbar', { name: 'Synchronisation en cours : 1\u202f000 éléments reçus' });
    expect(bar.tagName).toBe('PROGRESS');
    act(() => store.update({ running: false, progress: null, lastSuccessAt: NOW }));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByText('Synchronisé à l’instant')).toBeTruthy();
  });

  it('shows the error in French and announces it once', () => {
    const { store, liveRegion } = renderArea();
    expect(liveRegion().getAttribute('aria-live')).toBe('polite');
    act(() => store.update({ running: true }));
    const message = 'Cet appareil a été révoqué par votre structure. Il ne peut plus synchroniser.';
    act(() => store.update({ running: false, error: { kind: 'revoked', message } }));
    expect(liveRegion().textContent).toBe(message);
    expect(screen.getAllByText(message)).toHaveLength(2);
  });

  it('does not chatter: background syncs and pending counts are not announced', () => {
    const { store, liveRegion } = renderArea();
    act(() => store.update({ running: true }));
    act(() => store.update({ running: false, lastSuccessAt: NOW }));
    act(() => store.update({ pending: 3 }));
    expect(liveRegion().textContent).toBe('');
  });

  it('syncs on demand with a real button, and announces the end of that sync', async () => {
    const { store, asked, liveRegion } = renderArea();
    const button = screen.getByRole('button', { name: 'Synchroniser' });
    expect(button.getAttribute('type')).toBe('button');
    expect(button.className).toContain('button');
    fireEvent.click(button);
    expect(asked).toHaveLength(1);
    act(() => store.update({ running: true }));
    act(() => store.update({ running: false, lastSuccessAt: NOW }));
    expect(liveRegion().textContent).toBe('Synchronisation terminée.');
  });
});
