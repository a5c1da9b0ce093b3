// How views read the tablet's database: a read is shown unless a later one already is, never one made for another record,
// again after a local write and after a sync stores pulled ops, and a failed read is said in French.
import { act, cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeclicDatabase } from '../../src/app/db/database';
import { AppContext } from '../../src/app/session/app-context';
import type { AppServices } from '../../src/app/session/app-services';
import { useDbQuery } from '../../src/app/ui/use-db-query';
import { personTablet, renderWith } from '../fixtures/person-views';

let db: DeclicDatabase | undefined;
afterEach(() => {
  cleanup();
  db?.close();
  db = undefined;
});

/** Reads whose answers the test gives, in the order it chooses. */
function controlledReads() {
  const waiting: { id: string; answer: (value: string) => void; fail: (error: Error) => void }[] = [];
  const load = (id: string) => () =>
    new Promise<string>((answer, fail) => {
      waiting.push({ id, answer, fail });
    });
  const next = (id: string) => {
    const index = waiting.findIndex((read) => read.id === id);
    if (index < 0) throw new Error(`no read of ${id} is waiting`);
    return waiting.splice(index, 1)[0]!;
  };
  return { load, next, count: () => waiting.length };
}

function Shown({ id, load }: { id: string; load: (id: string) => (db: DeclicDatabase) => Promise<string> }) {
  const state = useDbQuery(load(id), [id]);
  return (
    <p>
      {state.problem ? `problème : ${state.problem} / ` : ''}
      {state.data ?? 'Chargement…'}
    </p>
  );
}

async function tablet(): Promise<AppServices> {
  const opened = await personTablet();
  db = opened.db;
  return opened.services;
}

describe('useDbQuery', () => {
  it('never shows a result read for another record, nor one overtaken by a later read', async () => {
    const services = await tablet();
    const reads = controlledReads();
    const { rerender } = renderWith(services, <Shown id="A" load={reads.load} />);
    const show = (id: string) =>
      rerender(<AppContext.Provider value={services}>{<Shown id={id} load={reads.load} />}</AppContext.Provider>);
    await act(async () => reads.next('A').answer('Dossier A'));
    expect(screen.getByText('Dossier A')).toBeTruthy();

    show('B');
    expect(screen.getByText('Chargement…')).toBeTruthy();
    // A local write starts a second read of B; the first one answers last, with older data.
    act(() => services.db.notifyLocalWrite());
    const [first, second] = [reads.next('B'), reads.next('B')];
    await act(async () => second.answer('Dossier B à jour'));
    await act(async () => first.answer('Dossier B ancien'));
    expect(screen.getByText('Dossier B à jour')).toBeTruthy();
  });

  it('shows a read as soon as it ends while later ones still run, as when a sync stores page after page', async () => {
    const services = await tablet();
    const reads = controlledReads();
    renderWith(services, <Shown id="A" load={reads.load} />);
    act(() => services.syncStatus.update({ progress: { pulled: 500, more: true } }));
    await act(async () => reads.next('A').answer('Dossier A'));
    expect(screen.getByText('Dossier A')).toBeTruthy();
    act(() => services.syncStatus.update({ progress: { pulled: 1000, more: true } }));
    await act(async () => reads.next('A').answer('Dossier A, page 1 reçue'));
    expect(screen.getByText('Dossier A, page 1 reçue')).toBeTruthy();
    await act(async () => reads.next('A').answer('Dossier A, page 2 reçue'));
    expect(screen.getByText('Dossier A, page 2 reçue')).toBeTruthy();
  });

  it('keeps saying the latest read failed when an older one ends after it', async () => {
    const services = await tablet();
    const reads = controlledReads();
    renderWith(services, <Shown id="A" load={reads.load} />);
    act(() => services.db.notifyLocalWrite());
    const [older, latest] = [reads.next('A'), reads.next('A')];
    const quiet = console.error;
    console.error = () => undefined;
    try {
      await act(async () => latest.fail(new Error('disk')));
    } finally {
      console.error = quiet;
    }
    await act(async () => older.answer('Dossier A ancien'));
    expect(screen.getByText(/problème : Les données de la tablette n’ont pas pu être lues/)).toBeTruthy();
    expect(screen.queryByText(/Dossier A ancien/)).toBeNull();
  });

  it('reads again when a sync stores pulled ops or ends', async () => {
    const services = await tablet();
    const reads = controlledReads();
    renderWith(services, <Shown id="A" load={reads.load} />);
    await act(async () => reads.next('A').answer('avant'));
    act(() => services.syncStatus.update({ progress: { pulled: 500, more: true } }));
    await act(async () => reads.next('A').answer('page 1 reçue'));
    expect(screen.getByText('page 1 reçue')).toBeTruthy();
    act(() => services.syncStatus.update({ progress: null, lastSuccessAt: Date.now() }));
    await act(async () => reads.next('A').answer('synchronisé'));
    expect(screen.getByText('synchronisé')).toBeTruthy();
    expect(reads.count()).toBe(0);
  });

  it('says in French when the data cannot be read, and keeps what was shown', async () => {
    const services = await tablet();
    const reads = controlledReads();
    renderWith(services, <Shown id="A" load={reads.load} />);
    await act(async () => reads.next('A').answer('Dossier A'));
    act(() => services.db.notifyLocalWrite());
    const quiet = console.error;
    console.error = () => undefined;
    try {
      await act(async () => reads.next('A').fail(new Error('disk')));
    } finally {
      console.error = quiet;
    }
    expect(screen.getByText(/problème : Les données de la tablette n’ont pas pu être lues\..* \/ Dossier A/)).toBeTruthy();
  });
});
