// Forms write what the aidant changed against what they opened with, through the real form components
// over a real tablet database, while a colleague's edit arrives by the real pull path (applyPulledOps):
// the colleague's change to another field survives, and the same text changed on both sides is a
// conflict the aidant sees.
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createBeneficiary, getBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { listAccompagnements, logSession } from '../../src/app/db/accompagnements-repository';
import { createOrientation, getOrientation } from '../../src/app/db/orientations-repository';
import { saveDraft } from '../../src/app/db/drafts-repository';
import { readPushBatch } from '../../src/app/db/outbox-repository';
import { formDraftKey } from '../../src/app/features/beneficiaries/BeneficiaryForm';
import { fromBeneficiary } from '../../src/app/features/beneficiaries/beneficiary-form';
import { SessionNote } from '../../src/app/features/activity/session/SessionNote';
import { stampOf } from '../../src/app/forms/use-record-form';
import { getSuivi, startSuivi, updateSuivi } from '../../src/app/db/suivis-repository';
import { SuiviPage } from '../../src/app/features/suivis/SuiviPage';
import type { AppServices } from '../../src/app/session/app-services';
import { colleagueEdits, movingClock, type ColleagueEdit } from '../fixtures/colleague-tablet';
import { fixturePack } from '../fixtures/content-pack-fixture';
import { personTablet, renderSection, renderWith } from '../fixtures/person-views';

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

  it('reads a draft saved before forms kept their base as typed over the file as it is now', async () => {
    const { services, id } = await tabletWithJosiane();
    const josiane = (await getBeneficiary(db!, id))!;
    await saveDraft(db!, formDraftKey(id), { ...fromBeneficiary(josiane), commune: 'Nérac' });
    await openEditForm(services, id);
    expect(field('Commune').value).toBe('Nérac');
    const before = (await pendingFields(db!, id)).length;
    saveForm();
    await waitFor(() => expect(window.location.pathname).toBe(`/beneficiaires/${id}`));
    expect((await pendingFields(db!, id)).slice(before)).toEqual([['commune', 'Nérac']]);
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

describe('the checklist page’s note, with a colleague’s note landing before the page read it again', () => {
  it('keeps the colleague’s note as another version, shown on the page, instead of replacing it', async () => {
    const { services, clock, id: yvette } = await tabletWithJosiane();
    const id = await startSuivi(db!, { beneficiaryId: yvette, demarcheId: 'prime-activite', startedOn: '2026-03-10' });
    await updateSuivi(db!, id, { note: 'Attendre le RIB' });
    // The page as the aidant sees it: the note as read when it opened.
    const shown = (await getSuivi(db!, id))!;
    renderWith(services, <SuiviPage suivi={shown} person={await getBeneficiary(db!, yvette)} pack={fixturePack()} />);
    const note = field('Note (visible seulement par votre structure)');
    fireEvent.input(note, { target: { value: 'Attendre le RIB, rappeler jeudi' } });
    clock.advance(60_000);
    // A sync stores the colleague's note; the page has not read it again yet when the aidant saves.
    await (await colleagueEdits(db!, 'demarcheSuivis', id, { note: 'RIB reçu' })).arrive();
    clock.advance(60_000);
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la note' }));
    await screen.findByText('Note enregistrée.');
    const saved = await getSuivi(db!, id);
    expect(saved?.note).toBe('Attendre le RIB, rappeler jeudi');
    expect(saved?.conflicts.note?.map((c) => c.value)).toEqual(['RIB reçu']);
    cleanup();
    renderSection(services, `/demarches/suivis/${id}`);
    expect(await screen.findByText(/Deux versions de la note/)).toBeTruthy();
    expect(screen.getByText('« RIB reçu »')).toBeTruthy();
  });
});

describe('the session note and the orientation motif write over what the aidant saw', () => {
  it('keeps a session note that landed before the card read it again as another version', async () => {
    const { services, clock, id: yvette } = await tabletWithJosiane();
    const id = await logSession(db!, {
      beneficiaryId: yvette,
      date: '2026-03-10',
      durationMinutes: 30,
      place: 'mairie',
      demarcheIds: [],
      operatorIds: [],
      note: 'Compte ameli',
    });
    const shown = (await listAccompagnements(db!)).find((s) => s.id === id)!;
    renderWith(services, <SessionNote session={shown} />);
    fireEvent.click(screen.getByText('Modifier la note'));
    const note = await screen.findByLabelText('Note de l’accompagnement');
    fireEvent.input(note, { target: { value: 'Compte ameli : attendre le courrier' } });
    clock.advance(60_000);
    await (await colleagueEdits(db!, 'accompagnements', id, { note: 'Compte ameli créé' })).arrive();
    clock.advance(60_000);
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la note' }));
    await screen.findByText('Note enregistrée.');
    const saved = (await listAccompagnements(db!)).find((s) => s.id === id);
    expect(saved?.note).toBe('Compte ameli : attendre le courrier');
    expect(saved?.conflicts.note?.map((c) => c.value)).toEqual(['Compte ameli créé']);
  });

  it('gives the orientation read for its slip the stamp of its motif', async () => {
    const { id: yvette } = await tabletWithJosiane();
    const id = await createOrientation(db!, { beneficiaryId: yvette, partnerId: 'caf-47', date: '2026-03-10', reason: 'APL' });
    const orientation = (await getOrientation(db!, id))!;
    const written = (await readPushBatch(db!, 1000)).ops.find((op) => op.recordId === id && op.field === 'reason');
    expect(stampOf(orientation, 'reason')).toBe(written?.hlc);
  });
});
