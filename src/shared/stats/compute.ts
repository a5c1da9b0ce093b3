// The statistics of a period from plain lists of records, in one call.
import { StatsAccumulator } from './accumulator';
import type { StatsInput } from './inputs';
import type { Period } from './period';
import type { StatsReport } from './report-schema';

/** The raw report of `period` (hide small cells with suppressSmallCells before any export). */
export function computeStats(input: StatsInput, period: Period): StatsReport {
  const stats = new StatsAccumulator(period);
  const beneficiaries = asArray(input.beneficiaries);
  for (let i = 0; i < beneficiaries.length; i++) {
    const record = beneficiaries[i];
    if (record) stats.addBeneficiary(record);
  }
  const sessions = asArray(input.accompagnements);
  for (let i = 0; i < sessions.length; i++) {
    const record = sessions[i];
    if (record) stats.addAccompagnement(record);
  }
  const orientations = asArray(input.orientations);
  for (let i = 0; i < orientations.length; i++) {
    const record = orientations[i];
    if (record) stats.addOrientation(record);
  }
  const passes = asArray(input.passNumeriques);
  for (let i = 0; i < passes.length; i++) {
    const record = passes[i];
    if (record) stats.addPass(record);
  }
  for (const record of input.trainingProgress ?? []) stats.addTrainingProgress(record);
  return stats.report();
}

/**
 * The records as an array, walked by index: until the browser has compiled the loop (the first
 * report of a page), `for…of` costs an iterator step and a result object per record.
 */
function asArray<T>(records: Iterable<T>): readonly T[] {
  return Array.isArray(records) ? (records as T[]) : [...records];
}
