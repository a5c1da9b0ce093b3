// Mandates in a DOM over a real tablet database: the expiry warning on the file and in the list, a new
// mandate (families and duration) and its paper version to sign with its fingerprint, the revocation of
// one family and of the whole mandate, and a mandate signed before issue 17 as it reads and prints.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { createMandate, listMandatesOf } from '../../src/app/db/mandates-repository';
import { readRecord, writeFields } from '../../src/app/db/records-repository';
import { mandateFingerprint } from '../../src/app/features/mandates/mandate-content';
import { uuidv7 } from '../../src/shared/schema/ids';
import { personTablet, renderSection } from '../fixtures/person-views';

let db: DeclicDatabase | undefined;
afterEach(async () => {
  cleanup();
  // Let the drafts saved as the views close reach the database before it closes.
  await new Promise((settled) => setTimeout(settled, 20));
  db?.close();
});

async function tabletWithJosiane() {
  const tablet = await personTablet('2026-03-10');
  db = tablet.db;
  const personId = await createBeneficiary(db, { firstName: 'Josiane', lastName: 'Lavergne', birthYear: 1951, commune: 'Casteljaloux' });
  return { ...tablet, personId };
}

describe('the expiry warning', () => {
  it('shows on the file and in the list of mandates to renew, in words', async () => {
    const { services, personId } = await tabletWithJosiane();
    await createMandate(db!, {
      beneficiaryId: personId,
      families: ['travail'],
      durationDays: 365,
      startOn: '2025-03-29',
      aidantName: 'Claire Martin',
      templateVersion: 2,
    });
    await createMandate(db!, {
      beneficiaryId: personId,
      families: ['social'],
      durationDays: 182,
      startOn: '2026-03-01',
      aidantName: 'Claire Martin',
      templateVersion: 2,
    });
    renderSection(services, `/beneficiaires/${personId}`);
    const mandates = await screen.findByRole('region', { name: 'Mandats' });
    expect(within(mandates).getByText('Expire bientôt : encore 18 jours (dernier jour : 28 mars 2026)')).toBeTruthy();
    expect(within(mandates).getByText('En cours, valable jusqu’au 29 août 2026')).toBeTruthy();

    cleanup();
    renderSection(services, '/beneficiaires');
    fireEvent.click(await screen.findByRole('link', { name: '1 mandat expire bientôt' }), { button: 0 });
    const item = await screen.findByRole('link', { name: /Josiane Lavergne/ });
    expect(item.textContent).toContain('Expire bientôt : encore 18 jours');
    expect(item.textContent).toContain('Travail, formation');
    expect(item.getAttribute('href')).toBe(`/beneficiaires/${personId}`);
  });
});

