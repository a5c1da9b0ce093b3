// Local content on the tablet: a coordinateur writes a note under a national démarche and a partner of the
// territory; every aidant of the structure reads them under the démarche, in search, in the directory and on
// the printed sheets, in safe Markdown, with who wrote them; an aidant has no form to change them.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { listLocalNotes, saveLocalNote, saveLocalPartner } from '../../src/app/db/local-content-repository';
import { createOrientation } from '../../src/app/db/orientations-repository';
import { startSuivi } from '../../src/app/db/suivis-repository';
import { paths } from '../../src/app/routes/paths';
import { navigate } from '../../src/app/ui/router';
import { contentIsReady, renderSection, stopSections, tabletOf } from '../fixtures/activity-app';

let db: DeclicDatabase;
afterEach(async () => {
  cleanup();
  await stopSections();
  db.close();
  navigate('/');
});

const coordinator = { author: 'Corinne Coordinatrice', updatedOn: '2025-03-14', territory: false };

describe('local content', () => {
  it('lets a coordinateur add a note under a démarche: shown in safe Markdown, with who wrote it and when, and queued for sync', async () => {
    contentIsReady();
    db = await tabletOf('coordinateur');
    await renderSection(paths.demarche({ demarcheId: 'caf-attestation' }), db);
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter une note locale' }));
    fireEvent.input(screen.getByLabelText('Note locale'), {
      target: { value: 'À Nérac, la CAF reçoit sur rendez-vous le **mardi matin**. <img src=x onerror=alert(1)>' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la note' }));
    const section = (await screen.findByRole('heading', { name: 'Ce qui vaut ici' })).closest('section')!;
    await waitFor(() => expect(within(section).getByText('mardi matin').tagName).toBe('STRONG'));
    expect(section.querySelector('img')).toBeNull();
    expect(within(section).getByText(/<img src=x/)).toBeTruthy();
    expect(within(section).getByText(/Pour la structure · écrit par Claire Martin le 14 mars 2025/)).toBeTruthy();
    const queued = await db.outbox.toArray();
    expect(
      queued
        .filter((op) => op.collection === 'localNotes')
        .map((op) => op.field)
        .sort(),
    ).toEqual(['author', 'body', 'demarcheId', 'territory', 'updatedOn'].sort());
  });

  it('shows an aidant the note on the démarche page and on the printed pièces sheet, with no form to change it', async () => {
    contentIsReady();
    db = await tabletOf('aidant');
    await saveLocalNote(db, null, { demarcheId: 'caf-attestation', body: 'Apporter le **code d’accès** reçu par courrier.' }, coordinator);
    const person = await createBeneficiary(db, { firstName: 'Yvette', lastName: 'Martin', commune: 'Nérac' });
    const suivi = await startSuivi(db, { beneficiaryId: person, demarcheId: 'caf-attestation', startedOn: '2025-03-14' });
    await renderSection(paths.demarche({ demarcheId: 'caf-attestation' }), db);
    expect(await screen.findByText('code d’accès')).toBeTruthy();
    expect(screen.getByText(/écrit par Corinne Coordinatrice le 14 mars 2025/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ajouter une note locale' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Modifier la note' })).toBeNull();
    cleanup();
    await renderSection(paths.suiviSheet({ id: suivi }), db);
    const sheet = await screen.findByRole('article');
    await waitFor(() => expect(within(sheet).getByRole('heading', { name: 'À savoir ici' })).toBeTruthy());
    expect(within(sheet).getByText('code d’accès')).toBeTruthy();
  });

  it('lists a coordinateur’s new partner in the directory and finds it in the catalogue’s search', async () => {
    contentIsReady();
    db = await tabletOf('coordinateur');
    await renderSection(paths.partners(), db);
    fireEvent.click(await screen.findByRole('button', { name: 'Ajouter un partenaire local' }));
    fireEvent.input(screen.getByLabelText('Nom du partenaire'), { target: { value: 'Épicerie solidaire du Pôle' } });
    fireEvent.input(screen.getByLabelText('Commune du partenaire'), { target: { value: 'Nérac' } });
    fireEvent.input(screen.getByLabelText('Comment avoir un rendez-vous'), { target: { value: 'Le lundi, sans rendez-vous' } });
    fireEvent.input(screen.getByLabelText('Ce qu’il faut apporter'), { target: { value: 'Avis d’imposition' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le partenaire' }));
    await screen.findByRole('heading', { level: 1, name: 'Épicerie solidaire du Pôle' });
    expect(screen.getByText('Le lundi, sans rendez-vous')).toBeTruthy();
    expect(screen.getByText('Avis d’imposition')).toBeTruthy();
    cleanup();
    await renderSection(paths.demarches(), db);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Chercher une démarche ou un guide' }), {
      target: { value: 'epicerie solidair' },
    });
    const group = (await screen.findByRole('heading', { name: 'Partenaires du territoire' })).nextElementSibling as HTMLElement;
    expect(within(group).getByRole('link', { name: /Épicerie solidaire du Pôle/ })).toBeTruthy();
  });

  it('gives an aidant no form in the directory, but the territory’s partners', async () => {
    contentIsReady();
    db = await tabletOf('aidant');
    await saveLocalPartner(db, null, { name: 'Lot-et-Garonne Numérique', commune: 'Agen' }, { ...coordinator, territory: true });
    await renderSection(paths.partners(), db);
    expect(await screen.findByRole('link', { name: /Lot-et-Garonne Numérique/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ajouter un partenaire local' })).toBeNull();
  });

  it('prints a local partner and the démarche’s local notes on the orientation slip', async () => {
    contentIsReady();
    db = await tabletOf('aidant');
    const partnerId = await saveLocalPartner(
      db,
      null,
      {
        name: 'Permanence CAF de Nérac',
        commune: 'Nérac',
        address: 'Mairie, place du Général-de-Gaulle',
        appointment: 'Au 3230',
        bring: 'Le courrier de la CAF',
      },
      coordinator,
    );
    await saveLocalNote(db, null, { demarcheId: 'caf-attestation', body: 'Le mardi matin seulement.' }, coordinator);
    const person = await createBeneficiary(db, { firstName: 'Yvette', lastName: 'Martin', commune: 'Nérac' });
    const id = await createOrientation(db, { beneficiaryId: person, partnerId, date: '2025-03-14', demarcheIds: ['caf-attestation'] });
    await renderSection(paths.orientation({ orientationId: id }), db);
    const slip = await screen.findByRole('article');
    expect(within(slip).getByRole('heading', { name: 'Permanence CAF de Nérac' })).toBeTruthy();
    expect(within(slip).getByText('Au 3230')).toBeTruthy();
    expect(within(slip).getByText('Le courrier de la CAF')).toBeTruthy();
    expect(within(slip).getByRole('heading', { name: 'À savoir ici' })).toBeTruthy();
    expect(within(slip).getByText('Le mardi matin seulement.')).toBeTruthy();
  });

  it('lets a coordinateur delete a note everywhere, after asking', async () => {
    contentIsReady();
    db = await tabletOf('coordinateur');
    await saveLocalNote(db, null, { demarcheId: 'caf-attestation', body: 'Permanence supprimée en 2025.' }, coordinator);
    await renderSection(paths.demarche({ demarcheId: 'caf-attestation' }), db);
    fireEvent.click(await screen.findByRole('button', { name: 'Modifier la note' }));
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer la note' }));
    fireEvent.click(screen.getByRole('button', { name: 'Oui, supprimer la note' }));
    await waitFor(() => expect(screen.queryByText('Permanence supprimée en 2025.')).toBeNull());
    expect((await db.outbox.toArray()).some((op) => op.collection === 'localNotes' && op.field === 'deleted' && op.value === true)).toBe(
      true,
    );
  });

  it('keeps a colleague’s text saved while the note’s form was open, beside the new one', async () => {
    contentIsReady();
    db = await tabletOf('coordinateur');
    const id = await saveLocalNote(db, null, { demarcheId: 'caf-attestation', body: 'Le mardi.' }, coordinator);
    await renderSection(paths.demarche({ demarcheId: 'caf-attestation' }), db);
    fireEvent.click(await screen.findByRole('button', { name: 'Modifier la note' }));
    // Meanwhile, the same note changed elsewhere (as a sync would bring it).
    await saveLocalNote(db, id, { body: 'Le mardi et le jeudi.' }, coordinator);
    fireEvent.input(screen.getByLabelText('Note locale'), { target: { value: 'Le mardi matin.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la note' }));
    await waitFor(async () => expect((await listLocalNotes(db))[0]?.body).toBe('Le mardi matin.'));
    expect((await listLocalNotes(db))[0]?.conflicts.body?.map((c) => c.value)).toEqual(['Le mardi et le jeudi.']);
    expect(await screen.findByText(/Autre version écrite en même temps : « Le mardi et le jeudi. »/)).toBeTruthy();
  });
});
