// The suivi pages in a DOM over a real tablet database: start a démarche for a person from its page or
// from their file, tick its rows, see a tick the catalogue no longer knows, and find it "à relancer".
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import { createDiagnostic } from '../../src/app/db/diagnostics-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { getSuivi, listSuivis, setItemChecked, startSuivi } from '../../src/app/db/suivis-repository';
import { personTablet, renderSection } from '../fixtures/person-views';
import { sampleDiagnostic } from '../fixtures/sample-diagnostic';

let db: DeclicDatabase | undefined;
afterEach(async () => {
  cleanup();
  await new Promise((settled) => setTimeout(settled, 20));
  db?.close();
});

async function yvetteTablet(today = '2026-03-10') {
  const tablet = await personTablet(today);
  db = tablet.db;
  const yvette = await createBeneficiary(db, { firstName: 'Yvette', lastName: 'Martin', commune: 'Nérac' });
  return { ...tablet, yvette };
}

describe('starting a démarche for a person', () => {
  it('from the démarche page: pick the person, land on the checklist, tick a document', async () => {
    const { db, services, yvette } = await yvetteTablet();
    renderSection(services, '/demarches/prime-activite');
    fireEvent.click(await screen.findByRole('button', { name: 'Commencer pour une personne' }));
    fireEvent.input(await screen.findByLabelText('Nom ou commune de la personne'), { target: { value: 'yvet' } });
    fireEvent.click(await screen.findByRole('button', { name: /Yvette Martin/ }));
    await screen.findByRole('heading', { level: 1, name: 'Demander la prime d’activité — Yvette Martin' });
    const [suivi] = await listSuivis(db);
    expect(suivi).toMatchObject({ beneficiaryId: yvette, demarcheId: 'prime-activite', status: 'a-faire' });
    expect(window.location.pathname).toBe(`/demarches/suivis/${suivi!.id}`);

    const steps = screen.getByRole('list', { name: 'Étapes à cocher' });
    expect(within(steps).getAllByRole('checkbox')).toHaveLength(3);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Un RIB au nom de la personne' }));
    await waitFor(async () =>
      expect((await getSuivi(db, suivi!.id))!.ticks).toMatchObject([{ kind: 'document', itemId: 'rib', checked: true }]),
    );
    await waitFor(() =>
      expect((screen.getByRole('checkbox', { name: 'Un RIB au nom de la personne' }) as HTMLInputElement).checked).toBe(true),
    );
  });

  it('from the person’s file: search the catalogue and start the démarche', async () => {
    const { db, services, yvette } = await yvetteTablet();
    renderSection(services, `/beneficiaires/${yvette}`);
    fireEvent.input(await screen.findByLabelText('Ajouter une démarche (chercher dans le catalogue)'), {
      target: { value: 'prime activite' },
    });
    fireEvent.click(await screen.findByRole('button', { name: /Demander la prime d’activité Commencer/ }));
    await waitFor(async () => expect(await listSuivis(db)).toHaveLength(1));
    expect((await listSuivis(db))[0]).toMatchObject({ beneficiaryId: yvette, demarcheId: 'prime-activite' });
  });

  it('from the person’s file: one tap on a need of the last diagnostic not started yet', async () => {
    const { db, services, yvette } = await yvetteTablet();
    const diagnostic = (date: string, demarchesNeeded: string[]) =>
      createDiagnostic(db, sampleDiagnostic(yvette, { date, demarchesNeeded }));
    await diagnostic('2026-01-05', ['carte-vitale']);
    await diagnostic('2026-03-01', ['prime-activite', 'rsa', 'renouveler la CMU (en ses mots)']);
    await startSuivi(db, { beneficiaryId: yvette, demarcheId: 'rsa', startedOn: '2026-03-02' });
    renderSection(services, `/beneficiaires/${yvette}`);
    const needs = (await screen.findByRole('heading', { name: 'Besoins relevés au dernier diagnostic' })).parentElement!;
    expect(
      within(needs)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Demander la prime d’activitéCommencer cette démarche']);
    fireEvent.click(within(needs).getByRole('button'));
    await waitFor(async () => expect((await listSuivis(db)).map((s) => s.demarcheId).sort()).toEqual(['prime-activite', 'rsa']));
  });
});

describe('the checklist page', () => {
  it('keeps a tick whose step left the catalogue, and changes the status', async () => {
    const { db, services, yvette } = await yvetteTablet();
    const id = await startSuivi(db, { beneficiaryId: yvette, demarcheId: 'prime-activite', startedOn: '2026-03-10' });
    await setItemChecked(db, id, { kind: 'step', itemId: 'ancienne-etape' }, true, '2026-03-01');
    renderSection(services, `/demarches/suivis/${id}`);
    const removed = await screen.findByRole('checkbox', { name: /Étape retirée du catalogue/ });
    expect((removed as HTMLInputElement).checked).toBe(true);
    fireEvent.change(screen.getByLabelText('Où en est la démarche'), { target: { value: 'bloque' } });
    await waitFor(async () => expect((await getSuivi(db, id))!.status).toBe('bloque'));
  });

  it('lists a suivi with no change for 30 days under "À relancer (1)", not a fresh one', async () => {
    const clock = { now: Date.parse('2026-01-20T12:00:00') };
    const tablet = await personTablet('2026-03-10', { now: () => clock.now });
    db = tablet.db;
    const yvette = await createBeneficiary(db, { firstName: 'Yvette', lastName: 'Martin' });
    const karim = await createBeneficiary(db, { firstName: 'Karim', lastName: 'Benali' });
    await startSuivi(db, { beneficiaryId: yvette, demarcheId: 'prime-activite', startedOn: '2026-01-20' });
    clock.now = Date.parse('2026-03-10T12:00:00');
    await startSuivi(db, { beneficiaryId: karim, demarcheId: 'prime-activite', startedOn: '2026-03-10' });
    renderSection(tablet.services, '/demarches');
    fireEvent.click(await screen.findByRole('link', { name: 'À relancer (1)' }), { button: 0 });
    await screen.findByRole('heading', { level: 1, name: 'À relancer' });
    const item = await screen.findByRole('link', { name: /Yvette Martin — Demander la prime d’activité/ });
    expect(item.textContent).toContain('sans changement depuis le 20 janvier 2026');
    expect(screen.queryByRole('link', { name: /Karim/ })).toBeNull();
  });
});
