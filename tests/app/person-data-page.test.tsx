// The printable "Données de …" page (right of access), in a DOM over a real tablet database: the person
// reading it understands every line — French labels, dates written out, catalogue titles, no internal
// code, no ISO date, no record id — while the JSON file keeps the data as stored.
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { createDiagnostic } from '../../src/app/db/diagnostics-repository';
import { createMandate } from '../../src/app/db/mandates-repository';
import { writeFields } from '../../src/app/db/records-repository';
import { startSuivi, updateSuivi } from '../../src/app/db/suivis-repository';
import { uuidv7 } from '../../src/shared/schema/ids';
import { personTablet, renderSection } from '../fixtures/person-views';
import { sampleDiagnostic } from '../fixtures/sample-diagnostic';

let db: DeclicDatabase | undefined;
afterEach(async () => {
  cleanup();
  await new Promise((settled) => setTimeout(settled, 20));
  db?.close();
});

/** Josiane's file with one of everything that can refer to her, and Karim who came to the same atelier. */
async function josianeWithEverything() {
  const tablet = await personTablet('2026-03-10');
  db = tablet.db;
  const josiane = await createBeneficiary(db, {
    firstName: 'Josiane',
    lastName: 'Lavergne',
    commune: 'Casteljaloux',
    lastContactOn: '2026-03-08',
    status: 'actif',
  });
  const karim = await createBeneficiary(db, { firstName: 'Karim', commune: 'Marmande' });
  await createDiagnostic(
    db,
    sampleDiagnostic(josiane, {
      barriers: ['lecture-ecriture'],
      franceConnectAccounts: ['la-poste'],
      demarchesNeeded: ['demande-retraite', 'Résilier la box de son fils'],
      proposedOrientation: 'faire-pour-mandat',
      orientation: 'faire-pour-mandat',
    }),
  );
  await createMandate(db, {
    beneficiaryId: josiane,
    families: ['travail'],
    durationDays: 182,
    templateVersion: 2,
    startOn: '2026-03-01',
    aidantName: null,
  });
  await writeFields(db, 'orientations', uuidv7(), {
    beneficiaryId: josiane,
    partnerId: 'caf-47',
    date: '2026-03-02',
    outcome: 'en-attente',
    reason: 'Prime d’activité',
    demarcheIds: ['prime-activite'],
  });
  await writeFields(db, 'accompagnements', uuidv7(), {
    date: '2026-03-08',
    durationMinutes: 90,
    place: 'france-services',
    mode: 'individuel',
    beneficiaryId: josiane,
    participantIds: [],
    demarcheIds: ['demande-retraite'],
    operatorIds: ['assurance-retraite'],
    autonomyObserved: 'aide-ponctuelle',
  });
  await writeFields(db, 'accompagnements', uuidv7(), {
    date: '2026-03-03',
    durationMinutes: 120,
    place: 'mairie',
    mode: 'atelier',
    beneficiaryId: null,
    participantIds: [josiane, karim],
    theme: 'Découvrir la tablette',
    demarcheIds: [],
    operatorIds: [],
  });
  await writeFields(db, 'passNumeriques', uuidv7(), {
    number: 'A-001',
    valueCents: 1000,
    status: 'remis',
    handedTo: josiane,
    handedOn: '2026-03-03',
    expiresOn: '2026-12-31',
  });
  const suivi = await startSuivi(db, { beneficiaryId: josiane, demarcheId: 'demande-retraite', startedOn: '2026-03-01' });
  await updateSuivi(db, suivi, { followUpOn: '2026-11-27' });
  return { services: tablet.services, josiane, karim };
}

