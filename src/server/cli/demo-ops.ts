// The demo people as sync ops with fixed ids and op ids: written once, skipped by every later run.
import { autonomyLevel, proposedOrientation } from '../../shared/diagnostic/autonomy';
import { trancheAgeOf } from '../../shared/coop/tranche-age';
import { CURRENT_MANDATE_TEMPLATE, familiesOfDemarches } from '../../shared/mandate/terms';
import type { HybridClock } from '../../shared/hlc';
import type { Op } from '../../shared/schema/sync';
import { answerProfiles } from './demo-answers';
import { DEMO_PEOPLE, type DemoPerson } from './demo-people';

const DAY_MS = 86_400_000;
const fixedId = (group: string, i: number) => `01900000-0000-7000-${group}-${String(i + 1).padStart(12, '0')}`;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The record id of the i-th demo person (the first three are those of the first demo). */
export const demoPersonId = (i: number) => fixedId('8000', i);

/** What the demo holds. */
export interface DemoOps {
  ops: Op[];
  people: number;
  diagnostics: number;
  mandates: number;
  accompagnements: number;
  orientations: number;
  cheques: number;
}

const PLACES = ['mairie', 'france-services', 'domicile', 'a-distance'] as const;

/**
 * Every op of the demo, stamped by `clock`, with dates counted back from `now`. `operatorOf` gives the
 * operator of each démarche of the catalogue (for the sessions' operators, as the app fills them).
 */
export function demoOps(clock: HybridClock, now: number, aidantName: string, operatorOf = new Map<string, string>()): DemoOps {
  const ops: Op[] = [];
  const write = (collection: string, recordId: string, prefix: string, fields: Record<string, unknown>) => {
    for (const [field, value] of Object.entries(fields))
      ops.push({ opId: `${prefix}-${field}`, collection, recordId, field, value, hlc: clock.now() });
  };
  let diagnostics = 0;
  let mandates = 0;
  let accompagnements = 0;
  const session = (fields: Record<string, unknown>) => {
    write('accompagnements', fixedId('8003', accompagnements), `demo-session-${accompagnements + 1}`, fields);
    accompagnements += 1;
  };
  const operators = (demarches: string[]) => [...new Set(demarches.flatMap((d) => operatorOf.get(d) ?? []))];
  DEMO_PEOPLE.forEach((person, i) => {
    const id = demoPersonId(i);
    const lastContact = now - person.contactDaysAgo * DAY_MS;
    write('beneficiaries', id, `demo-${i + 1}`, personFields(person, lastContact));
    person.diagnostics.forEach((profile, k) => {
      const date = day(lastContact - (person.diagnostics.length - 1 - k) * 30 * DAY_MS);
      write(
        'diagnostics',
        fixedId('8001', diagnostics),
        `demo-diagnostic-${diagnostics + 1}`,
        diagnosticFields(id, date, profile, person.demarches),
      );
      diagnostics += 1;
      // Each diagnostic came with a session of help on the démarches needed.
      const place = PLACES[(i + k) % PLACES.length];
      session({
        date,
        durationMinutes: 30 + 15 * ((i + k) % 3),
        place,
        mode: 'individuel',
        beneficiaryId: id,
        participantIds: [],
        demarcheIds: person.demarches,
        operatorIds: operators(person.demarches),
        autonomyObserved: autonomyLevel({ ...answerProfiles[profile]!, demarchesNeeded: person.demarches }),
        commune: person.commune,
        // What La Coop counts, as an aidant would note it.
        materiel: place === 'a-distance' ? ['telephone'] : ['tablette'],
        trancheAge: trancheAgeOf(person.birthYear, date),
        occupation: person.birthYear < 1962 ? 'retraite' : null,
      });
    });
    if (person.mandate) {
      const startOn = day(now - person.mandate.daysAgo * DAY_MS);
      write('mandates', fixedId('8002', mandates), `demo-mandate-${mandates + 1}`, {
        beneficiaryId: id,
        families: familiesOfDemarches(person.demarches),
        durationDays: person.mandate.durationDays,
        templateVersion: CURRENT_MANDATE_TEMPLATE,
        startOn,
        revokedOn: null,
        aidantName,
      });
      mandates += 1;
    }
  });
  // Two group workshops of the last months, with some of the people.
  [
    { daysAgo: 20, theme: 'Créer son adresse e-mail', from: 0 },
    { daysAgo: 75, theme: 'Ameli et Mon espace santé', from: 6 },
  ].forEach((atelier) =>
    session({
      date: day(now - atelier.daysAgo * DAY_MS),
      durationMinutes: 120,
      place: 'france-services',
      mode: 'atelier',
      beneficiaryId: null,
      participantIds: [0, 1, 2, 3, 4, 5].map((k) => demoPersonId(atelier.from + k)),
      theme: atelier.theme,
      niveauAtelier: 'debutant',
      materiel: ['tablette', 'telephone'],
      demarcheIds: [],
      operatorIds: [],
      autonomyObserved: null,
    }),
  );
  const orientations = demoOrientations(now);
  orientations.forEach((fields, k) => write('orientations', fixedId('8004', k), `demo-orientation-${k + 1}`, fields));
  const cheques = demoCheques(now);
  cheques.forEach((fields, k) => write('passNumeriques', fixedId('8005', k), `demo-cheque-${k + 1}`, fields));
  return {
    ops,
    people: DEMO_PEOPLE.length,
    diagnostics,
    mandates,
    accompagnements,
    orientations: orientations.length,
    cheques: cheques.length,
  };
}

