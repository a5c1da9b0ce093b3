// The coordinator's dashboard on the tablet, offline: key figures, charts with their tables, the period
// filter and the CSV export; an aidant is told the dashboard is not for them.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { logAtelier, logSession } from '../../src/app/db/accompagnements-repository';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { ActivityPage } from '../../src/app/features/activity/ActivityPage';
import { activityPaths } from '../../src/app/features/activity/routes';
import { navigate } from '../../src/app/ui/router';
import { contentIsReady, renderSection, stopSections, tabletOf } from '../fixtures/activity-app';

let db: DeclicDatabase;

/** The value of a key figure, by its words. */
const keyFigure = (label: string) =>
  within(screen.getByRole('list', { name: 'Chiffres clés' }))
    .getByText(label)
    .closest('li')
    ?.querySelector('.figure__value')?.textContent;

async function fieldWork(tablet: DeclicDatabase): Promise<void> {
  const people = [];
  for (let i = 0; i < 7; i++)
    people.push(await createBeneficiary(tablet, { firstName: `P${i}`, commune: i < 6 ? 'Nérac' : 'Bouglon', birthYear: 1950 }));
  for (const [i, person] of people.entries()) {
    await logSession(tablet, {
      beneficiaryId: person,
      date: `2025-0${1 + (i % 3)}-10`,
      durationMinutes: 60,
      place: 'mairie',
      demarcheIds: ['rsa'],
      operatorIds: ['caf'],
    });
  }
  await logAtelier(tablet, {
    date: '2025-02-20',
    durationMinutes: 90,
    place: 'france-services',
    participantIds: people.slice(0, 4),
    demarcheIds: [],
    operatorIds: [],
  });
}

beforeEach(async () => {
  contentIsReady();
});
afterEach(async () => {
  cleanup();
  await stopSections();
  db.close();
  navigate('/');
  vi.restoreAllMocks();
});

describe('the dashboard of a coordinator', () => {
  beforeEach(async () => {
    db = await tabletOf('coordinateur');
    await fieldWork(db);
    await renderSection(ActivityPage, activityPaths.stats, db);
    await screen.findByRole('list', { name: 'Chiffres clés' });
  });

  it('shows the structure’s key figures for the last twelve months, from the tablet alone', () => {
    expect(keyFigure('personnes accompagnées')).toBe('7');
    expect(keyFigure('séances')).toBe('8');
    expect(keyFigure('d’accompagnement')).toBe('8,5 h');
  });

  it('gives every chart its figures as a table for screen readers, shown to all with "Voir le tableau"', () => {
    const figure = screen.getByRole('figure', { name: 'Séances et personnes par mois' });
    const table = within(figure).getByRole('table', { hidden: true });
    expect(table.closest('.visually-hidden')).not.toBeNull();
    expect(within(table).getByRole('row', { name: /février 2025/ }).textContent).toBe('février 2025533,5');
    fireEvent.click(within(figure).getByRole('button', { name: 'Voir le tableau' }));
    expect(table.closest('.visually-hidden')).toBeNull();
    expect(within(figure).getByRole('button', { name: 'Masquer le tableau' }).getAttribute('aria-expanded')).toBe('true');
    expect(figure.querySelector('svg.chart')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('writes the months under the line chart as a French calendar abbreviates them', () => {
    const axis = [...document.querySelectorAll('.chart__axis')].map((text) => text.textContent ?? '');
    expect(axis).toEqual(expect.arrayContaining(['juin 24', 'août 24', 'févr. 25']));
    expect(axis.filter((label) => /^\p{L}+\.? \d\d$/u.test(label)).length).toBeGreaterThanOrEqual(6);
  });

  it('draws a bar per démarche with its figure written beside it', () => {
    const figure = screen.getByRole('figure', { name: 'Par démarche (séances)' });
    expect([...figure.querySelectorAll('svg .chart__value')].map((t) => t.textContent)).toEqual(['7']);
    expect(figure.querySelector('svg .chart__label')?.textContent).toBe('Demander le RSA');
  });

  it('recomputes for another period', async () => {
    fireEvent.change(screen.getByLabelText('Du'), { target: { value: '2025-03-01' } });
    await waitFor(() => expect(keyFigure('séances')).toBe('2'));
  });

  it('exports a CSV of anonymous figures that a French spreadsheet opens', async () => {
    let saved: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:stats';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    fireEvent.click(screen.getByRole('button', { name: '12 derniers mois' }));
    await waitFor(() => expect(keyFigure('séances')).toBe('8'));
    fireEvent.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
    expect(downloads).toEqual(['statistiques-declic-2024-04-01-au-2025-03-14.csv']);
    expect(saved?.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await saved!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('"Périmètre";"Mairie de Nérac"\r\n');
    expect(text).toContain('"Bouglon";"< 5";"masqué"\r\n');
    expect(text).not.toMatch(/P[0-6]|1950/);
  });
});

describe('the dashboard for an aidant', () => {
  it('says it is for coordinators, and the Activité page does not offer it', async () => {
    db = await tabletOf('aidant');
    await renderSection(ActivityPage, activityPaths.stats, db);
    expect(screen.getByText(/réservé aux coordinateurs/)).toBeTruthy();
    cleanup();
    await renderSection(ActivityPage, activityPaths.home, db);
    expect(screen.queryByRole('link', { name: /Statistiques/ })).toBeNull();
    expect(screen.getByRole('link', { name: /Pass numériques/ })).toBeTruthy();
  });
});

describe('the dashboard of an admin, for the territory', () => {
  it('shows a progress bar while the server computes, then what the server answers', async () => {
    db = await tabletOf('admin');
    let answer: (response: Response) => void = () => undefined;
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(() => new Promise<Response>((resolve) => (answer = resolve)));
    await renderSection(ActivityPage, activityPaths.stats, db);
    fireEvent.click(await screen.findByRole('button', { name: /Tout le territoire/ }));
    const waiting = await screen.findByRole('status');
    expect(within(waiting).getByRole('progressbar', { name: 'Calcul des statistiques du territoire' })).toBeTruthy();
    expect(waiting.textContent).toContain('Le serveur calcule les chiffres de toutes les structures');
    expect(String(fetchSpy.mock.calls[0]?.[0])).toContain('/api/v1/stats?');
    answer(new Response(JSON.stringify({ error: { code: 'acces_refuse', message: 'Accès refusé pour ce compte.' } }), { status: 403 }));
    expect((await screen.findByRole('alert')).textContent).toBe('Accès refusé pour ce compte.');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
