// The structure's statistics on the tablet, offline: the synced records through the repositories, then
// the shared computation (the very code the endpoint runs).
import { listAccompagnements } from '../../../db/accompagnements-repository';
import type { DeclicDatabase } from '../../../db/database';
import { listAllFiles } from '../../../db/people-lists';
import { listOrientations } from '../../../db/orientations-repository';
import { listCheques } from '../../../db/pass-numeriques-repository';
import { listTrainingProgress } from '../../../db/training-progress-repository';
import { computeStats } from '../../../../shared/stats/compute';
import type { StatsInput } from '../../../../shared/stats/inputs';
import type { Period } from '../../../../shared/stats/period';
import type { StatsReport } from '../../../../shared/stats/report-schema';

/** Every record the statistics read, as the tablet holds them. */
export async function loadStatsInput(db: DeclicDatabase): Promise<StatsInput> {
  const [accompagnements, beneficiaries, orientations, passNumeriques, trainingProgress] = await Promise.all([
    listAccompagnements(db),
    listAllFiles(db),
    listOrientations(db),
    listCheques(db),
    listTrainingProgress(db),
  ]);
  return { accompagnements, beneficiaries, orientations, passNumeriques, trainingProgress };
}

// The reports computed from each set of lists, by period. The repositories hand out the same lists until a
// record changes: the dashboard opened again (or read again after a sync that brought nothing) computes
// nothing. Keyed weakly by the files' list, which goes with the lock.
const computed = new WeakMap<StatsInput['beneficiaries'], { input: StatsInput; reports: Map<string, StatsReport> }>();

/** The raw report of the structure for `period`, computed on the tablet. */
export async function structureStats(db: DeclicDatabase, period: Period): Promise<StatsReport> {
  const input = await loadStatsInput(db);
  let known = computed.get(input.beneficiaries);
  if (!known || !sameLists(known.input, input)) {
    known = { input, reports: new Map() };
    computed.set(input.beneficiaries, known);
  }
  const key = `${period.from}…${period.to}`;
  let report = known.reports.get(key);
  if (!report) {
    report = computeStats(input, period);
    known.reports.set(key, report);
  }
  return report;
}

function sameLists(a: StatsInput, b: StatsInput): boolean {
  return (
    a.accompagnements === b.accompagnements &&
    a.orientations === b.orientations &&
    a.passNumeriques === b.passNumeriques &&
    a.trainingProgress === b.trainingProgress
  );
}
