// A text typed at the same time on two tablets: the version that lost the merge is shown next to the field
// (a suivi's note, a session's note, an orientation's motif, the person's notes) until an aidant saves
// what counts. Each conflict is a real one: a colleague's tablet writes, this one writes, the pull merges.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { listAccompagnements, logSession, updateAccompagnement } from '../../src/app/db/accompagnements-repository';
import { createBeneficiary, updateBeneficiary } from '../../src/app/db/beneficiaries-repository';
import { loadDraft } from '../../src/app/db/drafts-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { createOrientation, getOrientation, setOrientationReason } from '../../src/app/db/orientations-repository';
import { getSuivi, startSuivi, updateSuivi } from '../../src/app/db/suivis-repository';
import { paths } from '../../src/app/routes/paths';
import { navigate } from '../../src/app/ui/router';
import { contentIsReady, renderSection as renderActivity, stopSections } from '../fixtures/activity-app';
import { loggedInClientDb, testLogin } from '../fixtures/client-db';
import { colleagueEdits, movingClock } from '../fixtures/colleague-tablet';
import { personTablet, renderSection as renderFiles, renderWith, Routed } from '../fixtures/person-views';

const MINUTE = 60_000;
let db: DeclicDatabase | undefined;
afterEach(async () => {
  cleanup();
  await stopSections();
  await new Promise((settled) => setTimeout(settled, 20));
  db?.close();
  db = undefined;
  navigate('/');
});

/** Types `value` into a field, as the aidant does before tapping the save button. */
const typeIn = (field: HTMLElement, value: string) => act(() => void fireEvent.input(field, { target: { value } }));

/** The warning that names the field, found by its first sentence. */
const otherVersions = (field: string) =>
  screen.queryByText(`Deux versions ${field} ont été saisies en même temps sur deux tablettes. Voici l’autre :`);

async function warningListing(field: string, text: string): Promise<HTMLElement> {
  const sentence = await screen.findByText(`Deux versions ${field} ont été saisies en même temps sur deux tablettes. Voici l’autre :`);
  const warning = sentence.closest<HTMLElement>('.notice-warning')!;
  expect(within(warning).getByRole('listitem').textContent).toBe(`« ${text} »`);
  return warning;
}

async function activityTablet(clock: ReturnType<typeof movingClock>) {
  contentIsReady();
  db = await loggedInClientDb({ login: testLogin('structure-nerac'), now: clock.now });
  return { db, yvette: await createBeneficiary(db, { firstName: 'Yvette', lastName: 'Martin', commune: 'Nérac' }) };
}

describe('a suivi’s note typed at the same time on two tablets', () => {
  it('shows the colleague’s version by the note until the aidant saves the note', async () => {
    const clock = movingClock('2026-03-10T12:00:00');
    const tablet = await personTablet('2026-03-10', { now: clock.now });
    db = tablet.db;
    const yvette = await createBeneficiary(db, { firstName: 'Yvette', lastName: 'Martin' });
    const id = await startSuivi(db, { beneficiaryId: yvette, demarcheId: 'prime-activite', startedOn: '2026-03-10' });
    const colleague = await colleagueEdits(db, 'demarcheSuivis', id, { note: 'RIB reçu, dossier à envoyer' });
    clock.advance(MINUTE);
    await updateSuivi(db, id, { note: 'Attendre le RIB' });
    await colleague.arrive();

    window.history.replaceState(null, '', `/demarches/suivis/${id}`);
    renderWith(tablet.services, <Routed />);
    await warningListing('de la note', 'RIB reçu, dossier à envoyer');
    const note = screen.getByLabelText('Note (visible seulement par votre structure)') as HTMLTextAreaElement;
    expect(note.value).toBe('Attendre le RIB');
    typeIn(note, 'RIB reçu, dossier à envoyer lundi');
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la note' }));
    await screen.findByText('Note enregistrée.');
    await waitFor(() => expect(otherVersions('de la note')).toBeNull());
    expect(await getSuivi(db, id)).toMatchObject({ note: 'RIB reçu, dossier à envoyer lundi', conflicts: {} });
  });
});