describe('a new mandate', () => {
  it('asks for at least one family, then prints a paper mandate to sign, with its template and fingerprint', async () => {
    const { services, personId } = await tabletWithJosiane();
    renderSection(services, `/beneficiaires/${personId}/mandat`);
    fireEvent.click(await screen.findByRole('button', { name: 'Enregistrer le mandat' }));
    expect(await screen.findByText('Choisissez au moins une famille de démarches couverte par le mandat.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Papiers, citoyenneté, élections'));
    expect(screen.getAllByRole('checkbox')).toHaveLength(10);
    fireEvent.click(screen.getByLabelText('Logement'));
    fireEvent.click(screen.getByLabelText('Social, santé'));
    fireEvent.click(screen.getByLabelText('6 mois (182 jours)'));
    expect(screen.getByText('Valable jusqu’au 7 septembre 2026 inclus.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le mandat' }));

    await waitFor(() => expect(window.location.pathname).toMatch(new RegExp(`^/beneficiaires/${personId}/mandats/`)));
    const [mandate] = await listMandatesOf(db!, personId);
    expect(mandate).toMatchObject({
      families: ['social', 'logement'],
      durationDays: 182,
      templateVersion: 2,
      startOn: '2026-03-10',
      revokedOn: null,
      aidantName: 'Claire Martin',
    });
    const paper = (await screen.findByRole('heading', { name: 'Mandat pour faire des démarches en mon nom' })).closest('.mandate-print')!;
    const text = paper.textContent!;
    for (const part of [
      'Mairie de Nérac',
      'Josiane Lavergne',
      'né·e en 1951',
      'Casteljaloux',
      'Claire Martin',
      'Social, santé : Assurance maladie et carte Vitale',
      'Logement : Aides au logement',
      'du 10 mars 2026 au 7 septembre 2026 inclus',
      'articles 1984 et suivants du Code civil',
      'Signature de la personne',
      'Signature de l’aidant·e',
      'il ne remplace pas Aidants Connect',
      'Modèle declic-mandat-2 (version 2)',
    ]) {
      expect(text, part).toContain(part);
    }
    expect(text).not.toContain('Papiers');
    // The fingerprint printed is that of what the paper says.
    const expected = await mandateFingerprint({
      templateVersion: 2,
      person: { name: 'Josiane Lavergne', birthYear: 1951, commune: 'Casteljaloux' },
      aidantName: 'Claire Martin',
      structureName: 'Mairie de Nérac',
      families: ['social', 'logement'],
      startOn: '2026-03-10',
      durationDays: 182,
      lastDay: '2026-09-07',
    });
    await waitFor(() => expect(paper.querySelector('.mandate-print__hash')!.getAttribute('data-hash')).toBe(expected));
    expect(paper.querySelector('.mandate-print__hash')!.textContent!.replaceAll(' ', '')).toBe(expected);
    const print = vi.fn();
    window.print = print;
    fireEvent.click(screen.getByRole('button', { name: 'Imprimer le mandat' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('has one family revoked, the others staying, then the whole mandate, each after a confirmation', async () => {
    const { services, personId } = await tabletWithJosiane();
    const id = await createMandate(db!, {
      beneficiaryId: personId,
      families: ['social', 'logement'],
      durationDays: 365,
      startOn: '2026-01-10',
      aidantName: null,
      templateVersion: 2,
    });
    renderSection(services, `/beneficiaires/${personId}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Retirer « Logement »' }));
    fireEvent.click(screen.getByRole('button', { name: 'Oui, retirer cette famille' }));
    expect(await screen.findByText('— retirée du mandat le 10 mars 2026', { exact: false })).toBeTruthy();
    expect(screen.getByText('En cours, valable jusqu’au 9 janvier 2027')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Retirer « Social, santé »' })).toBeNull();
    let [mandate] = await listMandatesOf(db!, personId);
    expect(mandate).toMatchObject({ revokedFamilies: { logement: '2026-03-10' }, revokedOn: null });

    fireEvent.click(screen.getByRole('button', { name: 'Révoquer tout le mandat' }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer la révocation de tout le mandat aujourd’hui' }));
    expect(await screen.findByText('Révoqué le 10 mars 2026')).toBeTruthy();
    [mandate] = await listMandatesOf(db!, personId);
    expect(mandate?.revokedOn).toBe('2026-03-10');
    expect(mandate?.id).toBe(id);
  });
});

describe('a mandate signed before issue 17', () => {
  it('reads as its families, prints with its own template, and gets the new fields at its first revocation', async () => {
    const { services, personId } = await tabletWithJosiane();
    const id = uuidv7();
    await writeFields(db!, 'mandates', id, {
      beneficiaryId: personId,
      demarcheIds: ['rsa', 'aides-logement'],
      duration: '1-an',
      startOn: '2026-01-10',
      revokedOn: null,
      aidantName: 'Claire Martin',
    });
    renderSection(services, `/beneficiaires/${personId}`);
    const card = await screen.findByRole('article', { name: 'Mandat du 10 janvier 2026' });
    expect(within(card).getByRole('heading').textContent).toBe('Mandat de 1 an (365 jours), à partir du 10 janvier 2026');
    expect(within(card).getByText('Social, santé')).toBeTruthy();
    expect(within(card).getByText('Logement')).toBeTruthy();
    expect(card.textContent).toContain('Démarches signées : Demander le RSA (CAF)');

    fireEvent.click(within(card).getByRole('link', { name: 'Imprimer le mandat' }), { button: 0 });
    const paper = (await screen.findByRole('heading', { name: 'Mandat pour faire des démarches à ma place' })).closest('.mandate-print')!;
    expect(paper.textContent).toContain('Demander le RSA (CAF)');
    expect(paper.textContent).toContain('Durée : 1 an, du 10 janvier 2026 au 9 janvier 2027 inclus.');
    expect(paper.textContent).not.toContain('1984');
    expect(paper.querySelector('.mandate-print__hash')).toBeNull();

    cleanup();
    renderSection(services, `/beneficiaires/${personId}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Retirer « Logement »' }));
    fireEvent.click(screen.getByRole('button', { name: 'Oui, retirer cette famille' }));
    await screen.findByText('— retirée du mandat le 10 mars 2026', { exact: false });
    expect(await readRecord(db!, 'mandates', id)).toMatchObject({
      demarcheIds: ['rsa', 'aides-logement'],
      duration: '1-an',
      families: ['social', 'logement'],
      durationDays: 365,
      templateVersion: 1,
      revokedOn_logement: '2026-03-10',
    });
  });
});
