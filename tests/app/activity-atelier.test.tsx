// A group workshop: its theme, its participants found by name, one session for all of them.
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAccompagnements, logSession } from '../../src/app/db/accompagnements-repository';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { paths } from '../../src/app/routes/paths';
import { navigate } from '../../src/app/ui/router';
import { contentIsReady, renderSection, stopSections, tabletOf } from '../fixtures/activity-app';

let db: DeclicDatabase;

beforeEach(async () => {
  contentIsReady();
  db = await tabletOf('aidant');
});
afterEach(async () => {
  cleanup();
  await stopSections();
  db.close();
  navigate('/');
});

describe('an atelier', () => {
  it('is saved once with every participant added by name', async () => {
    const yvette = await createBeneficiary(db, { firstName: 'Yvette', lastName: 'Martin', commune: 'Nérac' });
    const karim = await createBeneficiary(db, { firstName: 'Karim', lastName: 'Benali', commune: 'Agen' });
    await createBeneficiary(db, { firstName: 'Louis', lastName: 'Girard' });
    await renderSection(paths.atelier(), db);
    fireEvent.input(screen.getByLabelText('Thème de l’atelier'), { target: { value: 'Découvrir la tablette' } });
    const search = screen.getByLabelText('Ajouter un participant');
    fireEvent.input(search, { target: { value: 'yvet' } });
    fireEvent.click(screen.getByRole('button', { name: /Yvette Martin/ }));
    fireEvent.input(search, { target: { value: 'agen' } });
    fireEvent.click(screen.getByRole('button', { name: /Karim Benali/ }));
    expect(screen.getByRole('group', { name: 'Participants (2)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer l’atelier' }));
    expect((await screen.findByRole('status')).textContent).toBe('Atelier enregistré avec 2 participants.');
    const [atelier] = await listAccompagnements(db);
    expect(atelier).toMatchObject({
      mode: 'atelier',
      theme: 'Découvrir la tablette',
      participantIds: [yvette, karim],
      beneficiaryId: null,
      durationMinutes: 90,
      commune: null,
    });
    expect(within(screen.getByRole('list')).getByText(/Atelier « Découvrir la tablette » · 2 participants/)).toBeTruthy();
  });

  it('does not start at someone’s home after a home visit, but at the mairie', async () => {
    const yvette = await createBeneficiary(db, { firstName: 'Yvette', lastName: 'Martin' });
    await logSession(db, {
      beneficiaryId: yvette,
      date: '2025-03-14',
      durationMinutes: 45,
      place: 'domicile',
      demarcheIds: [],
      operatorIds: [],
    });
    await renderSection(paths.atelier(), db);
    expect(screen.getByText('Aujourd’hui · 1 h 30 · En mairie')).toBeTruthy();
  });

  it('asks for at least one participant', async () => {
    await renderSection(paths.atelier(), db);
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer l’atelier' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/au moins une personne/);
    expect(await listAccompagnements(db)).toEqual([]);
  });
});
