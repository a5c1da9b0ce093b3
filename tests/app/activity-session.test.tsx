// Logging an accompagnement from a person's file: date, duration, place prefilled, démarches in one tap,
// saved with the person's commune for the statistics; the place and duration used are remembered.
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAccompagnements, logAtelier, logSession } from '../../src/app/db/accompagnements-repository';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import { createDiagnostic } from '../../src/app/db/diagnostics-repository';
import { startSuivi, updateSuivi } from '../../src/app/db/suivis-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { paths } from '../../src/app/routes/paths';
import { navigate } from '../../src/app/ui/router';
import { contentIsReady, renderSection, stopSections, tabletOf } from '../fixtures/activity-app';
import { sampleDiagnostic } from '../fixtures/sample-diagnostic';

let db: DeclicDatabase;
let yvette: string;

beforeEach(async () => {
  contentIsReady();
  db = await tabletOf('aidant');
  yvette = await createBeneficiary(db, { firstName: 'Yvette', lastName: 'Martin', commune: 'Nérac', birthYear: 1948 });
});
afterEach(async () => {
  cleanup();
  await stopSections();
  db.close();
  navigate('/');
});

const tap = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));

describe('logging a session from the person’s page', () => {
  it('saves in two taps once the form is open: a démarche, then "Enregistrer"', async () => {
    await renderSection(paths.personActivity({ beneficiaryId: yvette }), db);
    fireEvent.click(screen.getByRole('link', { name: 'Noter un accompagnement' }));
    await screen.findByRole('heading', { level: 1, name: 'Accompagnement d’Yvette Martin' });
    expect(screen.getByText('Aujourd’hui · 30 min · En mairie')).toBeTruthy();
    const chips = within(screen.getByRole('group', { name: 'Démarches proposées' })).getAllByRole('button');
    expect(chips.length).toBeGreaterThanOrEqual(3);
    tap('Demander le RSA');
    tap('Enregistrer');
    await screen.findByRole('heading', { level: 1, name: 'Activité d’Yvette Martin' });
    expect(screen.getByRole('status').textContent).toBe('Accompagnement enregistré.');
    const [saved] = await listAccompagnements(db);
    expect(saved).toMatchObject({
      beneficiaryId: yvette,
      date: '2025-03-14',
      durationMinutes: 30,
      place: 'mairie',
      mode: 'individuel',
      demarcheIds: ['rsa'],
      operatorIds: ['caf'],
      commune: 'Nérac',
      autonomyObserved: null,
    });
    await screen.findByRole('heading', { name: 'Accompagnements (1)' });
  });

  it('adds a note afterwards to a session logged without one', async () => {
    await logSession(db, {
      beneficiaryId: yvette,
      date: '2025-03-14',
      durationMinutes: 30,
      place: 'mairie',
      demarcheIds: [],
      operatorIds: [],
    });
    await renderSection(paths.personActivity({ beneficiaryId: yvette }), db);
    const sessions = await screen.findByRole('region', { name: 'Accompagnements (1)' });
    fireEvent.click(within(sessions).getByText('Ajouter une note'));
    fireEvent.input(within(sessions).getByLabelText('Note de l’accompagnement'), { target: { value: 'Code FranceConnect reçu' } });
    fireEvent.click(within(sessions).getByRole('button', { name: 'Enregistrer la note' }));
    await within(sessions).findByText('Note enregistrée.');
    await within(sessions).findByText('Code FranceConnect reçu', { selector: 'p' });
    expect((await listAccompagnements(db))[0]).toMatchObject({ note: 'Code FranceConnect reçu' });
  });

  it('remembers the place and duration of the last session, and the last autonomy observed for the person', async () => {
    await renderSection(paths.logSession({ beneficiaryId: yvette }), db);
    fireEvent.click(screen.getByText('Aujourd’hui · 30 min · En mairie'));
    tap('45 min');
    tap('À domicile');
    tap('Autonome avec une aide ponctuelle');
    tap('Enregistrer');
    await screen.findByRole('heading', { level: 1, name: 'Activité d’Yvette Martin' });
    cleanup();
    await renderSection(paths.logSession({ beneficiaryId: yvette }), db);
    expect(screen.getByText('Aujourd’hui · 45 min · À domicile')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Autonome avec une aide ponctuelle' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('offers the démarches the person worked on first', async () => {
    await renderSection(paths.logSession({ beneficiaryId: yvette }), db);
    fireEvent.change(screen.getByLabelText('Autre démarche'), { target: { value: 'carte-vitale' } });
    tap('Enregistrer');
    await screen.findByRole('heading', { level: 1, name: 'Activité d’Yvette Martin' });
    cleanup();
    await renderSection(paths.logSession({ beneficiaryId: yvette }), db);
    const first = within(screen.getByRole('group', { name: 'Démarches proposées' })).getAllByRole('button')[0];
    expect(first?.textContent).toMatch(/carte Vitale/);
  });

  it('offers first the démarches in progress for the person, and the autonomy of their last diagnostic', async () => {
    await startSuivi(db, { beneficiaryId: yvette, demarcheId: 'complementaire-sante-solidaire', startedOn: '2025-03-10' });
    const finished = await startSuivi(db, { beneficiaryId: yvette, demarcheId: 'rsa', startedOn: '2025-02-01' });
    await updateSuivi(db, finished, { status: 'termine' });
    await createDiagnostic(
      db,
      sampleDiagnostic(yvette, { date: '2025-03-10', demarchesNeeded: ['demande-retraite', 'une démarche écrite par l’aidant'] }),
    );
    await renderSection(paths.logSession({ beneficiaryId: yvette }), db);
    const chips = within(screen.getByRole('group', { name: 'Démarches proposées' })).getAllByRole('button');
    expect(chips.slice(0, 2).map((chip) => chip.textContent)).toEqual([
      expect.stringMatching(/[Cc]omplémentaire santé solidaire/),
      expect.stringMatching(/retraite/),
    ]);
    expect(chips.map((chip) => chip.textContent).join(' | ')).not.toMatch(/écrite par l’aidant/);
    expect(screen.getByRole('button', { name: 'À accompagner pas à pas' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('says so when the person is not on the tablet', async () => {
    await renderSection(paths.logSession({ beneficiaryId: '0190a000-0000-7000-8000-0000000000ff' }), db);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Personne introuvable');
  });
});

describe('the Activité home', () => {
  it('counts this month’s sessions, ateliers included, on the way to the list', async () => {
    await logSession(db, {
      beneficiaryId: yvette,
      date: '2025-03-10',
      durationMinutes: 30,
      place: 'mairie',
      demarcheIds: [],
      operatorIds: [],
    });
    await logSession(db, {
      beneficiaryId: yvette,
      date: '2025-02-10',
      durationMinutes: 30,
      place: 'mairie',
      demarcheIds: [],
      operatorIds: [],
    });
    await logAtelier(db, {
      date: '2025-03-12',
      durationMinutes: 90,
      place: 'mairie',
      participantIds: [yvette],
      demarcheIds: [],
      operatorIds: [],
    });
    await renderSection(paths.activity(), db);
    const tile = await screen.findByRole('link', { name: /^Accompagnements/ });
    await within(tile).findByText('2 ce mois-ci, ateliers compris');
  });
});
