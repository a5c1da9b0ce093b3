// What one structure's statistics are computed from, kept in the endpoint's memory between calls: its files, its
// orientations, cheques and training as read from the projection, and each month's sessions already added up (an
// accumulator of that month, src/shared/stats/accumulator.ts). Each is kept with what its part of the projection
// held when it was read (StatsPartRow: how many records, the last sequence number written): a write into the
// part raises the one, a removal lowers the other, so a part that still shows the same two has not changed.
// A period then adds up its whole months, and reads only its first and last months' sessions one by one when it
// starts or ends inside them. Kept per store (a store opened again after a restore starts empty).
import { StatsAccumulator, StatsFiles } from '../../shared/stats/accumulator';
import type { StatsAccompagnement, StatsBeneficiary, StatsOrientation, StatsPass, StatsTraining } from '../../shared/stats/inputs';
import { inPeriod, type Period } from '../../shared/stats/period';
import type { StructureStats } from '../../shared/stats/structure-stats';
import type { StatsPartRow, Store } from '../store/store';
import type { LiveRecord } from './live-records';
import { projectedRecords } from './stats-projection';

/** Months of sessions kept per store, all structures together: 50 structures × 5 years. */
export const KEPT_MONTHS = 3000;

type OtherCollection = 'orientations' | 'passNumeriques' | 'trainingProgress';
const OTHER_COLLECTIONS: readonly OtherCollection[] = ['orientations', 'passNumeriques', 'trainingProgress'];

/** A part's state as read: "records/lastSeq" ("0/0" for an empty part). */
type Print = string;
const printOf = (part: StatsPartRow | undefined): Print => (part ? `${part.records}/${part.lastSeq}` : '0/0');

/** One month's sessions added up, with the sessions whose date cannot be placed in a whole month (say "2025-02-30"). */
export interface MonthSessions {
  print: Print;
  /** The files' merge links it was added up with (StatsFiles.links). */
  links: string;
  sessions: StatsAccumulator;
  odd: LiveRecord[];
}

/** One structure's inputs as last read. */
interface Inputs {
  files?: { print: Print; files: StatsFiles; links: string };
  others: Map<OtherCollection, { print: Print; records: LiveRecord[] }>;
}

/** Every structure's inputs in one store, and their months of sessions, the least recently used left out first. */
export class KeptInputs {
  readonly structures = new Map<string, Inputs>();
  private readonly months = new Map<string, MonthSessions>();

  constructor(private readonly limit = KEPT_MONTHS) {}

  inputsOf(structureId: string): Inputs {
    let inputs = this.structures.get(structureId);
    if (inputs === undefined) this.structures.set(structureId, (inputs = { others: new Map() }));
    return inputs;
  }

  month(structureId: string, month: string): MonthSessions | undefined {
    const key = `${structureId} ${month}`;
    const kept = this.months.get(key);
    if (kept !== undefined) {
      this.months.delete(key);
      this.months.set(key, kept);
    }
    return kept;
  }

  setMonth(structureId: string, month: string, sessions: MonthSessions): void {
    const key = `${structureId} ${month}`;
    this.months.delete(key);
    this.months.set(key, sessions);
    for (const oldest of this.months.keys()) {
      if (this.months.size <= this.limit) break;
      this.months.delete(oldest);
    }
  }

  get monthsKept(): number {
    return this.months.size;
  }
}

const perStore = new WeakMap<Store, KeptInputs>();

function keptInputs(store: Store): KeptInputs {
  let kept = perStore.get(store);
  if (kept === undefined) perStore.set(store, (kept = new KeptInputs()));
  return kept;
}

/** How many months of sessions are kept for `store` (for tests and benches). */
export function keptMonthsOf(store: Store): number {
  return perStore.get(store)?.monthsKept ?? 0;
}

