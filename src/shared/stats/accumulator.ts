// The statistics of one period, record by record: the same code on the tablet (its structure) and the
// endpoint (the territory, streamed page by page). Records may come in any order: the report is the same.
import { sessionModes, sessionPlaces, type AnonymousPerson } from '../schema/accompagnement';
import { orientationOutcomes } from '../schema/orientation';
import { DEFAULT_PASS_VALUE_CENTS, passNumeriquesCollection } from '../schema/pass-numerique';
import { ageBandOf, ageBands } from './age-bands';
import { CommuneNames } from './commune';
import type { StatsAccompagnement, StatsBeneficiary, StatsOrientation, StatsPass, StatsTraining } from './inputs';
import { autonomyKeys } from './labels';
import { isStaleOrientation } from './orientations';
import { inPeriod, monthsOf, type Period } from './period';
import type { StatsReport, StatsTotals } from './report-schema';
import type { StructureStats } from './structure-stats';
import { PersonNumbers, Tally } from './tally';
import { addOnce, isLater, known, wholeMinutes } from './values';
import { itemAt } from '../item-at';
import { keptFileOf, type MergeLink } from '../rgpd/merged-files';

/**
 * What the report needs to know of one person helped in the period: the latest commune and autonomy
 * seen in an individual session, with the session that said so (the latest by date, then id, wins).
 */
interface PersonFacts {
  /** The person's number in the tallies' sets of people (0, 1, 2… in the order met). */
  number: number;
  id: string;
  participations: number;
  commune: string | null;
  communeDate: string;
  communeId: string;
  autonomy: string | null;
  autonomyDate: string;
  autonomyId: string;
}

/**
 * The files (bénéficiaires) a report reads: their commune and birth year, and which were merged into which. One
 * set may be shared by several accumulators of the same structure (a month's sessions added up apart, see
 * addSessionsOf), which only read it.
 */
export class StatsFiles {
  readonly byId = new Map<string, StatsBeneficiary>();
  /** True once a merged file was added: person ids are then read through their kept file. */
  hasMerged = false;

  /** A file; an erased one does not count. */
  add(beneficiary: StatsBeneficiary): void {
    if (beneficiary.deleted === true) return;
    this.byId.set(beneficiary.id, beneficiary);
    if (typeof beneficiary.mergedInto === 'string') this.hasMerged = true;
  }

  /** Which file was merged into which, as one text: two sets with the same links count the same people. */
  links(): string {
    if (!this.hasMerged) return '';
    const links: string[] = [];
    for (const [id, file] of this.byId) if (typeof file.mergedInto === 'string') links.push(`${id}>${file.mergedInto}`);
    return links.sort().join(' ');
  }
}

/** The tables of sessions. */
const sessionTables = ['month', 'place', 'mode', 'operator', 'demarche', 'structure'] as const;

/** The people of a session without anyone. */
const noOne: readonly number[] = [];

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
  trainedAidants: 0,
  modulesFinished: 0,
});

/** Feed it records, then ask for the report (raw figures; see suppression.ts before exporting). */
export class StatsAccumulator {
  private readonly totals = emptyTotals();
  /** The session tables (made in the constructor: the months' rows are the period's). */
  private readonly sessions: Record<(typeof sessionTables)[number], Tally>;
  private readonly orientationTallies = { outcome: new Tally(orientationOutcomes), partner: new Tally() };
  private readonly orientedPeople = new PersonNumbers();
  /** The people helped, by number and by id. */
  private readonly persons: PersonFacts[] = [];
  private readonly personsById = new Map<string, PersonFacts>();
  /** People whose file was erased, from their sessions: their birth year and commune stand in for their file's. */
  private readonly anonymous = new Map<string, AnonymousPerson>();
  private readonly passPeople = new Set<string>();
  /** Aidants who finished a module in the period, and each aidant's modules ("aidant/module"). */
  private readonly trainedAidants = new Set<string>();
  private readonly finishedModules = new Set<string>();
  /** The period's months "YYYY-MM", in order: the keys of the month table. */
  private readonly monthKeys: string[];
  /** The person of the individual session being added (reused: no allocation per session). */
  private readonly onePerson = [0];

