// The catalogue on the tablet: browse by operator and life situation, search, a démarche's page.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setContentState } from '../../src/app/catalogue/content-store';
import { buildPackIndex } from '../../src/app/catalogue/search-documents';
import type { AppServices } from '../../src/app/session/app-services';
import { navigate } from '../../src/app/ui/router';
import { fixturePack } from '../fixtures/content-pack-fixture';
import { personTablet, renderWith, Routed } from '../fixtures/person-views';

let services: AppServices;

/** Opens `path` as the app does, with an empty search box. */
async function open(path: string) {
  navigate(path);
  renderWith(services, <Routed />);
  await waitFor(() => expect(screen.queryByText('Chargement…')).toBeNull());
  // The page keeps the last search while the app runs: start each test from an empty one.
  const box = screen.queryByRole('searchbox');
  if (box && (box as HTMLInputElement).value !== '') fireEvent.input(box, { target: { value: '' } });
}

const title = () => screen.getByRole('heading', { level: 1 }).textContent;
const cards = () => screen.queryAllByRole('listitem').map((li) => li.querySelector('.card__title, .tile__title')?.textContent);

// A tablet with the test catalogue loaded (its suivis links read the tablet's database).
beforeEach(async () => {
  services = (await personTablet()).services;
});
afterEach(() => {
  cleanup();
  services.db.close();
  navigate('/');
});

describe('browsing the catalogue', () => {
  it('lists the operators that have démarches, with their French names and counts', async () => {
    await open('/demarches');
    const operators = await screen.findByRole('list', { name: 'Organismes' });
    const caf = within(operators).getByRole('link', { name: /^CAF/ });
    expect(caf.textContent).toContain('Caisse d’allocations familiales');
    expect(caf.textContent).toContain('3 démarches');
    expect(within(operators).queryByRole('link', { name: /SNCF/ })).toBeNull();
  });

  it('opens an operator and shows only its démarches', async () => {
    await open('/demarches');
    fireEvent.click(await screen.findByRole('link', { name: /^CAF/ }));
    await screen.findByRole('heading', { level: 1, name: 'CAF — Caisse d’allocations familiales' });
    expect(cards()).toEqual([
      'Déclarer ses ressources chaque trimestre (RSA, prime d’activité)',
      'Demander la prime d’activité',
      'Demander le RSA',
    ]);
  });

  it('browses by life situation', async () => {
    await open('/demarches');
    fireEvent.click(await screen.findByRole('button', { name: 'Par situation de vie' }));
    const situations = screen.getByRole('list', { name: 'Situations de vie' });
    expect(
      within(situations)
        .getAllByRole('link')
        .map((a) => a.querySelector('.tile__title')?.textContent),
    ).toEqual(['Santé', 'Emploi', 'Famille', 'Retraite', 'Identité et papiers', 'Impôts', 'Transport', 'Numérique']);
    fireEvent.click(within(situations).getByRole('link', { name: /Santé/ }));
    await screen.findByRole('heading', { level: 1, name: 'Santé' });
    expect(cards()).toEqual(['Commander une carte Vitale', 'Créer son compte ameli']);
  });
});

describe('searching the catalogue', () => {
  it('finds a démarche despite a typo and missing accents, and lists guides apart', async () => {
    await open('/demarches');
    fireEvent.input(await screen.findByRole('searchbox', { name: 'Chercher une démarche ou un guide' }), {
      target: { value: 'carte vitalle' },
    });
    const first = screen.getAllByRole('link').find((a) => a.classList.contains('card'));
    expect(first?.querySelector('.card__title')?.textContent).toBe('Commander une carte Vitale');
    expect(first?.getAttribute('href')).toBe('/demarches/carte-vitale');
  });

  it('shows guides among the results', async () => {
    await open('/demarches');
    fireEvent.input(await screen.findByRole('searchbox'), { target: { value: 'franceconect' } });
    expect(screen.getByRole('heading', { level: 2, name: 'Guides' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Se connecter avec FranceConnect/ }).getAttribute('href')).toBe(
      '/guides/utiliser-franceconnect',
    );
  });

  it('lists first the group that holds the best answer', async () => {
    await open('/demarches');
    const groups = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    fireEvent.input(await screen.findByRole('searchbox'), { target: { value: 'franceconnect' } });
    expect(groups()).toEqual(['Guides', 'Démarches']);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'prime activite' } });
    expect(groups()[0]).toBe('Démarches');
  });

  it('says so when nothing matches', async () => {
    await open('/demarches');
    fireEvent.input(await screen.findByRole('searchbox'), { target: { value: 'zzzzzz' } });
    expect(screen.getByText('Aucun résultat pour « zzzzzz ». Essayez un autre mot.')).toBeTruthy();
  });
});