describe('a note that changes by sync while the aidant types it', () => {
  it('keeps the aidant’s typing and shows the text that arrived above it', async () => {
    const clock = movingClock('2026-03-10T12:00:00');
    const tablet = await personTablet('2026-03-10', { now: clock.now });
    db = tablet.db;
    const yvette = await createBeneficiary(db, { firstName: 'Yvette', lastName: 'Martin' });
    const id = await startSuivi(db, { beneficiaryId: yvette, demarcheId: 'prime-activite', startedOn: '2026-03-10' });
    await updateSuivi(db, id, { note: 'Attendre le RIB' });

    window.history.replaceState(null, '', `/demarches/suivis/${id}`);
    renderWith(tablet.services, <Routed />);
    const note = (await screen.findByLabelText('Note (visible seulement par votre structure)')) as HTMLTextAreaElement;
    typeIn(note, 'Attendre le RIB, rappeler jeudi');
    // A colleague, who had seen "Attendre le RIB", changes the note; a sync brings it in.
    clock.advance(MINUTE);
    await (await colleagueEdits(db, 'demarcheSuivis', id, { note: 'RIB reçu' })).arrive();
    act(() => tablet.services.syncStatus.update({ lastSuccessAt: clock.now() }));

    const arrived = await screen.findByText('Pendant votre saisie, ce texte a été modifié sur une autre tablette :');
    expect(within(arrived.closest<HTMLElement>('.notice-warning')!).getByText('« RIB reçu »')).toBeTruthy();
    expect(note.value).toBe('Attendre le RIB, rappeler jeudi');
    typeIn(note, 'RIB reçu, rappeler jeudi');
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la note' }));
    await screen.findByText('Note enregistrée.');
    expect(screen.queryByText('Pendant votre saisie, ce texte a été modifié sur une autre tablette :')).toBeNull();
    expect(await getSuivi(db, id)).toMatchObject({ note: 'RIB reçu, rappeler jeudi', conflicts: {} });
  });
});

describe('a note typed and not yet saved', () => {
  async function suiviPage() {
    const tablet = await personTablet('2026-03-10');
    db = tablet.db;
    const yvette = await createBeneficiary(db, { firstName: 'Yvette', lastName: 'Martin' });
    const id = await startSuivi(db, { beneficiaryId: yvette, demarcheId: 'prime-activite', startedOn: '2026-03-10' });
    await updateSuivi(db, id, { note: 'Attendre le RIB' });
    const open = async () => {
      window.history.replaceState(null, '', `/demarches/suivis/${id}`);
      renderWith(tablet.services, <Routed />);
      return (await screen.findByLabelText('Note (visible seulement par votre structure)')) as HTMLTextAreaElement;
    };
    return { id, yvette, open };
  }
  const draftKey = (yvette: string, id: string) => `texte:${yvette}:demarcheSuivis:${id}:note`;

  it('is kept on the tablet when the page closes, and given back when it opens again', async () => {
    const { id, yvette, open } = await suiviPage();
    typeIn(await open(), 'Attendre le RIB, rappeler jeudi');
    cleanup();
    await waitFor(async () =>
      expect((await loadDraft(db!, draftKey(yvette, id)))?.value).toMatchObject({ text: 'Attendre le RIB, rappeler jeudi' }),
    );

    const note = await open();
    await waitFor(() => expect(note.value).toBe('Attendre le RIB, rappeler jeudi'));
    expect(screen.getByText('Texte non enregistré retrouvé : enregistrez-le ou annulez la saisie.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la note' }));
    await screen.findByText('Note enregistrée.');
    expect(await getSuivi(db!, id)).toMatchObject({ note: 'Attendre le RIB, rappeler jeudi' });
    await waitFor(async () => expect(await loadDraft(db!, draftKey(yvette, id))).toBeUndefined());
  });

  it('goes back to the saved text on « Annuler la saisie »', async () => {
    const { id, yvette, open } = await suiviPage();
    const note = await open();
    typeIn(note, 'Texte à jeter');
    fireEvent.click(screen.getByRole('button', { name: 'Annuler la saisie' }));
    expect(note.value).toBe('Attendre le RIB');
    expect((screen.getByRole('button', { name: 'Enregistrer la note' }) as HTMLButtonElement).disabled).toBe(true);
    await waitFor(async () => expect(await loadDraft(db!, draftKey(yvette, id))).toBeUndefined());
  });
});

