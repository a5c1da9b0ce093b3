// Forms write what the aidant changed against what they opened with, through the real form components
// over a real tablet database, while a colleague's edit arrives by the real pull path (applyPulledOps):
// the colleague's change to another field survives, and the same text changed on both sides is a
// conflict the aidant sees.
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createBeneficiary, getBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { readPushBatch } from '../../src/app/db/outbox-repository';
import type { AppServices } from '../../src/app/session/app-services';
import { colleagueEdits, movingClock, type ColleagueEdit } from '../fixtures/colleague-tablet';
import { personTablet, renderSection } from '../fixtures/person-views';

let db: DeclicDatabase | undefined;
afterEach(async () => {
  cleanup();
  await new Promise((settled) => setTimeout(settled, 20));
  db?.close();
});

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.input(field(label), { target: { value } });
const saveForm = () => fireEvent.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }));

async function tabletWithJosiane() {
  const clock = movingClock('2026-03-10T09:00:00Z');
  const tablet = await personTablet('2026-03-10', { now: clock.now });
  db = tablet.db;
  const id = await createBeneficiary(db, {
    firstName: 'Josiane',
    lastName: 'Lavergne',
    commune: 'Casteljaloux',
    notes: 'Veuve.',
    status: 'actif',
  });
  return { ...tablet, clock, id };
}

async function openEditForm(services: AppServices, id: string) {
  renderSection(services, `/beneficiaires/${id}/modifier`);
  await screen.findByLabelText('Commune');
}

/** The colleague's edit lands as a sync lands it: merged by the pull path, then the sync says it ended. */
async function arriveBySync(services: AppServices, edit: ColleagueEdit) {
  await edit.arrive();
  act(() => services.syncStatus.update({ lastSuccessAt: services.db.now() }));
}

async function pendingFields(database: DeclicDatabase, recordId: string) {
  return (await readPushBatch(database, 1000)).ops.filter((op) => op.recordId === recordId).map((op) => [op.field, op.value]);
}

describe('the bénéficiaire form, with a colleague’s edit arriving while it is open', () => {
  it('keeps the colleague’s new name when the aidant changed only the phone', async () => {
    const { services, clock, id } = await tabletWithJosiane();
    await openEditForm(services, id);
    clock.advance(60_000);
    await arriveBySync(services, await colleagueEdits(db!, 'beneficiaries', id, { lastName: 'Martin' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/Martin/));
    clock.advance(60_000);
    type('Téléphone', '06 12 34 56 78');
    const before = (await pendingFields(db!, id)).length;
    saveForm();
    await waitFor(() => expect(window.location.pathname).toBe(`/beneficiaires/${id}`));
    expect((await pendingFields(db!, id)).slice(before)).toEqual([['phone', '06 12 34 56 78']]);
    expect(await getBeneficiary(db!, id)).toMatchObject({ lastName: 'Martin', phone: '06 12 34 56 78', commune: 'Casteljaloux' });
  });

  it('keeps its base in the draft: a draft restored after the colleague’s edit does not undo it', async () => {
    const { services, clock, id } = await tabletWithJosiane();
    await openEditForm(services, id);
    type('Commune', 'Nérac');
    cleanup();
    clock.advance(60_000);
    await arriveBySync(services, await colleagueEdits(db!, 'beneficiaries', id, { lastName: 'Martin', birthYear: 1951 }));
    clock.advance(60_000);
    await openEditForm(services, id);
    expect(field('Commune').value).toBe('Nérac');
    saveForm();
    await waitFor(() => expect(window.location.pathname).toBe(`/beneficiaires/${id}`));
    expect(await getBeneficiary(db!, id)).toMatchObject({ lastName: 'Martin', birthYear: 1951, commune: 'Nérac' });
  });

  it('keeps both notes when the colleague and the aidant changed them, and shows the other one on the file', async () => {
    const { services, clock, id } = await tabletWithJosiane();
    await openEditForm(services, id);
    clock.advance(60_000);
    await arriveBySync(services, await colleagueEdits(db!, 'beneficiaries', id, { notes: 'Veuve. RDV CARSAT jeudi.' }));
    clock.advance(60_000);
    type('Notes', 'Veuve. Dossier APL à refaire.');
    saveForm();
    await waitFor(() => expect(window.location.pathname).toBe(`/beneficiaires/${id}`));
    const saved = await getBeneficiary(db!, id);
    expect(saved?.notes).toBe('Veuve. Dossier APL à refaire.');
    expect(saved?.conflicts.notes?.map((c) => c.value)).toEqual(['Veuve. RDV CARSAT jeudi.']);
    expect(await screen.findByText(/Deux versions des notes/)).toBeTruthy();
    expect(screen.getByText(/RDV CARSAT jeudi/)).toBeTruthy();
  });
});
