// Duplicate files in a DOM over a real tablet database: the warning on a new file names the criteria
// matched (a phone written another way counts), « Doublons possibles » lists the pairs with what they
// share, a pair said to be two people leaves the list, and the merge shows what moves before it is confirmed.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { logSession } from '../../src/app/db/accompagnements-repository';
import { createBeneficiary, getBeneficiary, listBeneficiaries } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { readRecord } from '../../src/app/db/records-repository';
import { personTablet, renderSection } from '../fixtures/person-views';

let db: DeclicDatabase | undefined;
afterEach(async () => {
  cleanup();
  await new Promise((settled) => setTimeout(settled, 20));
  db?.close();
});

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

/** A tablet with Josiane's file twice (the second with a session) and Marcel's once. */
async function tabletWithDuplicates() {
  const tablet = await personTablet('2026-03-10');
  db = tablet.db;
  const older = await createBeneficiary(db, {
    firstName: 'Josiane',
    lastName: 'Lavergne',
    commune: 'Casteljaloux',
    lastContactOn: '2026-01-05',
  });
  const newer = await createBeneficiary(db, {
    firstName: 'Josianne',
    lastName: 'LAVERGNE',
    phone: '+33 6 12 34 56 78',
    lastContactOn: '2026-02-01',
  });
  await createBeneficiary(db, { firstName: 'Marcel', lastName: 'Lagarde', phone: '06 99 99 99 99' });
  const session = await logSession(db, {
    beneficiaryId: newer,
    date: '2026-02-01',
    durationMinutes: 30,
    place: 'mairie',
    demarcheIds: [],
    operatorIds: [],
  });
  return { services: tablet.services, older, newer, session };
}

/** The pair of Josiane's files in the list, once drawn. */
async function pairOfJosiane(): Promise<HTMLElement> {
  await screen.findByText(/En commun/, {}, { timeout: 5_000 });
  // The pair's files come in id order: made in the same millisecond here, either may come first.
  return screen.getByRole('listitem', { name: /^(Josiane Lavergne et Josianne LAVERGNE|Josianne LAVERGNE et Josiane Lavergne)$/ });
}

describe('the warning on a new file', () => {
  it('names the matching file and the criteria, a phone written another way included', async () => {
    const { services } = await tabletWithDuplicates();
    renderSection(services, '/beneficiaires/nouveau');
    await screen.findByLabelText('Prénom ou pseudonyme (obligatoire)');
    type('Prénom ou pseudonyme (obligatoire)', 'Marcell');
    expect(screen.queryByRole('region', { name: 'Cette personne a peut-être déjà un dossier' })).toBeNull();
    type('Téléphone', '06.99.99.99.99');
    const warning = screen.getByRole('region', { name: 'Cette personne a peut-être déjà un dossier' });
    expect(within(warning).getByRole('link', { name: 'Marcel Lagarde' })).toBeTruthy();
    expect(warning.textContent).toMatch(/même prénom et téléphone/);
  });
});

// Each test opens and seals a few records and draws two pages: slow on a loaded machine.
describe('« Doublons possibles »', { timeout: 20_000 }, () => {
  it('is reached from the files list, lists the pair with what they share, and forgets a pair said to be two people', async () => {
    const { services, older, newer } = await tabletWithDuplicates();
    renderSection(services, '/beneficiaires');
    fireEvent.click(await screen.findByRole('link', { name: 'Doublons possibles' }, { timeout: 5_000 }));
    await waitFor(() => expect(window.location.pathname).toBe('/beneficiaires/doublons'));
    const pair = await pairOfJosiane();
    expect(pair.textContent).toMatch(/En commun : même nom et prénom/);
    fireEvent.click(within(pair).getByRole('button', { name: 'Ce ne sont pas les mêmes personnes' }));
    await screen.findByText('Aucun doublon possible parmi les dossiers de la tablette.');
    // Written on the file of the smaller id (the older one, but these two were made in the same millisecond).
    const [owner, other] = older < newer ? [older, newer] : [newer, older];
    expect((await readRecord(db!, 'beneficiaries', owner))?.distinctFrom).toEqual([other]);
  });

  it('merges after the aidant chose the kept file, saw what moves, and confirmed', async () => {
    const { services, older, newer, session } = await tabletWithDuplicates();
    renderSection(services, '/beneficiaires/doublons');
    const pair = await pairOfJosiane();
    fireEvent.click(within(pair).getByRole('link', { name: 'Fusionner' }));
    const [first, second] = older < newer ? [older, newer] : [newer, older];
    await waitFor(() => expect(window.location.pathname).toBe(`/beneficiaires/doublons/${first}/${second}`));
    const plan = await screen.findByRole('region', { name: 'Ce que la fusion va faire' });
    fireEvent.click(screen.getByRole('radio', { name: /Josiane Lavergne/ }));
    // Keeping the older file: the newer one's session moves, its phone and last contact fill the kept file.
    expect(plan.textContent).toMatch(/Rattaché au dossier de Josiane Lavergne : 1 accompagnement\./);
    expect(plan.textContent).toMatch(/Complété depuis l’autre dossier : téléphone, dernier contact\./);
    // Keeping the newer file instead: nothing moves to it, its commune comes from the older one.
    fireEvent.click(screen.getByRole('radio', { name: /Josianne LAVERGNE/ }));
    expect(plan.textContent).toMatch(/Rattaché au dossier de Josianne LAVERGNE : rien/);
    expect(plan.textContent).toMatch(/Complété depuis l’autre dossier : commune\./);
    fireEvent.click(screen.getByRole('radio', { name: /Josiane Lavergne/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Fusionner les dossiers' }));
    expect(await listBeneficiaries(db!)).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Oui, fusionner' }));
    await waitFor(() => expect(window.location.pathname).toBe(`/beneficiaires/${older}`));
    await screen.findByText('Les deux dossiers de Josiane Lavergne ont été fusionnés.');
    expect((await listBeneficiaries(db!)).map((p) => p.id)).not.toContain(newer);
    expect(await getBeneficiary(db!, older)).toMatchObject({ phone: '+33 6 12 34 56 78', commune: 'Casteljaloux' });
    expect((await readRecord(db!, 'accompagnements', session))?.beneficiaryId).toBe(older);
    expect(screen.getByRole('region', { name: 'Historique' }).textContent).toMatch(/Accompagnement en mairie/);
  });

  it('opens a merged file’s address as the kept file', async () => {
    const { services, older, newer } = await tabletWithDuplicates();
    const { mergeFiles } = await import('../../src/app/db/file-merge-repository');
    await mergeFiles(db!, older, newer);
    renderSection(services, `/beneficiaires/${newer}`);
    await waitFor(() => expect(window.location.pathname).toBe(`/beneficiaires/${older}`));
  });

  it('opens a merged file’s activity page as the kept file’s', async () => {
    const { services, older, newer } = await tabletWithDuplicates();
    const { mergeFiles } = await import('../../src/app/db/file-merge-repository');
    await mergeFiles(db!, older, newer);
    renderSection(services, `/activite/personne/${newer}`);
    await waitFor(() => expect(window.location.pathname).toBe(`/activite/personne/${older}`));
    await screen.findByRole('heading', { level: 1, name: 'Activité de Josiane Lavergne' });
    await screen.findByText('Accompagnements (1)');
  });
});
