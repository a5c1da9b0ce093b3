// The guided diagnostic in a DOM over a real tablet database: one screen per block, back and forward
// without losing answers, a result from the documented rule, and progress shown on the file.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { autonomyLevel, proposedOrientation } from '../../src/shared/diagnostic/autonomy';
import type { DiagnosticAnswers } from '../../src/shared/schema/diagnostic';
import { createBeneficiary, getBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { createDiagnostic, listDiagnosticsOf } from '../../src/app/db/diagnostics-repository';
import { loadDraft } from '../../src/app/db/drafts-repository';
import { autonomyLabels } from '../../src/app/labels/diagnostic';
import type { AppServices } from '../../src/app/session/app-services';
import { personTablet, renderSection } from '../fixtures/person-views';

let db: DeclicDatabase | undefined;
afterEach(async () => {
  cleanup();
  // Let the drafts saved as the views close reach the database before it closes.
  await new Promise((settled) => setTimeout(settled, 20));
  db?.close();
});

const stepTitle = () => screen.getByRole('heading', { level: 2, name: /^Étape/ }).textContent;
const next = () => fireEvent.click(screen.getByRole('button', { name: 'Suivant →' }));
const back = () => fireEvent.click(screen.getByRole('button', { name: '← Précédent' }));
const box = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const rate = (domain: RegExp, level: string) => fireEvent.click(within(screen.getByRole('group', { name: domain })).getByLabelText(level));
const rated = (domain: RegExp, level: string) =>
  (within(screen.getByRole('group', { name: domain })).getByLabelText(level) as HTMLInputElement).checked;

async function openWizard(): Promise<{ services: AppServices; personId: string }> {
  const tablet = await personTablet('2026-03-10');
  db = tablet.db;
  const personId = await createBeneficiary(db, { firstName: 'Josiane', lastName: 'Lavergne', lastContactOn: '2026-01-05' });
  renderSection(tablet.services, `/beneficiaires/${personId}/diagnostic`);
  await screen.findByRole('heading', { level: 2, name: 'Étape 1 sur 6 : Équipement et connexion' });
  return { services: tablet.services, personId };
}

describe('the diagnostic questionnaire', () => {
  it('goes back and forward without losing answers, then saves a dated diagnostic with the rule’s result', async () => {
    const { personId } = await openWizard();
    fireEvent.click(box('Un smartphone'));
    fireEvent.click(box('Seulement les données mobiles du téléphone'));
    next();
    expect(stepTitle()).toBe('Étape 2 sur 6 : Comptes déjà ouverts');
    fireEvent.click(box('Un téléphone qui reçoit les SMS (codes de connexion)'));
    back();
    expect(box('Un smartphone').checked).toBe(true);
    expect(box('Seulement les données mobiles du téléphone').checked).toBe(true);
    next();
    expect(box('Un téléphone qui reçoit les SMS (codes de connexion)').checked).toBe(true);
    next();

    expect(stepTitle()).toBe('Étape 3 sur 6 : Compétences');
    next();
    expect(stepTitle()).toBe('Étape 3 sur 6 : Compétences');
    expect(screen.getAllByText('Choisissez une réponse pour ce domaine.')).toHaveLength(5);
    expect(document.activeElement).toBe(within(screen.getByRole('group', { name: /Utiliser un appareil/ })).getByLabelText('Jamais fait'));
    rate(/Utiliser un appareil/, 'Seulement avec de l’aide');
    rate(/Chercher une information/, 'Seulement avec de l’aide');
    rate(/Communiquer/, 'Seul·e, avec difficulté');
    rate(/Remplir un formulaire/, 'Seulement avec de l’aide');
    rate(/Se protéger/, 'Jamais fait');
    next();
    fireEvent.click(box('Lit ou écrit difficilement'));
    next();

    expect(stepTitle()).toBe('Étape 5 sur 6 : Démarches nécessaires');
    fireEvent.input(screen.getByLabelText('Chercher une démarche du catalogue'), { target: { value: 'RETRAITE' } });
    fireEvent.click(box('Demander sa retraite (Assurance retraite)'));
    fireEvent.input(screen.getByLabelText('Autre besoin, en vos mots'), { target: { value: 'Renouveler la C2S' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter' }));
    back();
    back();
    expect(rated(/Utiliser un appareil/, 'Seulement avec de l’aide')).toBe(true);
    expect(rated(/Se protéger/, 'Jamais fait')).toBe(true);
    next();
    next();
    expect(box('Demander sa retraite (Assurance retraite)').checked).toBe(true);
    expect(screen.getByRole('list', { name: 'Autres besoins' }).textContent).toContain('Renouveler la C2S');
    next();

    const expected: DiagnosticAnswers = {
      equipment: ['smartphone'],
      homeConnection: 'mobile',
      hasEmail: false,
      hasSmsPhone: true,
      franceConnectAccounts: [],
      skills: { appareil: 1, information: 1, communication: 2, formulaire: 1, securite: 0 },
      barriers: ['lecture-ecriture'],
      demarchesNeeded: ['demande-retraite', 'Renouveler la C2S'],
    };
    expect(stepTitle()).toBe('Étape 6 sur 6 : Résultat');
    expect(screen.getByTestId('autonomy-level').textContent).toBe(autonomyLabels[autonomyLevel(expected)]);
    expect(screen.getByTestId('autonomy-level').textContent).toBe('À accompagner pas à pas');
    expect(box('Faire pour la personne, avec un mandat (proposée) — la personne confie ses démarches à l’aidant').checked).toBe(true);
    fireEvent.click(screen.getByLabelText(/^Accompagnement —/));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le diagnostic' }));

    await waitFor(() => expect(window.location.pathname).toBe(`/beneficiaires/${personId}`));
    const [saved] = await listDiagnosticsOf(db!, personId);
    expect(saved).toMatchObject({
      ...expected,
      beneficiaryId: personId,
      date: '2026-03-10',
      autonomyLevel: 'pas-a-pas',
      proposedOrientation: proposedOrientation(expected),
      orientation: 'accompagnement',
    });
    expect((await getBeneficiary(db!, personId))?.lastContactOn).toBe('2026-03-10');
    expect(await loadDraft(db!, `diagnostic:${personId}`)).toBeUndefined();
  });

  it('computes the result again when an answer changes', async () => {
    await openWizard();
    fireEvent.click(box('Un ordinateur'));
    next();
    fireEvent.click(box('Une adresse e-mail qu’elle sait ouvrir'));
    next();
    for (const domain of [/Utiliser un appareil/, /Chercher une information/, /Communiquer/, /Remplir un formulaire/, /Se protéger/])
      rate(domain, 'À l’aise');
    next();
    next();
    next();
    expect(screen.getByTestId('autonomy-level').textContent).toBe('Autonome');
    back();
    back();
    fireEvent.click(box('Parle ou comprend mal le français'));
    next();
    next();
    expect(screen.getByTestId('autonomy-level').textContent).toBe('Autonome avec aide ponctuelle');
    expect(screen.getByText(/Proposée : Atelier avec un pass numérique/)).toBeTruthy();
  });

  it('reopens on the same screen with the same answers after the app was closed', async () => {
    const { services, personId } = await openWizard();
    fireEvent.click(box('Une tablette'));
    next();
    next();
    rate(/Communiquer/, 'À l’aise');
    cleanup();
    renderSection(services, `/beneficiaires/${personId}/diagnostic`);
    await screen.findByRole('heading', { level: 2, name: 'Étape 3 sur 6 : Compétences' });
    expect(rated(/Communiquer/, 'À l’aise')).toBe(true);
    back();
    back();
    expect(box('Une tablette').checked).toBe(true);
  });
});

describe('progress on the file', () => {
  it('compares the last two diagnostics per domain, with arrows and words', async () => {
    const tablet = await personTablet('2026-03-10');
    db = tablet.db;
    const personId = await createBeneficiary(db, { firstName: 'Marcel', lastName: 'Lagarde' });
    const base = {
      equipment: ['smartphone' as const],
      homeConnection: 'mobile' as const,
      hasEmail: true,
      hasSmsPhone: true,
      franceConnectAccounts: [],
      barriers: [],
      demarchesNeeded: [],
    };
    const save = (date: string, skills: DiagnosticAnswers['skills']) =>
      createDiagnostic(db!, {
        beneficiaryId: personId,
        date,
        ...base,
        skills,
        autonomyLevel: autonomyLevel({ ...base, skills }),
        proposedOrientation: 'accompagnement',
        orientation: 'accompagnement',
      });
    await save('2025-06-01', { appareil: 3, information: 3, communication: 3, formulaire: 3, securite: 3 });
    await save('2025-10-01', { appareil: 0, information: 1, communication: 2, formulaire: 1, securite: 1 });
    await save('2026-03-01', { appareil: 2, information: 1, communication: 1, formulaire: 1, securite: 2 });
    renderSection(tablet.services, `/beneficiaires/${personId}`);
    const table = await screen.findByRole('table', {
      name: /Progression entre le diagnostic du 1er octobre 2025 et celui du 1er mars 2026/,
    });
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(`^${name}`) }).textContent;
    expect(row('Utiliser un appareil')).toBe('Utiliser un appareilJamais faitSeul·e, avec difficulté↑ Progrès');
    expect(row('Communiquer')).toBe('CommuniquerSeul·e, avec difficultéSeulement avec de l’aide↓ Recul');
    expect(row('Chercher une information')).toBe('Chercher une informationSeulement avec de l’aideSeulement avec de l’aide= Stable');
    expect(row('Niveau d’autonomie')).toBe('Niveau d’autonomieÀ accompagner pas à pasÀ accompagner pas à pas= Stable');
  });
});