describe('a session’s note typed at the same time on two tablets', () => {
  it('shows the colleague’s version on the session, the change form open, until the aidant saves the note', async () => {
    const clock = movingClock('2025-03-14T10:00:00');
    const { db, yvette } = await activityTablet(clock);
    const input = { beneficiaryId: yvette, date: '2025-03-14', durationMinutes: 30, place: 'mairie' as const };
    const id = await logSession(db, { ...input, demarcheIds: [], operatorIds: [], note: 'Compte ameli' });
    const colleague = await colleagueEdits(db, 'accompagnements', id, { note: 'Compte ameli créé, code reçu par SMS' });
    clock.advance(MINUTE);
    await updateAccompagnement(db, id, { note: 'Compte ameli : attendre le courrier' });
    await colleague.arrive();

    await renderActivity(paths.personActivity({ beneficiaryId: yvette }), db);
    const sessions = screen.getByRole('region', { name: 'Accompagnements (1)' });
    const warning = await warningListing('de la note', 'Compte ameli créé, code reçu par SMS');
    expect(sessions.contains(warning)).toBe(true);
    expect(within(sessions).getByText('Compte ameli : attendre le courrier')).toBeTruthy();
    const note = within(sessions).getByLabelText('Note de l’accompagnement') as HTMLTextAreaElement;
    expect(note.closest('details')?.open).toBe(true);
    typeIn(note, 'Compte ameli créé, attendre le courrier');
    fireEvent.click(within(sessions).getByRole('button', { name: 'Enregistrer la note' }));
    await waitFor(() => expect(otherVersions('de la note')).toBeNull());
    expect(within(sessions).getByRole('status').textContent).toBe('Note enregistrée.');
    expect(note.closest('details')?.open).toBe(true);
    expect(within(sessions).getByText('Compte ameli créé, attendre le courrier', { selector: 'p' })).toBeTruthy();
    expect((await listAccompagnements(db))[0]).toMatchObject({ note: 'Compte ameli créé, attendre le courrier', conflicts: {} });
  });
});

describe('an orientation’s motif typed at the same time on two tablets', () => {
  it('shows the colleague’s version under the slip until the aidant saves the motif', async () => {
    const clock = movingClock('2025-03-14T10:00:00');
    const { db, yvette } = await activityTablet(clock);
    const id = await createOrientation(db, { beneficiaryId: yvette, partnerId: 'caf-47', date: '2025-03-14', reason: 'Prime d’activité' });
    const colleague = await colleagueEdits(db, 'orientations', id, { reason: 'Prime d’activité et APL' });
    clock.advance(MINUTE);
    await setOrientationReason(db, id, 'Prime d’activité : dossier bloqué');
    await colleague.arrive();

    await renderActivity(paths.orientation({ orientationId: id }), db);
    await warningListing('du motif', 'Prime d’activité et APL');
    expect(within(screen.getByRole('article')).getByText('Prime d’activité : dossier bloqué')).toBeTruthy();
    const reason = screen.getByLabelText('Motif de l’orientation') as HTMLTextAreaElement;
    expect(reason.value).toBe('Prime d’activité : dossier bloqué');
    typeIn(reason, 'Prime d’activité (dossier bloqué) et APL');
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le motif' }));
    await waitFor(() => expect(otherVersions('du motif')).toBeNull());
    expect(within(screen.getByRole('article')).getByText('Prime d’activité (dossier bloqué) et APL')).toBeTruthy();
    expect(await getOrientation(db, id)).toMatchObject({ reason: 'Prime d’activité (dossier bloqué) et APL', conflicts: {} });
  });

  it('lets the aidant keep the version shown as it is', async () => {
    const clock = movingClock('2025-03-14T10:00:00');
    const { db, yvette } = await activityTablet(clock);
    const id = await createOrientation(db, { beneficiaryId: yvette, partnerId: 'caf-47', date: '2025-03-14', reason: 'APL' });
    const colleague = await colleagueEdits(db, 'orientations', id, { reason: 'APL et prime' });
    clock.advance(MINUTE);
    await setOrientationReason(db, id, 'APL seulement');
    await colleague.arrive();

    await renderActivity(paths.orientation({ orientationId: id }), db);
    await warningListing('du motif', 'APL et prime');
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le motif' }));
    await waitFor(() => expect(otherVersions('du motif')).toBeNull());
    expect(await getOrientation(db, id)).toMatchObject({ reason: 'APL seulement', conflicts: {} });
  });
});

describe('the person’s notes typed at the same time on two tablets', () => {
  it('shows the colleague’s version under the notes of the file', async () => {
    const clock = movingClock('2026-03-10T12:00:00');
    const tablet = await personTablet('2026-03-10', { now: clock.now });
    db = tablet.db;
    const yvette = await createBeneficiary(db, { firstName: 'Yvette', notes: 'Dossier CAF commencé' });
    const colleague = await colleagueEdits(db, 'beneficiaries', yvette, { notes: 'Attestation CAF à imprimer' });
    clock.advance(MINUTE);
    await updateBeneficiary(db, yvette, { notes: 'Dossier CAF envoyé' });
    await colleague.arrive();

    renderFiles(tablet.services, `/beneficiaires/${yvette}`);
    const warning = await warningListing('des notes', 'Attestation CAF à imprimer');
    expect(within(warning).getByText('Modifiez le dossier pour garder ce qui compte.')).toBeTruthy();
    expect(screen.getByText('Dossier CAF envoyé')).toBeTruthy();
  });
});
