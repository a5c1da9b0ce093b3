// A saved diagnostic read again, in a DOM over a real tablet database: reached from the file's history
// and from its Progression section, every answer in plain French, printable, and no code on screen.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { createDiagnostic } from '../../src/app/db/diagnostics-repository';
import { personTablet, renderSection } from '../fixtures/person-views';
import { sampleDiagnostic } from '../fixtures/sample-diagnostic';

let db: DeclicDatabase | undefined;
afterEach(async () => {
  cleanup();
  // Let the drafts saved as the views close reach the database before it closes.
  await new Promise((settled) => setTimeout(settled, 20));
  db?.close();
});

async function josianeWithDiagnostic() {
  const tablet = await personTablet('2026-03-10');
  db = tablet.db;
  const personId = await createBeneficiary(db, { firstName: 'Josiane', lastName: 'Lavergne', commune: 'Casteljaloux' });
  const diagnosticId = await createDiagnostic(
    db,
    sampleDiagnostic(personId, {
      equipment: ['smartphone', 'tablette'],
      homeConnection: 'mobile',
      hasEmail: false,
      hasSmsPhone: true,
      franceConnectAccounts: ['ameli', 'la-poste'],
      skills: { appareil: 2, information: 1, communication: 0, formulaire: 3, securite: 1 },
      barriers: ['lecture-ecriture'],
      demarchesNeeded: ['demande-retraite', 'Résilier la box de son fils'],
      autonomyLevel: 'pas-a-pas',
      proposedOrientation: 'faire-pour-mandat',
      orientation: 'accompagnement',
    }),
  );
  return { services: tablet.services, personId, diagnosticId };
}

/** The question → answer pairs of one section of the page. */
function answersIn(sectionName: string): Record<string, string> {
  const section = screen.getByRole('region', { name: sectionName });
  const rows = [...section.querySelectorAll('dt')].map((dt) => [dt.textContent!, dt.nextElementSibling!.textContent!]);
  return Object.fromEntries(rows);
}

describe('a saved diagnostic', () => {
  it('opens from the history of the file and shows every answer in French', async () => {
    const { services, personId, diagnosticId } = await josianeWithDiagnostic();
    renderSection(services, `/beneficiaires/${personId}`);
    const history = await screen.findByRole('list', { name: 'Du plus récent au plus ancien' });
    fireEvent.click(within(history).getByRole('link', { name: 'Diagnostic : À accompagner pas à pas' }), { button: 0 });

    expect(await screen.findByRole('heading', { level: 1, name: 'Diagnostic de Josiane Lavergne du 1er mars 2026' })).toBeTruthy();
    expect(window.location.pathname).toBe(`/beneficiaires/${personId}/diagnostics/${diagnosticId}`);
    expect(answersIn('Résultat')).toEqual({
      'Niveau d’autonomie': 'À accompagner pas à pas',
      'Orientation choisie': 'Accompagnement : faire les démarches avec la personne, pas à pas',
      'Orientation proposée': 'Faire pour la personne, avec un mandat : la personne confie ses démarches à l’aidant',
    });
    expect(answersIn('Équipement et connexion')).toEqual({
      Appareils: 'Un smartphoneUne tablette',
      'Connexion à internet à la maison': 'Seulement les données mobiles du téléphone',
    });
    expect(answersIn('Ce que la personne a déjà')).toEqual({
      'Une adresse e-mail qu’elle sait ouvrir': 'Non',
      'Un téléphone qui reçoit les SMS (codes de connexion)': 'Oui',
      'Comptes qui permettent FranceConnect': 'ameli (Assurance Maladie)Identité numérique La Poste',
    });
    expect(answersIn('Freins et besoins')).toEqual({
      'Ce qui gêne la personne, en dehors du numérique': 'Lit ou écrit difficilement',
      'Démarches nécessaires': 'Demander sa retraite (Assurance retraite)Résilier la box de son fils',
    });
    const skills = within(screen.getByRole('region', { name: 'Compétences' }))
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(skills).toEqual([
      ['Utiliser un appareil (allumer, toucher l’écran, taper au clavier, ouvrir une application)', 'Seul·e, avec difficulté'],
      ['Chercher une information (trouver le bon site, lire une page)', 'Seulement avec de l’aide'],
      ['Communiquer (envoyer un e-mail, un SMS, une pièce jointe)', 'Jamais fait'],
      ['Remplir un formulaire en ligne (créer un compte, joindre un document)', 'À l’aise'],
      ['Se protéger, protéger ses données (mot de passe, repérer un faux message)', 'Seulement avec de l’aide'],
    ]);
    expect(screen.getByRole('table').querySelector('caption')!.textContent).toContain('moyenne : 1,4 sur 3');

    const page = document.querySelector('.page')!.textContent!;
    for (const code of ['pas-a-pas', 'faire-pour-mandat', 'lecture-ecriture', 'la-poste', 'demande-retraite', '2026-03-01'])
      expect(page).not.toContain(code);
  });

  it('is printable and leads back to the file', async () => {
    const { services, personId, diagnosticId } = await josianeWithDiagnostic();
    renderSection(services, `/beneficiaires/${personId}/diagnostics/${diagnosticId}`);
    // happy-dom has no print dialog: the browser's is replaced for this test only.
    const print = vi.fn();
    const browserPrint = window.print;
    window.print = print;
    try {
      fireEvent.click(await screen.findByRole('button', { name: 'Imprimer le diagnostic' }));
    } finally {
      window.print = browserPrint;
    }
    expect(print).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('link', { name: '← Retour au dossier' }), { button: 0 });
    await waitFor(() => expect(window.location.pathname).toBe(`/beneficiaires/${personId}`));
    expect(await screen.findByRole('heading', { level: 1, name: 'Josiane Lavergne' })).toBeTruthy();
  });

  it('is listed under Progression, most recent first, a second one of the same day told apart', async () => {
    const { services, personId } = await josianeWithDiagnostic();
    const later = await createDiagnostic(db!, sampleDiagnostic(personId, { date: '2026-03-09', autonomyLevel: 'aide-ponctuelle' }));
    await createDiagnostic(db!, sampleDiagnostic(personId, { date: '2026-03-01' }));
    renderSection(services, `/beneficiaires/${personId}`);
    const progress = await screen.findByRole('region', { name: 'Progression' });
    const links = within(within(progress).getByRole('list', { name: 'Diagnostics enregistrés' })).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Voir le diagnostic du 9 mars 2026',
      'Voir le 2e diagnostic du 1er mars 2026',
      'Voir le diagnostic du 1er mars 2026',
    ]);
    fireEvent.click(links[0]!, { button: 0 });
    expect(await screen.findByRole('heading', { level: 1, name: 'Diagnostic de Josiane Lavergne du 9 mars 2026' })).toBeTruthy();
    expect(window.location.pathname).toBe(`/beneficiaires/${personId}/diagnostics/${later}`);
    expect(answersIn('Résultat')['Niveau d’autonomie']).toBe('Autonome avec aide ponctuelle');
  });

  it('says so when the address names no diagnostic of this person', async () => {
    const { services, personId } = await josianeWithDiagnostic();
    const other = await createBeneficiary(db!, { firstName: 'Karim' });
    const his = await createDiagnostic(db!, sampleDiagnostic(other));
    renderSection(services, `/beneficiaires/${personId}/diagnostics/${his}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Dossier introuvable' })).toBeTruthy();
  });
});
