// Mandates in a DOM over a real tablet database: the expiry warning on the file and in the list, a new
// mandate and its paper version to sign, and its revocation.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { createMandate, listMandatesOf } from '../../src/app/db/mandates-repository';
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
      demarcheIds: ['demande-retraite'],
      duration: '1-an',
      startOn: '2025-03-29',
      aidantName: 'Claire Martin',
    });
    await createMandate(db!, {
      beneficiaryId: personId,
      demarcheIds: ['rsa'],
      duration: '6-mois',
      startOn: '2026-03-01',
      aidantName: 'Claire Martin',
    });
    renderSection(services, `/beneficiaires/${personId}`);
    const mandates = await screen.findByRole('region', { name: 'Mandats' });
    expect(within(mandates).getByText('Expire bientôt : encore 18 jours (dernier jour : 28 mars 2026)')).toBeTruthy();
    expect(within(mandates).getByText('En cours, valable jusqu’au 31 août 2026')).toBeTruthy();

    cleanup();
    renderSection(services, '/beneficiaires');
    fireEvent.click(await screen.findByRole('link', { name: '1 mandat expire bientôt' }), { button: 0 });
    const item = await screen.findByRole('link', { name: /Josiane Lavergne/ });
    expect(item.textContent).toContain('Expire bientôt : encore 18 jours');
    expect(item.getAttribute('href')).toBe(`/beneficiaires/${personId}`);
  });
});

describe('a new mandate', () => {
  it('asks for at least one démarche, then prints a paper mandate to sign', async () => {
    const { services, personId } = await tabletWithJosiane();
    renderSection(services, `/beneficiaires/${personId}/mandat`);
    fireEvent.click(await screen.findByRole('button', { name: 'Enregistrer le mandat' }));
    expect(await screen.findByText('Choisissez au moins une démarche couverte par le mandat.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Chercher une démarche du catalogue'));
    fireEvent.input(screen.getByLabelText('Chercher une démarche du catalogue'), { target: { value: 'rsa' } });
    fireEvent.click(screen.getByLabelText('Demander le RSA (CAF)'));
    fireEvent.click(screen.getByLabelText('6 mois'));
    expect(screen.getByText('Valable jusqu’au 9 septembre 2026 inclus.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le mandat' }));

    await waitFor(() => expect(window.location.pathname).toMatch(new RegExp(`^/beneficiaires/${personId}/mandats/`)));
    const [mandate] = await listMandatesOf(db!, personId);
    expect(mandate).toMatchObject({
      demarcheIds: ['rsa'],
      duration: '6-mois',
      startOn: '2026-03-10',
      revokedOn: null,
      aidantName: 'Claire Martin',
    });
    const paper = (await screen.findByRole('heading', { name: 'Mandat pour faire des démarches à ma place' })).closest('.mandate-print')!;
    const text = paper.textContent!;
    for (const part of [
      'Mairie de Nérac',
      'Josiane Lavergne',
      'né·e en 1951',
      'Casteljaloux',
      'Claire Martin',
      'Demander le RSA (CAF)',
      'du 10 mars 2026 au 9 septembre 2026 inclus',
      'Signature de la personne',
      'Signature de l’aidant·e',
      'il ne remplace pas Aidants Connect',
    ]) {
      expect(text, part).toContain(part);
    }
    const print = vi.fn();
    window.print = print;
    fireEvent.click(screen.getByRole('button', { name: 'Imprimer le mandat' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('is revoked from the file after a confirmation', async () => {
    const { services, personId } = await tabletWithJosiane();
    await createMandate(db!, { beneficiaryId: personId, demarcheIds: ['rsa'], duration: '1-an', startOn: '2026-01-10', aidantName: null });
    renderSection(services, `/beneficiaires/${personId}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Révoquer' }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer la révocation aujourd’hui' }));
    expect(await screen.findByText('Révoqué le 10 mars 2026')).toBeTruthy();
    expect((await listMandatesOf(db!, personId))[0]?.revokedOn).toBe('2026-03-10');
  });
});
