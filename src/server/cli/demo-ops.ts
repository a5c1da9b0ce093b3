// The demo people as sync ops with fixed ids and op ids: written once, skipped by every later run.
import { autonomyLevel, proposedOrientation } from '../../shared/diagnostic/autonomy';
import { trancheAgeOf } from '../../shared/coop/tranche-age';
import { CURRENT_MANDATE_TEMPLATE, familiesOfDemarches } from '../../shared/mandate/terms';
import type { HybridClock } from '../../shared/hlc';
import { checklistItemId, suiviRecordId, type ChecklistKind, type SuiviStatus } from '../../shared/schema/suivi';
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
  suivis: number;
}

/** What the demo needs of a démarche's checklist in the catalogue: the ids of its steps and of its pièces. */
export interface DemoChecklist {
  steps: string[];
  documents: string[];
}

const PLACES = ['mairie', 'france-services', 'domicile', 'a-distance'] as const;

/**
 * Every op of the demo, stamped by `clock`, with dates counted back from `now`. `operatorOf` gives the
 * operator of each démarche of the catalogue (for the sessions' operators, as the app fills them), and
 * `checklistOf` its steps and pièces (for the suivis' ticks; without it, the suivis have none ticked).
 */
export function demoOps(
  clock: HybridClock,
  now: number,
  aidantName: string,
  operatorOf = new Map<string, string>(),
  checklistOf = new Map<string, DemoChecklist>(),
): DemoOps {
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
  const suivis = demoSuivis(now);
  suivis.forEach(({ person, ticked, ...fields }, k) => {
    const beneficiaryId = demoPersonId(person);
    const demarcheId = DEMO_PEOPLE[person]!.demarches[0]!;
    const suiviId = suiviRecordId(beneficiaryId, demarcheId, 0);
    write('demarcheSuivis', suiviId, `demo-suivi-${k + 1}`, { beneficiaryId, demarcheId, ...fields });
    const checklist = checklistOf.get(demarcheId) ?? { steps: [], documents: [] };
    const first = (ids: string[], count: number | 'all') => (count === 'all' ? ids : ids.slice(0, count));
    const rows = [
      ...first(checklist.steps, ticked.steps).map((itemId) => ({ kind: 'step' as ChecklistKind, itemId })),
      ...first(checklist.documents, ticked.documents).map((itemId) => ({ kind: 'document' as ChecklistKind, itemId })),
    ];
    rows.forEach((row, r) =>
      write('checklistItems', checklistItemId(suiviId, row.kind, row.itemId), `demo-suivi-${k + 1}-item-${r + 1}`, {
        suiviId,
        ...row,
        checked: true,
        checkedOn: fields.startedOn,
      }),
    );
  });
  return {
    ops,
    people: DEMO_PEOPLE.length,
    diagnostics,
    mandates,
    accompagnements,
    orientations: orientations.length,
    cheques: cheques.length,
    suivis: suivis.length,
  };
}

/** Five démarches followed, one per state an aidant meets: under way, waiting for pièces, blocked, done, not started. */
function demoSuivis(now: number) {
  const daysFromNow = (days: number) => day(now + days * DAY_MS);
  const suivi = (
    person: number,
    status: SuiviStatus,
    startedDaysAgo: number,
    ticked: { steps: number | 'all'; documents: number | 'all' },
    note: string | null,
    followUpOn: string | null,
  ) => ({ person, status, startedOn: daysFromNow(-startedDaysAgo), ticked, note, followUpOn });
  return [
    suivi(0, 'en-cours', 20, { steps: 2, documents: 3 }, 'Compte retraite créé ensemble ; reste la demande en ligne.', daysFromNow(7)),
    suivi(1, 'en-attente-justificatifs', 12, { steps: 1, documents: 0 }, 'Attend ses trois derniers bulletins de salaire.', daysFromNow(3)),
    // Its follow-up date has passed: it is the one « À relancer » lists.
    suivi(
      2,
      'bloque',
      30,
      { steps: 1, documents: 1 },
      'Photo refusée deux fois : rendez-vous au photomaton de la mairie.',
      daysFromNow(-5),
    ),
    suivi(3, 'termine', 60, { steps: 'all', documents: 'all' }, null, null),
    suivi(4, 'a-faire', 2, { steps: 0, documents: 0 }, null, null),
  ];
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