  /** `files`: given when shared with other accumulators of the structure (they are then added to it, not here). */
  constructor(
    readonly period: Period,
    private readonly files = new StatsFiles(),
  ) {
    this.monthKeys = monthsOf(period);
    this.sessions = {
      month: new Tally(this.monthKeys),
      place: new Tally(sessionPlaces),
      mode: new Tally(sessionModes),
      operator: new Tally(),
      demarche: new Tally(),
      structure: new Tally(),
    };
  }

  /**
   * A bénéficiaire: only their commune and birth year are read, for the people helped in the period; a
   * file merged into another (a duplicate, src/shared/rgpd/merged-files.ts) counts as the kept file.
   * Files come before the activity.
   */
  addBeneficiary(beneficiary: StatsBeneficiary): void {
    this.files.add(beneficiary);
  }

  /** The person `id` stands for: the kept file when theirs was merged into another. */
  private keptId(id: string): string {
    return this.files.hasMerged ? keptFileOf(id, this.linkOf) : id;
  }

  /** A file's merge link; a person known only from their sessions (file erased) is there, merged into no one. */
  private readonly linkOf = (id: string): MergeLink | undefined => this.files.byId.get(id) ?? (this.anonymous.has(id) ? {} : undefined);

  /** One session; outside the period or erased, it does not count. */
  addAccompagnement(session: StatsAccompagnement): void {
    const date = session.date;
    if (session.deleted === true || !inPeriod(date, this.period)) return;
    if (session.anonymousPeople) this.addAnonymousPeople(session.anonymousPeople);
    const people = this.peopleOf(session);
    const minutes = wholeMinutes(session.durationMinutes);
    this.totals.sessions += 1;
    this.totals.minutes += minutes;
    if (session.mode === 'atelier') {
      this.totals.ateliers += 1;
      this.totals.atelierSeats += people.length;
    }
    const s = this.sessions;
    const month = this.monthIndex(date);
    if (month >= 0) s.month.addAt(month, people, 1, minutes);
    else s.month.add(date.slice(0, 7), people, 1, minutes);
    s.place.addKnown(session.place, 'inconnu', people, 1, minutes);
    s.mode.addKnown(session.mode, 'inconnu', people, 1, minutes);
    addOnce(s.operator, session.operatorIds, people, minutes);
    addOnce(s.demarche, session.demarcheIds, people, minutes);
    if (session.structureId) s.structure.add(session.structureId, people, 1, minutes);
    for (let i = 0; i < people.length; i++) {
      const facts = this.persons[people[i] ?? -1];
      if (facts) this.notePerson(facts, session, date);
    }
  }

  /** People whose file was erased: their birth year and commune stand in for their file's. */
  private addAnonymousPeople(people: readonly AnonymousPerson[]): void {
    for (let i = 0; i < people.length; i++) {
      const person = people[i];
      if (person && !this.files.byId.has(person.id) && !this.anonymous.has(person.id)) this.anonymous.set(person.id, person);
    }
  }

