// The partner directory, offline over the shipped content pack: search by words, filter by commune and
// by theme, and one page per partner with how to refer a person.
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeclicDatabase } from '../../src/app/db/database';
import { filterPartners, partnerThemes } from '../../src/app/catalogue/partner-filter';
import { navigate } from '../../src/app/ui/router';
import { contentIsReady, realContentPack, renderSection, stopSections, tabletOf } from '../fixtures/activity-app';

const pack = realContentPack();
const ids = (filter: Parameters<typeof filterPartners>[1]) =>
  filterPartners(pack, filter)
    .map((p) => p.id)
    .sort();
const none = { query: '', commune: '', theme: '' } as const;

describe('finding a partner', () => {
  it.each([
    ['mission locale', ['mission-locale-agenais', 'mission-locale-moyenne-garonne', 'mission-locale-villeneuvois']],
    ['ccas nerac', ['ccas-nerac']],
    ['CARSAT', ['carsat-aquitaine']],
  ])('finds "%s" whatever the accents and capitals', (query, expected) => {
    expect(ids({ ...none, query })).toEqual(expected);
  });

  it('filters by commune', () => {
    expect(ids({ ...none, commune: 'Nérac' })).toEqual(['ccas-nerac', 'france-services-albret-itinerante', 'france-services-nerac']);
  });

  it.each([
    ['retraite', 'carsat-aquitaine'],
    ['sante', 'cpam-47'],
    ['emploi', 'france-travail-47'],
    ['identite', 'ants-france-titres'],
    ['numerique', 'france-services-nerac'],
  ] as const)('filters by theme %s (from the démarches it handles and what it does)', (theme, expected) => {
    expect(ids({ ...none, theme })).toContain(expected);
  });

  it('lists the local structures first (France services, mairies, CCAS…), the operators last, each by name', () => {
    const listed = filterPartners(pack, none);
    const kinds = listed.map((p) => p.kind);
    expect(kinds[0]).toBe('france-services');
    expect(kinds.indexOf('operateur')).toBeGreaterThan(kinds.lastIndexOf('ccas'));
    expect(kinds.slice(kinds.indexOf('operateur')).every((kind) => kind === 'operateur')).toBe(true);
    const operators = listed.filter((p) => p.kind === 'operateur').map((p) => p.name);
    expect(operators).toEqual([...operators].sort(new Intl.Collator('fr').compare));
  });

  it('does not put the CAF under retraite', () => {
    const caf = pack.partners.find((p) => p.id === 'caf-47')!;
    expect(partnerThemes(caf, pack)).not.toContain('retraite');
  });
});

describe('the directory on the tablet', () => {
  let db: DeclicDatabase;
  beforeEach(async () => {
    contentIsReady();
    db = await tabletOf('aidant');
  });
  afterEach(async () => {
    cleanup();
    await stopSections();
    db.close();
    navigate('/');
  });

  it('narrows the list with the commune and theme filters, and opens a partner', async () => {
    await renderSection('/partenaires', db);
    expect(screen.getByRole('status').textContent).toBe(`${pack.partners.length} partenaires`);
    fireEvent.change(screen.getByLabelText('Commune'), { target: { value: 'Nérac' } });
    fireEvent.change(screen.getByLabelText('Thème'), { target: { value: 'famille' } });
    const titles = screen
      .getAllByRole('link')
      .map((a) => a.querySelector('.card__title')?.textContent)
      .filter(Boolean);
    expect(titles.sort()).toEqual(['CCAS de Nérac', 'France services de Nérac', 'France services itinérante de l’Albret']);
    fireEvent.click(screen.getByRole('link', { name: /CCAS de Nérac/ }));
    await screen.findByRole('heading', { level: 1, name: 'CCAS de Nérac' });
    const contact = screen.getByRole('region', { name: 'Qui contacter' });
    expect(within(contact).getByText('Comment orienter')).toBeTruthy();
    expect(within(contact).getByText('Horaires')).toBeTruthy();
  });
});