/** Four referrals of the last two months, one still without news after 30 days. */
function demoOrientations(now: number): Record<string, unknown>[] {
  return [
    {
      person: 0,
      partnerId: 'caf-47',
      demarcheIds: ['rsa'],
      daysAgo: 45,
      outcome: 'en-attente',
      reason: 'Rendez-vous pour un dossier de RSA bloqué.',
    },
    {
      person: 1,
      partnerId: 'cpam-47',
      demarcheIds: ['carte-vitale'],
      daysAgo: 25,
      outcome: 'recue',
      reason: 'Carte Vitale perdue, demande de remplacement.',
    },
    {
      person: 2,
      partnerId: 'carsat-aquitaine',
      demarcheIds: ['releve-carriere'],
      daysAgo: 10,
      outcome: 'en-attente',
      reason: 'Relevé de carrière incomplet avant la demande de retraite.',
    },
    { person: 3, partnerId: 'ccas-agen', demarcheIds: [], daysAgo: 60, outcome: 'sans-suite', reason: 'Aide sociale d’urgence.' },
  ].map(({ person, daysAgo, outcome, ...fields }) => ({
    beneficiaryId: demoPersonId(person),
    ...fields,
    date: day(now - daysAgo * DAY_MS),
    outcome,
    outcomeOn: outcome === 'en-attente' ? null : day(now - (daysAgo - 7) * DAY_MS),
  }));
}

/** A booklet of ten 10 € cheques: four handed out at the e-mail atelier, two of them used. */
function demoCheques(now: number): Record<string, unknown>[] {
  const handedOn = day(now - 20 * DAY_MS);
  return Array.from({ length: 10 }, (_, i) => {
    const cheque = {
      number: `DEMO-${String(i + 1).padStart(4, '0')}`,
      bookletNumber: 'CARNET-DEMO-1',
      valueCents: 1000,
      expiresOn: day(now + 300 * DAY_MS),
      status: 'en-stock',
    };
    if (i >= 4) return cheque;
    const handOut = { handedTo: demoPersonId(i), handedOn, atelier: 'Créer son adresse e-mail' };
    return i < 2
      ? { ...cheque, ...handOut, status: 'utilise', usedOn: day(now - 12 * DAY_MS) }
      : { ...cheque, ...handOut, status: 'remis' };
  });
}

function personFields(person: DemoPerson, lastContact: number): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    firstName: person.firstName,
    lastName: person.lastName,
    birthYear: person.birthYear,
    commune: person.commune,
    notes: person.notes,
    ...person.contact,
    noPhone: person.contact.phone === undefined && person.birthYear < 1945,
    noEmail: person.contact.email === undefined,
    noticeGivenOn: day(lastContact - 60 * DAY_MS),
    objection: false,
    lastContactOn: day(lastContact),
    status: person.status ?? 'actif',
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));
}

function diagnosticFields(beneficiaryId: string, date: string, profile: number, demarches: string[]): Record<string, unknown> {
  const answers = { ...answerProfiles[profile]!, demarchesNeeded: demarches };
  const proposed = proposedOrientation(answers);
  return { beneficiaryId, date, ...answers, autonomyLevel: autonomyLevel(answers), proposedOrientation: proposed, orientation: proposed };
}
