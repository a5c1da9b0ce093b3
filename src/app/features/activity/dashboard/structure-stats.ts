// The structure's statistics on the tablet, offline: the synced records through the repositories, then
// the shared computation (the very code the endpoint runs).
import { listAccompagnements } from '../../../db/accompagnements-repository';
import { listBeneficiaries } from '../../../db/beneficiaries-repository';
import type { DeclicDatabase } from '../../../db/database';
import { listOrientations } from '../../../db/orientations-repository';
import { listCheques } from '../../../db/pass-numeriques-repository';
import { computeStats } from '../../../../shared/stats/compute';
import type { StatsInput } from '../../../../shared/stats/inputs';
import type { Period } from '../../../../shared/stats/period';
import type { StatsReport } from '../../../../shared/stats/report-schema';

/** Every record the statistics read, as the tablet holds them. */
export async function loadStatsInput(db: DeclicDatabase): Promise<StatsInput> {
  const [accompagnements, beneficiaries, orientations, passNumeriques] = await Promise.all([
    listAccompagnements(db),
    listBeneficiaries(db),
    listOrientations(db),
    listCheques(db),
  ]);
  return { accompagnements, beneficiaries, orientations, passNumeriques };
}

/** The raw report of the structure for `period`, computed on the tablet. */
export async function structureStats(db: DeclicDatabase, period: Period): Promise<StatsReport> {
  return computeStats(await loadStatsInput(db), period);
}
