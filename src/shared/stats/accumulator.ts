// The statistics of one period, record by record: the same code on the tablet (its structure) and the
// endpoint (the territory, streamed page by page). Records may come in any order: the report is the same.
import { sessionModes, sessionPlaces } from '../schema/accompagnement';
import { orientationOutcomes } from '../schema/orientation';
import { DEFAULT_PASS_VALUE_CENTS } from '../schema/pass-numerique';
import { ageBandOf, ageBands } from './age-bands';
import { CommuneNames } from './commune';
import type { StatsAccompagnement, StatsBeneficiary, StatsOrientation, StatsPass } from './inputs';
import { autonomyKeys } from './labels';
import { isStaleOrientation } from './orientations';
import { inPeriod, monthsOf, type Period } from './period';
import type { StatsReport, StatsTotals } from './report-schema';
import { Tally } from './tally';

/** What the report needs to know of one person helped in the period. */
interface PersonFacts {
  participations: number;
  /** Latest commune and autonomy seen in an individual session, with the (date, id) that said so. */
  commune?: { value: string; stamp: string };
  autonomy?: { value: string; stamp: string };
}

const emptyTotals = (): StatsTotals => ({
  people: 0,
  sessions: 0,
  minutes: 0,
  ateliers: 0,
  atelierSeats: 0,
  orientations: 0,
  staleOrientations: 0,
  passHandedOut: 0,
  passValueHandedOutCents: 0,
  passPeople: 0,
  passUsed: 0,
  passExpired: 0,
  passInStock: 0,
});

/** Feed it records, then ask for the report (raw figures; see suppression.ts before exporting). */
export class StatsAccumulator {
  private readonly totals = emptyTotals();
  private readonly sessions = { month: new Tally(), place: new Tally(), mode: new Tally(), operator: new Tally(), demarche: new Tally(), structure: new Tally() };
  private readonly orientationTallies = { outcome: new Tally(), partner: new Tally() };
  private readonly persons = new Map<string, PersonFacts>();
  private readonly beneficiaries = new Map<string, StatsBeneficiary>();
  private readonly passPeople = new Set<string>();

  constructor(readonly period: Period) {}

  /** A bénéficiaire: only their commune and birth year are read, for the people helped in the period. */
  addBeneficiary(beneficiary: StatsBeneficiary): void {
    if (beneficiary.deleted !== true) this.beneficiaries.set(beneficiary.id, beneficiary);
  }

  /** One session; outside the period or erased, it does not count. */
  addAccompagnement(session: StatsAccompagnement): void {
    if (session.deleted === true || !inPeriod(session.date, this.period)) return;
    const people = peopleOf(session);
    const minutes = wholeMinutes(session.durationMinutes);
    this.totals.sessions += 1;
    this.totals.minutes += minutes;
    if (session.mode === 'atelier') {
      this.totals.ateliers += 1;
      this.totals.atelierSeats += people.length;
    }
    const s = this.sessions;
    s.month.add(session.date.slice(0, 7), people, 1, minutes);
    s.place.add(known(session.place, sessionPlaces), people, 1, minutes);
    s.mode.add(known(session.mode, sessionModes), people, 1, minutes);
    for (const operator of unique(session.operatorIds)) s.operator.add(operator, people, 1, minutes);
    for (const demarche of unique(session.demarcheIds)) s.demarche.add(demarche, people, 1, minutes);
    if (session.structureId) s.structure.add(session.structureId, people, 1, minutes);
    const stamp = `${session.date}|${session.id}`;
    for (const person of people) this.notePerson(person, session, stamp);
  }

  /** One orientation made in the period. */
  addOrientation(orientation: StatsOrientation): void {
    if (orientation.deleted === true || !inPeriod(orientation.date, this.period)) return;
    const people = orientation.beneficiaryId ? [orientation.beneficiaryId] : [];
    this.totals.orientations += 1;
    this.orientationTallies.outcome.add(known(orientation.outcome ?? 'en-attente', orientationOutcomes), people);
    this.orientationTallies.partner.add(orientation.partnerId ?? 'inconnu', people);
    if (isStaleOrientation(orientation, this.period.to)) this.totals.staleOrientations += 1;
  }