  /**
   * The sessions added to `month`, an accumulator over a whole month of this period (or any part of it) whose
   * files merge the same way (StatsFiles.links): the same as adding its sessions here one by one.
   */
  addSessionsOf(month: StatsAccumulator): void {
    const t = this.totals;
    t.sessions += month.totals.sessions;
    t.minutes += month.totals.minutes;
    t.ateliers += month.totals.ateliers;
    t.atelierSeats += month.totals.atelierSeats;
    this.addAnonymousPeople([...month.anonymous.values()]);
    // The month's people, numbered here: their facts join the ones met so far.
    const numbers = month.persons.map((theirs) => {
      const n = this.numberOfKept(theirs.id);
      const mine = itemAt(this.persons, n);
      mine.participations += theirs.participations;
      if (theirs.commune !== null && isLater(theirs.communeDate, theirs.communeId, mine.communeDate, mine.communeId)) {
        mine.commune = theirs.commune;
        mine.communeDate = theirs.communeDate;
        mine.communeId = theirs.communeId;
      }
      if (theirs.autonomy !== null && isLater(theirs.autonomyDate, theirs.autonomyId, mine.autonomyDate, mine.autonomyId)) {
        mine.autonomy = theirs.autonomy;
        mine.autonomyDate = theirs.autonomyDate;
        mine.autonomyId = theirs.autonomyId;
      }
      return n;
    });
    for (const table of sessionTables) this.sessions[table].addFrom(month.sessions[table], numbers);
  }

  /** One orientation made in the period. */
  addOrientation(orientation: StatsOrientation): void {
    if (orientation.deleted === true || !inPeriod(orientation.date, this.period)) return;
    const people = orientation.beneficiaryId ? [this.orientedPeople.of(this.keptId(orientation.beneficiaryId))] : [];
    this.totals.orientations += 1;
    this.orientationTallies.outcome.addKnown(orientation.outcome ?? 'en-attente', 'inconnu', people);
    this.orientationTallies.partner.add(orientation.partnerId ?? 'inconnu', people);
    if (isStaleOrientation(orientation, this.period.to)) this.totals.staleOrientations += 1;
  }

  /** One cheque: handed out, used or expired in the period; in stock now. */
  addPass(pass: StatsPass): void {
    if (pass.deleted === true) return;
    const t = this.totals;
    // A cheque is added without a status (see addBooklet): it reads its initial one, in stock.
    if ((pass.status ?? passNumeriquesCollection.fields.status.initial) === 'en-stock') t.passInStock += 1;
    if (pass.handedTo && inPeriod(pass.handedOn, this.period)) {
      t.passHandedOut += 1;
      t.passValueHandedOutCents += pass.valueCents ?? DEFAULT_PASS_VALUE_CENTS;
      this.passPeople.add(this.keptId(pass.handedTo));
    }
    if (pass.status === 'utilise' && inPeriod(pass.usedOn, this.period)) t.passUsed += 1;
    if (pass.status === 'expire' && inPeriod(pass.expiresOn, this.period)) t.passExpired += 1;
  }

  /** One module finished by one aidant: counted when finished in the period (the same module twice, once). */
  addTrainingProgress(progress: StatsTraining): void {
    const { aidantId, moduleId } = progress;
    if (progress.deleted === true || !aidantId || !moduleId || !inPeriod(progress.finishedOn, this.period)) return;
    this.trainedAidants.add(aidantId);
    this.finishedModules.add(`${aidantId}/${moduleId}`);
  }

  /** The raw report of everything added so far. */
  report(): StatsReport {
    const s = this.sessions;
    const o = this.orientationTallies;
    return {
      period: { ...this.period },
      totals: {
        ...this.totals,
        people: this.persons.length,
        passPeople: this.passPeople.size,
        trainedAidants: this.trainedAidants.size,
        modulesFinished: this.finishedModules.size,
      },
      tables: {
        month: s.month.rows(true),
        place: s.place.rows(true),
        mode: s.mode.rows(true),
        operator: s.operator.rows(true),
        demarche: s.demarche.rows(true),
        ...this.personTables(),
        orientationOutcome: o.outcome.rows(false),
        orientationPartner: o.partner.rows(false),
        structure: s.structure.rows(true),
      },
      suppressed: false,
    };
  }

  /** The raw report and the training it counted by aidant: what a territory report is added up from (structure-stats.ts). */
  structureStats(): StructureStats {
    return { report: this.report(), trainedAidants: [...this.trainedAidants], finishedModules: [...this.finishedModules] };
  }

