// Referring a person to a partner: the printable slip (address, hours, what to bring), its outcome, and
// the reminder of orientations without news for 30 days.
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { createDiagnostic } from '../../src/app/db/diagnostics-repository';
import { createOrientation, listOrientations } from '../../src/app/db/orientations-repository';
import { startSuivi } from '../../src/app/db/suivis-repository';
import { paths } from '../../src/app/routes/paths';
import { navigate } from '../../src/app/ui/router';
import { contentIsReady, renderSection, stopSections, tabletOf } from '../fixtures/activity-app';
import { sampleDiagnostic } from '../fixtures/sample-diagnostic';

let db: DeclicDatabase;
let yvette: string;

beforeEach(async () => {
  contentIsReady();
  db = await tabletOf('aidant');
  yvette = await createBeneficiary(db, { firstName: 'Yvette', lastName: 'Martin', commune: 'Nérac' });
});
afterEach(async () => {
  cleanup();
  await stopSections();
  db.close();
  navigate('/');
  vi.restoreAllMocks();
});

describe('an orientation', () => {
  it('is made from the person’s page and gives a slip with the partner’s address, hours and what to bring', async () => {
    await renderSection(paths.newOrientation({ beneficiaryId: yvette }), db);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Chercher un partenaire' }), { target: { value: 'caf' } });
    fireEvent.click(screen.getByRole('radio', { name: /CAF de Lot-et-Garonne/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Demander la prime d.activité$/ }));
    fireEvent.input(screen.getByLabelText('Motif de l’orientation (facultatif)'), { target: { value: 'Ouvrir ses droits' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer et préparer la fiche' }));
    await screen.findByRole('heading', { level: 1, name: 'Fiche d’orientation' });
    const slip = await screen.findByRole('article');
    expect(within(slip).getByText('Pour : Yvette Martin')).toBeTruthy();
    expect(within(slip).getByRole('heading', { name: 'CAF de Lot-et-Garonne' })).toBeTruthy();
    expect(within(slip).getByText('Horaires')).toBeTruthy();
    expect(within(slip).getByText('Ouvrir ses droits')).toBeTruthy();
    const toBring = within(slip)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(toBring.length).toBeGreaterThan(2);
    expect(toBring.join(' ')).toMatch(/RIB|relevé d’identité bancaire/i);
    // happy-dom has no print dialog: the button must ask the browser's.
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true });
    fireEvent.click(screen.getByRole('button', { name: 'Imprimer la fiche' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('offers first the démarches the person is being helped with, then the partner’s', async () => {
    await startSuivi(db, { beneficiaryId: yvette, demarcheId: 'complementaire-sante-solidaire', startedOn: '2025-03-10' });
    await createDiagnostic(db, sampleDiagnostic(yvette, { date: '2025-03-10', demarchesNeeded: ['demande-retraite'] }));
    await renderSection(paths.newOrientation({ beneficiaryId: yvette }), db);
    const chips = () =>
      within(screen.getByRole('group', { name: 'Démarches proposées' }))
        .getAllByRole('button')
        .map((b) => b.textContent);
    expect(chips().slice(0, 2)).toEqual([expect.stringMatching(/Complémentaire santé solidaire/), expect.stringMatching(/retraite/)]);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Chercher un partenaire' }), { target: { value: 'caf' } });
    fireEvent.click(screen.getByRole('radio', { name: /CAF de Lot-et-Garonne/ }));
    const cafs = contentIsReady()
      .demarches.filter((d) => d.partnerId === 'caf-47')
      .map((d) => d.title);
    expect(chips().slice(0, 2)).toEqual([expect.stringMatching(/Complémentaire santé solidaire/), expect.stringMatching(/retraite/)]);
    expect(cafs).toContain(chips()[2]);
  });

  it('records its outcome in one tap', async () => {
    const id = await createOrientation(db, { beneficiaryId: yvette, partnerId: 'cpam-47', date: '2025-03-01' });
    await renderSection(paths.orientation({ orientationId: id }), db);
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Suite donnée à l’orientation' })).getByRole('button', { name: 'Reçue par le partenaire' }),
    );
    await vi.waitFor(async () => expect((await listOrientations(db))[0]).toMatchObject({ outcome: 'recue', outcomeOn: '2025-03-14' }));
  });

  it('appears in "sans nouvelles depuis 30 jours" once waiting 30 days, not before', async () => {
    await createOrientation(db, { beneficiaryId: yvette, partnerId: 'caf-47', date: '2025-02-12' });
    await createOrientation(db, { beneficiaryId: yvette, partnerId: 'cpam-47', date: '2025-02-13' });
    await renderSection(paths.orientations(), db);
    const stale = screen.getByRole('region', { name: 'Sans nouvelles depuis 30 jours (1)' });
    expect(within(stale).getByText(/sans nouvelles depuis 30 jours/).textContent).toMatch(/12 février 2025/);
    expect(within(stale).getByRole('link').textContent).toBe('Yvette Martin → CAF de Lot-et-Garonne');
  });
});
