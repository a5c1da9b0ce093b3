// The coordinator's dashboard on the tablet, offline: key figures, charts with their tables, the period
// filter and the CSV export; an aidant is told the dashboard is not for them; the admin's territory, small
// cells hidden. Charts are drawn at their box's width (ResizeObserver, a browser API, is played here).
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { logAtelier, logSession } from '../../src/app/db/accompagnements-repository';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { KeyFigures } from '../../src/app/features/activity/dashboard/KeyFigures';
import { paths } from '../../src/app/routes/paths';
import { navigate } from '../../src/app/ui/router';
import { computeStats } from '../../src/shared/stats/compute';
import type { StatsResponse } from '../../src/shared/stats/report-schema';
import { suppressSmallCells } from '../../src/shared/stats/suppression';
import { contentIsReady, renderSection, stopSections, tabletOf } from '../fixtures/activity-app';
import { emptyInput, session } from '../fixtures/activity-records';

let db: DeclicDatabase;

/** The value of a key figure, by its words. */
const keyFigure = (label: string) =>
  within(screen.getByRole('list', { name: 'Chiffres clés' }))
    .getByText(label)
    .closest('li')
    ?.querySelector('.figure__value')?.textContent;

/** Records the downloads the page offers: file names and the last file's content. */
function catchDownloads(): { names: string[]; file: () => Blob | undefined } {
  let saved: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    saved = blob as Blob;
    return 'blob:stats';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const names: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { names, file: () => saved };
}

/** The browser's ResizeObserver, as if every observed box were `width` CSS pixels wide. */
function boxesAreWide(width: number): void {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly report: (entries: { contentRect: { width: number } }[]) => void) {}
      observe() {
        this.report([{ contentRect: { width } }]);
      }
      disconnect() {}
    },
  );
}

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
  vi.unstubAllGlobals();
});