  /** One cheque: handed out, used or expired in the period; in stock now. */
  addPass(pass: StatsPass): void {
    if (pass.deleted === true) return;
    const t = this.totals;
    if (pass.status === 'en-stock') t.passInStock += 1;
    if (pass.handedTo && inPeriod(pass.handedOn, this.period)) {
      t.passHandedOut += 1;
      t.passValueHandedOutCents += pass.valueCents ?? DEFAULT_PASS_VALUE_CENTS;
      this.passPeople.add(pass.handedTo);
    }
    if (pass.status === 'utilise' && inPeriod(pass.usedOn, this.period)) t.passUsed += 1;
    if (pass.status === 'expire' && inPeriod(pass.expiresOn, this.period)) t.passExpired += 1;
  }

  /** The raw report of everything added so far. */
  report(): StatsReport {
    const s = this.sessions;
    const o = this.orientationTallies;
    return {
      period: { ...this.period },
      totals: { ...this.totals, people: this.persons.size, passPeople: this.passPeople.size },
      tables: {
        month: s.month.rows(monthsOf(this.period), true),
        place: s.place.rows(sessionPlaces, true),
        mode: s.mode.rows(sessionModes, true),
        operator: s.operator.rows([], true),
        demarche: s.demarche.rows([], true),
        ...this.personTables(),
        orientationOutcome: o.outcome.rows(orientationOutcomes, false),
        orientationPartner: o.partner.rows([], false),
        structure: s.structure.rows([], true),
      },
      suppressed: false,
    };
  }

  private notePerson(person: string, session: StatsAccompagnement, stamp: string): void {
    let facts = this.persons.get(person);
    if (!facts) this.persons.set(person, (facts = { participations: 0 }));
    facts.participations += 1;
    // An atelier's commune and autonomy say nothing of each participant.
    if (session.mode === 'atelier') return;
    if (typeof session.commune === 'string' && session.commune.trim() && (!facts.commune || stamp > facts.commune.stamp)) {
      facts.commune = { value: session.commune, stamp };
    }
    if (session.autonomyObserved && (!facts.autonomy || stamp > facts.autonomy.stamp)) {
      facts.autonomy = { value: session.autonomyObserved, stamp };
    }
  }

  /** Tables of people: each person once, in their commune, age band and last autonomy level. */
  private personTables(): Pick<StatsReport['tables'], 'commune' | 'ageBand' | 'autonomy'> {
    const referenceYear = Number(this.period.to.slice(0, 4));
    const names = new CommuneNames();
    const communeOf = new Map<string, string>();
    const ageBand = new Tally();
    const autonomy = new Tally();
    for (const [person, facts] of this.persons) {
      const beneficiary = this.beneficiaries.get(person);
      communeOf.set(person, names.add(facts.commune?.value ?? beneficiary?.commune));
      ageBand.add(ageBandOf(beneficiary?.birthYear, referenceYear), [person], facts.participations);
      autonomy.add(known(facts.autonomy?.value, autonomyKeys, 'non-observe'), [person], facts.participations);
    }
    const commune = new Tally();
    for (const [person, key] of communeOf) commune.add(names.label(key), [person], this.persons.get(person)!.participations);
    return { commune: commune.rows([], false), ageBand: ageBand.rows(ageBands, false), autonomy: autonomy.rows(autonomyKeys, false) };
  }
}

function peopleOf(session: StatsAccompagnement): string[] {
  if (session.mode === 'atelier') return unique(session.participantIds);
  return typeof session.beneficiaryId === 'string' ? [session.beneficiaryId] : [];
}

function unique(values: readonly string[] | null | undefined): string[] {
  return Array.isArray(values) ? [...new Set(values.filter((v) => typeof v === 'string' && v !== ''))] : [];
}

function known(value: unknown, allowed: readonly string[], otherwise = 'inconnu'): string {
  return typeof value === 'string' && allowed.includes(value) ? value : otherwise;
}

function wholeMinutes(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : 0;
}