/** One structure's statistics of `period` from its projection (brought up to date by the caller). */
export async function structureStatsFromParts(store: Store, structureId: string, period: Period): Promise<StructureStats> {
  const kept = keptInputs(store);
  const inputs = kept.inputsOf(structureId);
  const parts = await store.statsParts(structureId);
  const part = (collection: string, month: string | null = null) => parts.find((p) => p.collection === collection && p.month === month);

  const { files, links } = await filesOf(store, structureId, inputs, printOf(part('beneficiaries')));
  const stats = new StatsAccumulator(period, files);
  const fromMonth = period.from.slice(0, 7);
  const toMonth = period.to.slice(0, 7);
  for (const { collection, month } of parts) {
    if (collection !== 'accompagnements') continue;
    if (month !== null && (month < fromMonth || month > toMonth)) continue;
    const whole = month !== null && period.from <= `${month}-01` && period.to >= lastDayOf(month);
    if (!whole) {
      // A month the period starts or ends inside, or sessions without a date "YYYY-MM-DD": one by one.
      for await (const page of projectedRecords(store, structureId, 'accompagnements', month)) {
        for (const record of page) stats.addAccompagnement(record as StatsAccompagnement);
      }
      continue;
    }
    const sessions = await monthOf(store, kept, structureId, month, { files, links }, printOf(part('accompagnements', month)));
    stats.addSessionsOf(sessions.sessions);
    for (const record of sessions.odd) stats.addAccompagnement(record as StatsAccompagnement);
  }
  for (const collection of OTHER_COLLECTIONS) {
    const records = await othersOf(store, structureId, inputs, collection, printOf(part(collection)));
    for (const record of records) {
      if (collection === 'orientations') stats.addOrientation(record as StatsOrientation);
      else if (collection === 'passNumeriques') stats.addPass(record as StatsPass);
      else stats.addTrainingProgress(record as StatsTraining);
    }
  }
  return stats.structureStats();
}

/** Years of months a start keeps ahead (keepRecentInputs): the current one and the four before, as KEPT_MONTHS allows. */
export const YEARS_KEPT_AHEAD = 5;

/**
 * Reads and adds up once what the structure's statistics are computed from — its files, its other records, each
 * month of sessions of the last YEARS_KEPT_AHEAD years — so that the first call after the endpoint starts finds
 * them kept (projection-at-start.ts) instead of reading the whole projection while a coordinator waits.
 */
export async function keepRecentInputs(store: Store, structureId: string, now = Date.now()): Promise<void> {
  const year = new Date(now).getUTCFullYear();
  await structureStatsFromParts(store, structureId, { from: `${year - YEARS_KEPT_AHEAD + 1}-01-01`, to: `${year}-12-31` });
}

/** "YYYY-MM-DD" of the last day of the month "YYYY-MM". */
function lastDayOf(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

async function filesOf(store: Store, structureId: string, inputs: Inputs, print: Print): Promise<{ files: StatsFiles; links: string }> {
  if (inputs.files?.print === print) return inputs.files;
  const files = new StatsFiles();
  for await (const page of projectedRecords(store, structureId, 'beneficiaries')) {
    for (const record of page) files.add(record as StatsBeneficiary);
  }
  inputs.files = { print, files, links: files.links() };
  return inputs.files;
}

async function othersOf(
  store: Store,
  structureId: string,
  inputs: Inputs,
  collection: OtherCollection,
  print: Print,
): Promise<LiveRecord[]> {
  const kept = inputs.others.get(collection);
  if (kept?.print === print) return kept.records;
  const records: LiveRecord[] = [];
  for await (const page of projectedRecords(store, structureId, collection)) records.push(...page);
  inputs.others.set(collection, { print, records });
  return records;
}

/**
 * The sessions of `month` added up over the whole month: kept while neither the month's part of the projection
 * nor the files' merge links have changed (a merge makes two people one).
 */
async function monthOf(
  store: Store,
  kept: KeptInputs,
  structureId: string,
  month: string,
  { files, links }: { files: StatsFiles; links: string },
  print: Print,
): Promise<MonthSessions> {
  const known = kept.month(structureId, month);
  if (known !== undefined && known.print === print && known.links === links) return known;
  const whole = { from: `${month}-01`, to: lastDayOf(month) };
  const sessions = new StatsAccumulator(whole, files);
  const odd: LiveRecord[] = [];
  for await (const page of projectedRecords(store, structureId, 'accompagnements', month)) {
    for (const record of page) {
      sessions.addAccompagnement(record as StatsAccompagnement);
      if (!inPeriod(record.date, whole)) odd.push(record);
    }
  }
  const added = { print, links, sessions, odd };
  kept.setMonth(structureId, month, added);
  return added;
}