describe('a démarche’s page', () => {
  it('has everything needed at the kitchen table', async () => {
    await open('/demarches/prime-activite');
    await screen.findByRole('heading', { level: 1, name: 'Demander la prime d’activité' });
    const section = (name: string) => screen.getByRole('region', { name });
    expect(
      within(section('Avant de commencer'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Une adresse e-mail', 'Le numéro d’allocataire, si la personne en a un']);
    expect(
      within(section('Les étapes'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Faire la simulation sur caf.fr.',
      'Remplir la demande en ligne depuis « Mon Compte ».',
      'Déclarer les ressources chaque trimestre.',
    ]);
    expect(within(section('Pièces justificatives')).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText('environ 40 min')).toBeTruthy();
    expect(screen.getByText('Informations vérifiées le 3 février 2026.')).toBeTruthy();
  });

  it('says « à vérifier » on a démarche whose facts nobody compared with its sources yet', async () => {
    const pack = fixturePack();
    delete pack.demarches.find((d) => d.id === 'prime-activite')!.checkedOn;
    setContentState({ status: 'ready', pack, index: buildPackIndex(pack), update: { phase: 'idle' } });
    await open('/demarches/prime-activite');
    await screen.findByRole('heading', { level: 1, name: 'Demander la prime d’activité' });
    expect(screen.getByText('Informations à vérifier : personne ne les a encore comparées aux pages officielles.')).toBeTruthy();
    expect(screen.queryByText(/Informations vérifiées le/)).toBeNull();
  });

  it('opens the official page in a new tab without giving it the app', async () => {
    await open('/demarches/prime-activite');
    const link = await screen.findByRole('link', { name: /Ouvrir la page officielle/ });
    expect(link.getAttribute('href')).toBe('https://www.service-public.gouv.fr/particuliers/vosdroits/F2882');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('says whom to call, with the address, hours and a phone link', async () => {
    await open('/demarches/prime-activite');
    const partner = await screen.findByRole('region', { name: 'Qui contacter' });
    expect(partner.textContent).toContain('CAF de Lot-et-Garonne');
    expect(partner.textContent).toContain('1 rue de la Gare (Agen)');
    expect(partner.textContent).toContain('Du lundi au vendredi, de 8 h 30 à 16 h, sur rendez-vous');
    expect(within(partner).getByRole('link', { name: '32 30' }).getAttribute('href')).toBe('tel:3230');
  });

  it.each(['/demarches/ancienne-demarche', '/demarches/organisme/inconnu', '/demarches/situation/vacances', '/demarches/suivis/123'])(
    'says plainly when %s names nothing in the catalogue',
    async (path) => {
      await open(path);
      await screen.findByRole('heading', { level: 1, name: 'Démarche introuvable' });
    },
  );
});

describe('the guides section', () => {
  it('lists the guides and searches them only', async () => {
    await open('/guides');
    await screen.findByRole('heading', { level: 1, name: 'Guides' });
    expect(cards()).toEqual(['Créer une adresse e-mail', 'Recevoir et saisir un code par SMS', 'Se connecter avec FranceConnect']);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Chercher un guide' }), { target: { value: 'adresse mail' } });
    expect(cards()[0]).toBe('Créer une adresse e-mail');
    expect(screen.queryByText('Demander la prime d’activité')).toBeNull();
  });

  it('opens a guide from the list', async () => {
    await open('/guides');
    fireEvent.click(await screen.findByRole('link', { name: /Recevoir et saisir un code par SMS/ }));
    await screen.findByRole('heading', { level: 1, name: 'Recevoir et saisir un code par SMS' });
    expect(screen.getByText(/Le site envoie un code par SMS/)).toBeTruthy();
  });
});

describe('while the content loads', () => {
  it('keeps the section title and says it is loading', () => {
    setContentState({ status: 'loading', update: { phase: 'idle' } });
    navigate('/demarches');
    renderWith(services, <Routed />);
    expect(title()).toBe('Démarches');
    expect(screen.getByText('Chargement…')).toBeTruthy();
  });

  it('says what to do when there is no catalogue on the tablet', () => {
    setContentState({ status: 'failed', message: 'Le catalogue n’est pas encore sur cette tablette.', update: { phase: 'idle' } });
    navigate('/guides');
    renderWith(services, <Routed />);
    expect(title()).toBe('Guides');
    expect(screen.getByText('Le catalogue n’est pas encore sur cette tablette.')).toBeTruthy();
  });
});
