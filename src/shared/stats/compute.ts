// The statistics of a period from plain lists of records, in one call.
import { StatsAccumulator } from './accumulator';
import type { StatsInput } from './inputs';
import type { Period } from './period';
import type { StatsReport } from './report-schema';

/** The raw report of `period` (hide small cells with suppressSmallCells before any export). */
export function computeStats(input: StatsInput, period: Period): StatsReport {
  const stats = new StatsAccumulator(period);
  for (const beneficiary of input.beneficiaries) stats.addBeneficiary(beneficiary);
  for (const session of input.accompagnements) stats.addAccompagnement(session);
  for (const orientation of input.orientations) stats.addOrientation(orientation);
  for (const pass of input.passNumeriques) stats.addPass(pass);
  return stats.report();
}
