// The bénéficiaire form in a DOM over a real tablet database: French errors next to the fields, a draft
// that survives the form being closed, the duplicate warning, and only changed fields written on edit.
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createBeneficiary, listBeneficiaries } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { loadDraft } from '../../src/app/db/drafts-repository';
import { readPushBatch } from '../../src/app/db/outbox-repository';
import { DRAFT_DEBOUNCE_MS } from '../../src/app/forms/use-draft';
import type { AppServices } from '../../src/app/session/app-services';
import { personTablet, renderSection } from '../fixtures/person-views';

let db: DeclicDatabase | undefined;
afterEach(async () => {
  cleanup();
  // Let the drafts saved as the views close reach the database before it closes.
  await new Promise((settled) => setTimeout(settled, 20));
  db?.close();
});

async function openNewForm(): Promise<AppServices> {
  const tablet = await personTablet('2026-03-10');
  db = tablet.db;
  renderSection(tablet.services, '/beneficiaires/nouveau');
  await screen.findByLabelText('Prénom ou pseudonyme (obligatoire)');
  return tablet.services;
}

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.input(field(label), { target: { value } });
const submit = () => fireEvent.click(screen.getByRole('button', { name: /Créer le dossier|Créer quand même/ }));
const errorOf = (input: HTMLElement) => {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('field__error'))?.textContent ?? null;
};

describe('the bénéficiaire form', () => {
  it('says what is wrong next to each field, in French, and focuses the first one', async () => {
    await openNewForm();
    type('Année de naissance', '52');
    type('Téléphone', '06 12');
    type('Adresse e-mail', 'josiane@');
    type('Notice d’information remise le', '2026-04-01');
    submit();
    expect(errorOf(field('Prénom ou pseudonyme (obligatoire)'))).toBe('Indiquez un prénom ou un pseudonyme.');
    expect(errorOf(field('Année de naissance'))).toBe('Indiquez une année sur 4 chiffres, entre 1900 et 2026.');
    expect(errorOf(field('Téléphone'))).toBe('Numéro incomplet : 10 chiffres, par exemple 06 12 34 56 78.');
    expect(errorOf(field('Adresse e-mail'))).toBe('Adresse incomplète : par exemple prenom.nom@exemple.fr.');
    expect(errorOf(field('Notice d’information remise le'))).toBe('Indiquez une date passée ou aujourd’hui.');
    expect(field('Prénom ou pseudonyme (obligatoire)').getAttribute('aria-invalid')).toBe('true');
    expect(field('Commune').hasAttribute('aria-invalid')).toBe(false);
    expect(document.activeElement).toBe(field('Prénom ou pseudonyme (obligatoire)'));

    type('Prénom ou pseudonyme (obligatoire)', 'Josiane');
    expect(errorOf(field('Prénom ou pseudonyme (obligatoire)'))).toBeNull();
    submit();
    expect(document.activeElement).toBe(field('Année de naissance'));
    expect(await listBeneficiaries(db!)).toEqual([]);
  });

  it('asks for the date of an objection, and empties the phone when there is none', async () => {
    await openNewForm();
    type('Prénom ou pseudonyme (obligatoire)', 'Josiane');
    type('Téléphone', '06 12 34 56 78');
    fireEvent.click(field('Pas de téléphone'));
    expect(field('Téléphone').disabled).toBe(true);
    fireEvent.click(field('La personne s’oppose à l’enregistrement de ses données'));
    expect(field('Opposition exprimée le').value).toBe('2026-03-10');
    type('Opposition exprimée le', '');
    submit();
    expect(errorOf(field('Opposition exprimée le'))).toBe('Indiquez la date à laquelle la personne s’est opposée.');
    type('Opposition exprimée le', '2026-03-09');
    submit();
    await waitFor(async () => expect(await listBeneficiaries(db!)).toHaveLength(1));
    expect((await listBeneficiaries(db!))[0]).toMatchObject({
      firstName: 'Josiane',
      phone: null,
      noPhone: true,
      objection: true,
      objectionOn: '2026-03-09',
      lastContactOn: '2026-03-10',
      status: 'actif',
    });
  });

  it('keeps what was typed when the form closes, and gives it back when it opens again', async () => {
    const services = await openNewForm();
    type('Prénom ou pseudonyme (obligatoire)', 'Josiane');
    type('Notes', 'Veuve, RDV CARSAT jeudi');
    cleanup();
    // Saved when the form closes, well before the typing debounce would have saved it.
    await waitFor(
      async () => expect((await loadDraft<{ typed: object }>(db!, 'beneficiary:new'))?.value.typed).toMatchObject({ firstName: 'Josiane' }),
      {
        timeout: DRAFT_DEBOUNCE_MS / 2,
      },
    );
    renderSection(services, '/beneficiaires/nouveau');
    expect(((await screen.findByLabelText('Prénom ou pseudonyme (obligatoire)')) as HTMLInputElement).value).toBe('Josiane');
    expect(field('Notes').value).toBe('Veuve, RDV CARSAT jeudi');
    expect(screen.getByRole('status').textContent).toMatch(/Brouillon retrouvé/);
  });

  it('saves the draft when the tablet hides the app, without waiting', async () => {
    await openNewForm();
    type('Prénom ou pseudonyme (obligatoire)', 'Karim');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    await waitFor(
      async () => expect((await loadDraft<{ typed: object }>(db!, 'beneficiary:new'))?.value.typed).toMatchObject({ firstName: 'Karim' }),
      {
        timeout: DRAFT_DEBOUNCE_MS / 2,
      },
    );
  });

  it('forgets the draft once the file is created, or when the aidant abandons', async () => {
    const services = await openNewForm();
    type('Prénom ou pseudonyme (obligatoire)', 'Josiane');
    submit();
    await waitFor(() => expect(window.location.pathname).toMatch(/^\/beneficiaires\/[0-9a-f-]{36}$/));
    expect(await loadDraft(db!, 'beneficiary:new')).toBeUndefined();
    cleanup();
    renderSection(services, '/beneficiaires/nouveau');
    await screen.findByLabelText('Prénom ou pseudonyme (obligatoire)');
    type('Prénom ou pseudonyme (obligatoire)', 'Karim');
    fireEvent.click(screen.getByRole('button', { name: 'Abandonner' }));
    fireEvent.click(screen.getByRole('button', { name: 'Non, continuer' }));
    expect(field('Prénom ou pseudonyme (obligatoire)').value).toBe('Karim');
    fireEvent.click(screen.getByRole('button', { name: 'Abandonner' }));
    fireEvent.click(screen.getByRole('button', { name: 'Oui, abandonner' }));
    await waitFor(() => expect(window.location.pathname).toBe('/beneficiaires'));
    cleanup();
    expect(await loadDraft(db!, 'beneficiary:new')).toBeUndefined();
  });
});