describe('the dashboard of a coordinator', () => {
  beforeEach(async () => {
    db = await tabletOf('coordinateur');
    await fieldWork(db);
    await renderSection(paths.stats(), db);
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
    expect(axis).toEqual(expect.arrayContaining(['avr. 24', 'juin 24', 'août 24', 'mars 25']));
    expect(axis.filter((label) => /^\p{L}+\.? \d\d$/u.test(label)).length).toBeGreaterThanOrEqual(5);
  });

  it('shows the structure’s figures whole, and says that only the export hides small cells', async () => {
    const communes = within(screen.getByRole('figure', { name: 'Par commune des personnes (personnes)' })).getByRole('table', {
      hidden: true,
    });
    expect(within(communes).getByRole('row', { name: /Bouglon/, hidden: true }).textContent).toBe('Bouglon11');
    const note = screen.getByRole('button', { name: 'Exporter en CSV' }).nextElementSibling?.textContent ?? '';
    expect(note).toBe(
      'Chiffres complets de votre structure : rien n’est masqué à l’écran. L’export CSV, lui, est anonyme : une ligne de moins de 5 personnes y est masquée.',
    );
    const downloads = catchDownloads();
    fireEvent.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
    const text = new TextDecoder().decode(await downloads.file()!.arrayBuffer());
    expect(text).toContain('"Bouglon";"< 5";"masqué"\r\n');
  });

  it.each([
    ['Du', '2025-04-01', 'Le début de la période doit précéder sa fin.'],
    ['Au', '', 'Indiquez le début et la fin de la période.'],
  ])('with %s = "%s", says why and shows no figures nor export until the period is right', async (field, value, message) => {
    fireEvent.change(screen.getByLabelText(field), { target: { value } });
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(screen.queryByRole('list', { name: 'Chiffres clés' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Exporter en CSV' })).toBeNull();
    expect(screen.queryByRole('figure')).toBeNull();
    expect(screen.getByLabelText(field).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('button', { name: '12 derniers mois' }).getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: '12 derniers mois' }));
    await waitFor(() => expect(keyFigure('séances')).toBe('8'));
    expect(screen.queryByRole('alert')).toBeNull();
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

  it('exports a CSV of anonymous figures that a French spreadsheet opens, named after the structure and the period', async () => {
    const downloads = catchDownloads();
    fireEvent.click(screen.getByRole('button', { name: '12 derniers mois' }));
    await waitFor(() => expect(keyFigure('séances')).toBe('8'));
    fireEvent.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
    expect(downloads.names).toEqual(['statistiques-declic-mairie-de-nerac-2024-04-01-au-2025-03-14.csv']);
    const saved = downloads.file();
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
    await renderSection(paths.stats(), db);
    expect(screen.getByText(/réservé aux coordinateurs/)).toBeTruthy();
    cleanup();
    await renderSection(paths.activity(), db);
    expect(screen.queryByRole('link', { name: /Statistiques/ })).toBeNull();
    expect(screen.getByRole('link', { name: /Pass numériques/ })).toBeTruthy();
  });
});

describe('the dashboard of an admin, for the territory', () => {
  it('shows a progress bar while the server computes, then what the server answers', async () => {
    db = await tabletOf('admin');
    let answer: (response: Response) => void = () => undefined;
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(() => new Promise<Response>((resolve) => (answer = resolve)));
    await renderSection(paths.stats(), db);
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

describe('the line chart on a tablet', () => {
  it.each([
    ['a 768 px tablet upright (one chart a row)', 702],
    ['a 1280 px tablet on its side (two charts a row)', 476],
  ])('on %s, labels months that fit without touching, the first and the last whole', async (_tablet, width) => {
    boxesAreWide(width);
    db = await tabletOf('coordinateur');
    await fieldWork(db);
    await renderSection(paths.stats(), db);
    const chart = (await screen.findByRole('figure', { name: 'Séances et personnes par mois' })).querySelector('svg.chart')!;
    // One SVG unit per CSS pixel: the style sheet's 13 px text stays 13 px on screen.
    expect(chart.getAttribute('viewBox')).toBe(`0 0 ${width} 260`);
    const labels = [...chart.querySelectorAll('text')].filter((text) => /^\p{L}+\.? \d\d$/u.test(text.textContent ?? ''));
    const xs = labels.map((text) => Number(text.getAttribute('x')));
    expect(labels[0]?.textContent).toBe('avr. 24');
    expect(labels.at(-1)?.textContent).toBe('mars 25');
    expect(labels.length).toBeGreaterThanOrEqual(4);
    // "févr. 26" is about 52 px wide at 13 px: centred labels at least 60 px apart never touch, nor get cut.
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(60);
    expect(xs[0]! - 30).toBeGreaterThanOrEqual(0);
    expect(xs.at(-1)! + 30).toBeLessThanOrEqual(width);
  });
});

describe('the territory’s figures, small cells hidden', () => {
  const structures = [
    { id: 's-layrac', name: 'Bureau de Layrac' },
    { id: 's-a', name: 'Mairie de Nérac' },
    { id: 's-b', name: 'CCAS de Bouglon' },
  ];

  /** The endpoint's answer: 21 people at Layrac (one in June), 3 at Nérac, 2 at Bouglon, small cells hidden. */
  function territoryAnswer(): StatsResponse {
    const input = emptyInput();
    const sessions = (count: number, structureId: string, date: string) =>
      Array.from({ length: count }, (_, i) => session(`${structureId}-${date}-${i}`, { structureId, date }));
    input.accompagnements.push(
      ...sessions(20, 's-layrac', '2025-03-10'),
      ...sessions(1, 's-layrac', '2024-06-05'),
      ...sessions(3, 's-a', '2025-03-11'),
      ...sessions(2, 's-b', '2025-03-12'),
    );
    const report = suppressSmallCells(computeStats(input, { from: '2024-04-01', to: '2025-03-14' }));
    return { scope: 'territory', structures, report };
  }

  beforeEach(async () => {
    db = await tabletOf('admin');
    vi.spyOn(globalThis, 'fetch').mockImplementation(() =>
      Promise.resolve(new Response(JSON.stringify(territoryAnswer()), { status: 200 })),
    );
    await renderSection(paths.stats(), db);
    fireEvent.click(await screen.findByRole('button', { name: /Tout le territoire/ }));
    await screen.findByRole('list', { name: 'Chiffres clés' });
  });

  it('lists hidden structures after the shown ones, by name, on screen and in the export named "territoire"', async () => {
    const figure = screen.getByRole('figure', { name: 'Par structure (séances)' });
    const names = within(figure)
      .getAllByRole('row', { hidden: true })
      .slice(1)
      .map((row) => row.querySelector('th')?.textContent);
    expect(names).toEqual(['Bureau de Layrac', 'CCAS de Bouglon', 'Mairie de Nérac']);
    expect(within(figure).getByText(/Les lignes masquées viennent à la fin, par ordre alphabétique/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Exporter en CSV' }).nextElementSibling?.textContent).toBe(
      'Données anonymes, à l’écran comme dans l’export CSV : une ligne de moins de 5 personnes est masquée.',
    );
    const downloads = catchDownloads();
    fireEvent.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
    expect(downloads.names).toEqual(['statistiques-declic-territoire-2024-04-01-au-2025-03-14.csv']);
    const text = new TextDecoder().decode(await downloads.file()!.arrayBuffer());
    expect(text).toContain(
      '"Bureau de Layrac";21;21;15,8\r\n"CCAS de Bouglon";"< 5";"masqué";"masqué"\r\n"Mairie de Nérac";"< 5";"masqué";"masqué"\r\n',
    );
  });

  it('breaks the line at a hidden month instead of drawing it at 0', () => {
    const figure = screen.getByRole('figure', { name: 'Séances et personnes par mois' });
    expect(within(figure).getByRole('row', { name: /juin 2024/, hidden: true }).textContent).toBe('juin 2024< 5masquémasqué');
    expect(figure.querySelectorAll('svg.chart circle.chart__marker')).toHaveLength(10);
    expect(figure.textContent).toContain('« < 5 » : moins de 5 personnes');
  });
});

describe('the key figures of a territory', () => {
  it('writes large figures as French does, thousands apart', () => {
    const totals = {
      ...computeStats(emptyInput(), { from: '2025-01-01', to: '2025-12-31' }).totals,
      people: 48_213,
      sessions: 1_000_000,
      ateliers: 1_250,
      atelierSeats: 9_870,
      staleOrientations: 2_345,
      trainedAidants: 1_100,
      modulesFinished: 3_300,
    };
    render(<KeyFigures totals={totals} />);
    expect(keyFigure('personnes accompagnées')).toBe('48\u202f213');
    expect(keyFigure('séances')).toBe('1\u202f000\u202f000');
    expect(
      screen
        .getByText(/^ateliers \(9\u202f870 places\)$/, { normalizer: (text) => text })
        .closest('li')
        ?.querySelector('.figure__value')?.textContent,
    ).toBe('1\u202f250');
    expect(screen.getByText(/dont 2\s345 sans nouvelles/)).toBeTruthy();
    expect(screen.getByText(/\(3\s300 modules « Se former » terminés\)/)).toBeTruthy();
  });
});