/** The field → value pairs of each record of one section, record by record. */
function recordsIn(sectionName: string): { title: string | null; facts: Record<string, string> }[] {
  const section = screen.getByRole('region', { name: sectionName });
  const lists = [...section.querySelectorAll('dl')];
  return lists.map((dl) => ({
    title: dl.previousElementSibling?.tagName === 'H3' ? dl.previousElementSibling.textContent : null,
    facts: Object.fromEntries([...dl.querySelectorAll('dt')].map((dt) => [dt.textContent!, dt.nextElementSibling!.textContent!])),
  }));
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const ISO_DATE = /\d{4}-\d{2}-\d{2}/;

describe('the printable page of a person’s data', () => {
  it('shows no internal code, no ISO date and no record id', async () => {
    const { services, josiane } = await josianeWithEverything();
    renderSection(services, `/beneficiaires/${josiane}/donnees`);
    await screen.findByRole('region', { name: 'Le dossier' });
    const page = document.querySelector('.person-data')!.textContent!;
    expect(page).not.toMatch(UUID);
    expect(page).not.toMatch(ISO_DATE);
    const codes = ['pas-a-pas', 'faire-pour-mandat', 'lecture-ecriture', 'la-poste', 'a-faire', '6-mois', 'en-attente', 'individuel'];
    for (const code of [
      ...codes,
      'demande-retraite',
      'prime-activite',
      'caf-47',
      'assurance-retraite',
      'france-services',
      'aide-ponctuelle',
    ])
      expect(page, code).not.toContain(code);
    expect(page).toContain('le 10 mars 2026. La personne peut demander');
  });

  it('shows each collection under a French heading, each record by what it is, every value by its label', async () => {
    const { services, josiane } = await josianeWithEverything();
    renderSection(services, `/beneficiaires/${josiane}/donnees`);
    await screen.findByRole('region', { name: 'Le dossier' });
    const h2 = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(h2).toEqual([
      'Le dossier',
      'Accompagnements (2)',
      'Orientations (1)',
      'Pass numériques (1)',
      'Diagnostics (1)',
      'Mandats (1)',
      'Démarches suivies (1)',
    ]);
    expect(recordsIn('Le dossier')[0]!.facts).toMatchObject({ 'Dernier contact': '8 mars 2026', 'État du dossier': 'Actif' });

    const [diagnostic] = recordsIn('Diagnostics (1)');
    expect(diagnostic!.title).toBe('Diagnostic du 1er mars 2026');
    expect(diagnostic!.facts).toMatchObject({
      Date: '1er mars 2026',
      Appareils: 'Un smartphone',
      'Connexion à internet à la maison': 'Pas de connexion à la maison',
      'Une adresse e-mail qu’elle sait ouvrir': 'Non',
      'Comptes qui permettent FranceConnect': 'Identité numérique La Poste',
      'Freins en dehors du numérique': 'Lit ou écrit difficilement',
      'Démarches nécessaires': 'Demander sa retraite (Assurance retraite)Résilier la box de son fils',
      'Niveau d’autonomie': 'À accompagner pas à pas',
      'Orientation choisie': 'Faire pour la personne, avec un mandat',
    });
    expect(diagnostic!.facts['Compétences']).toContain('Utiliser un appareil : Seulement avec de l’aide');

    expect(recordsIn('Mandats (1)')).toEqual([
      {
        title: 'Mandat du 1er mars 2026',
        facts: {
          'Familles de démarches': 'Travail, formation',
          Durée: '6 mois (182 jours)',
          'Modèle du mandat signé': 'Modèle n° 2',
          'Début du mandat': '1er mars 2026',
          'Mandat entier révoqué le': '—',
          Aidant: '—',
        },
      },
    ]);
    const [suivi] = recordsIn('Démarches suivies (1)');
    expect(suivi!.title).toBe('Démarche : Demander sa retraite (Assurance retraite)');
    expect(suivi!.facts).toMatchObject({
      'Où en est la démarche': 'À faire',
      'À relancer le': '27 novembre 2026',
      'Commencée le': '1er mars 2026',
    });
    expect(suivi!.facts).not.toHaveProperty('État du dossier');

    expect(recordsIn('Orientations (1)')[0]!.facts).toMatchObject({ Partenaire: 'CAF de Lot-et-Garonne', 'Suite donnée': 'En attente' });
    const [session, atelier] = recordsIn('Accompagnements (2)').sort((a, b) => a.title!.localeCompare(b.title!));
    expect(session).toMatchObject({
      title: 'Accompagnement du 8 mars 2026',
      facts: { Durée: '1 h 30', Lieu: 'En France services', Mode: 'Individuel', Organismes: 'Assurance retraite' },
    });
    expect(session!.facts['Autonomie observée']).toBe('Autonome avec aide ponctuelle');
    expect(atelier).toMatchObject({
      title: 'Atelier du 3 mars 2026',
      facts: { Participants: 'Josiane Lavergne et 1 autre personne', 'Thème de l’atelier': 'Découvrir la tablette', Durée: '2 h' },
    });
    expect(recordsIn('Pass numériques (1)')[0]).toMatchObject({
      title: 'Pass numérique n° A-001',
      facts: { 'État du pass': 'Remis', 'Remis à': 'Josiane Lavergne', 'Remis le': '3 mars 2026', 'Valable jusqu’au': '31 décembre 2026' },
    });
    expect(recordsIn('Pass numériques (1)')[0]!.facts.Valeur).toMatch(/^10,00\s€$/);
    expect(document.querySelector('.person-data')!.textContent).not.toContain('Karim');
  });

  it('keeps the codes, dates and ids as stored in the JSON file, for machines', async () => {
    const { services, josiane } = await josianeWithEverything();
    renderSection(services, `/beneficiaires/${josiane}/donnees`);
    await screen.findByRole('region', { name: 'Le dossier' });
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:export'));
    URL.revokeObjectURL = vi.fn();
    const save = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    fireEvent.click(
      within(document.querySelector('.person-data') as HTMLElement).getByRole('button', { name: 'Télécharger le fichier (JSON)' }),
    );
    save.mockRestore();
    const exported = JSON.parse(await blobs[0]!.text());
    expect(exported.person.id).toBe(josiane);
    expect(exported.records.diagnostics[0]).toMatchObject({ beneficiaryId: josiane, autonomyLevel: 'pas-a-pas', date: '2026-03-01' });
    expect(exported.records.demarcheSuivis[0]).toMatchObject({ status: 'a-faire', followUpOn: '2026-11-27' });
  });
});