describe('the duplicate warning', () => {
  it('shows the similar file with a link before saving, and creates only when confirmed', async () => {
    const tablet = await personTablet('2026-03-10');
    db = tablet.db;
    const existing = await createBeneficiary(db, { firstName: 'Josiane', lastName: 'Lavergne', birthYear: 1951, commune: 'Casteljaloux' });
    renderSection(tablet.services, '/beneficiaires/nouveau');
    await screen.findByLabelText('Prénom ou pseudonyme (obligatoire)');
    type('Prénom ou pseudonyme (obligatoire)', 'josiane');
    type('Nom (facultatif)', 'LAVERGNE');
    const warning = screen.getByRole('region', { name: 'Cette personne a peut-être déjà un dossier' });
    const link = screen.getByRole('link', { name: 'Josiane Lavergne' });
    expect(link.getAttribute('href')).toBe(`/beneficiaires/${existing}`);
    expect(warning.textContent).toMatch(/même nom et prénom/);
    submit();
    await waitFor(() => expect(document.activeElement).toBe(warning));
    expect(await listBeneficiaries(db)).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Créer quand même' }));
    await waitFor(async () => expect(await listBeneficiaries(db!)).toHaveLength(2));
  });
});

describe('editing a file', () => {
  it('writes only the fields the aidant changed', async () => {
    const tablet = await personTablet('2026-03-10');
    db = tablet.db;
    const id = await createBeneficiary(db, { firstName: 'Josiane', lastName: 'Lavergne', commune: 'Casteljaloux', status: 'actif' });
    const before = (await readPushBatch(db, 100)).ops.length;
    renderSection(tablet.services, `/beneficiaires/${id}/modifier`);
    expect(((await screen.findByLabelText('Commune')) as HTMLInputElement).value).toBe('Casteljaloux');
    type('Commune', 'Nérac');
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }));
    await waitFor(() => expect(window.location.pathname).toBe(`/beneficiaires/${id}`));
    const ops = (await readPushBatch(db, 100)).ops.slice(before);
    expect(ops.map((op) => [op.field, op.value])).toEqual([['commune', 'Nérac']]);
  });
});