  /** The numbers of the session's people (each once): a reused array for one person or none. */
  private peopleOf(session: StatsAccompagnement): readonly number[] {
    if (session.mode === 'atelier') {
      const ids = Array.isArray(session.participantIds) ? session.participantIds : [];
      const people: number[] = [];
      for (let i = 0; i < ids.length; i++) {
        const n = this.personNumber(ids[i]);
        if (n >= 0 && !people.includes(n)) people.push(n);
      }
      return people;
    }
    const n = this.personNumber(session.beneficiaryId);
    if (n < 0) return noOne;
    this.onePerson[0] = n;
    return this.onePerson;
  }

  /** The number of the person `id`, whose facts start the first time they are met; -1 for no id. */
  private personNumber(given: unknown): number {
    if (typeof given !== 'string' || given === '') return -1;
    return this.numberOfKept(this.keptId(given));
  }

  /** The number of the person whose kept file is `id`. */
  private numberOfKept(id: string): number {
    let facts = this.personsById.get(id);
    if (facts === undefined) {
      facts = {
        number: this.persons.length,
        id,
        participations: 0,
        commune: null,
        communeDate: '',
        communeId: '',
        autonomy: null,
        autonomyDate: '',
        autonomyId: '',
      };
      this.persons.push(facts);
      this.personsById.set(id, facts);
    }
    return facts.number;
  }

  /**
   * The position among the period's months of a date of the period; -1 when it is not written
   * "YYYY-MM…". Compared, not sliced and looked up: every record brings its own date string, whose
   * hash would be computed each time.
   */
  private monthIndex(date: string): number {
    const months = this.monthKeys;
    // The last month that does not come after the date is the date's month, if it is written "YYYY-MM…".
    let i = months.length - 1;
    let month = months[i];
    while (i > 0 && month !== undefined && month > date) month = months[--i];
    return month !== undefined && date.startsWith(month) ? i : -1;
  }

  private notePerson(facts: PersonFacts, session: StatsAccompagnement, date: string): void {
    facts.participations += 1;
    // An atelier's commune and autonomy say nothing of each participant.
    if (session.mode === 'atelier') return;
    // (date, id) orders sessions the same way whatever order they come in: ids are unique.
    if (typeof session.commune === 'string' && session.commune.trim() && isLater(date, session.id, facts.communeDate, facts.communeId)) {
      facts.commune = session.commune;
      facts.communeDate = date;
      facts.communeId = session.id;
    }
    if (session.autonomyObserved && isLater(date, session.id, facts.autonomyDate, facts.autonomyId)) {
      facts.autonomy = session.autonomyObserved;
      facts.autonomyDate = date;
      facts.autonomyId = session.id;
    }
  }

  /** Tables of people: each person once, in their commune, age band and last autonomy level. */
  private personTables(): Pick<StatsReport['tables'], 'commune' | 'ageBand' | 'autonomy'> {
    const referenceYear = Number(this.period.to.slice(0, 4));
    const names = new CommuneNames();
    const ageBand = new Tally(ageBands);
    const autonomy = new Tally(autonomyKeys);
    const communeOf: string[] = [];
    for (let n = 0; n < this.persons.length; n++) {
      const facts = itemAt(this.persons, n);
      const beneficiary = this.files.byId.get(facts.id) ?? this.anonymous.get(facts.id);
      communeOf.push(names.add(facts.commune ?? beneficiary?.commune));
      ageBand.addPerson(ageBandOf(beneficiary?.birthYear, referenceYear), n, facts.participations);
      autonomy.addPerson(known(facts.autonomy, autonomyKeys, 'non-observe'), n, facts.participations);
    }
    const commune = new Tally();
    for (let n = 0; n < communeOf.length; n++)
      commune.addPerson(names.label(itemAt(communeOf, n)), n, itemAt(this.persons, n).participations);
    return { commune: commune.rows(false), ageBand: ageBand.rows(false), autonomy: autonomy.rows(false) };
  }
}
