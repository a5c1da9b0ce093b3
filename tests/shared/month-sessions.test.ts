// A month's sessions added up once and then added to a period's report (StatsAccumulator.addSessionsOf) count
// exactly as the same sessions added one by one: the endpoint keeps each month of each structure added up.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StatsAccumulator, StatsFiles } from '../../src/shared/stats/accumulator';
import { computeStats } from '../../src/shared/stats/compute';
import { inPeriod, monthsOf, type Period } from '../../src/shared/stats/period';
import { person, session } from '../fixtures/activity-records';
import { generator, structureRecords } from '../fixtures/random-activity';

const lastDay = (month: string) => {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** The report of `period` with the sessions of each of its whole months added up apart first. */
function reportByMonths(records: ReturnType<typeof structureRecords>, period: Period) {
  const files = new StatsFiles();
  records.beneficiaries.forEach((r) => files.add(r));
  const stats = new StatsAccumulator(period, files);
  const wholeMonths = monthsOf(period).filter((m) => period.from <= `${m}-01` && period.to >= lastDay(m));
  const months = new Map(wholeMonths.map((m) => [m, new StatsAccumulator({ from: `${m}-01`, to: lastDay(m) }, files)]));
  for (const record of records.accompagnements) {
    const month = typeof record.date === 'string' ? months.get(record.date.slice(0, 7)) : undefined;
    if (month && inPeriod(record.date, month.period)) month.addAccompagnement(record);
    else stats.addAccompagnement(record);
  }
  for (const month of months.values()) stats.addSessionsOf(month);
  records.orientations.forEach((r) => stats.addOrientation(r));
  records.passNumeriques.forEach((r) => stats.addPass(r));
  records.trainingProgress.forEach((r) => stats.addTrainingProgress(r));
  return stats.report();
}

describe('sessions added up by month', () => {
  it('give the report of the same sessions added one by one, whatever the period and the records', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 11 }),
        (seed, fromMonth, fromDay, length) => {
          const records = structureRecords('structure-1', generator(seed), { rare: true });
          const from = `2025-${String(fromMonth).padStart(2, '0')}-${String(fromDay).padStart(2, '0')}`;
          const toMonth = Math.min(12, fromMonth + length);
          const period = { from, to: lastDayOrDay(`2025-${String(toMonth).padStart(2, '0')}`, seed) };
          if (period.to < period.from) return;
          expect(reportByMonths(records, period)).toEqual(computeStats(records, period));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts a person seen in two months once, with their latest commune, and a merged file as the kept one', () => {
    const kept = person('Nérac', 1950);
    const merged = { ...person('Agen', 1950), mergedInto: kept.id };
    const files = new StatsFiles();
    [kept, merged].forEach((file) => files.add(file));
    const march = new StatsAccumulator({ from: '2025-03-01', to: '2025-03-31' }, files);
    march.addAccompagnement(session(kept.id, { date: '2025-03-10', commune: 'Nérac' }));
    const april = new StatsAccumulator({ from: '2025-04-01', to: '2025-04-30' }, files);
    april.addAccompagnement(session(merged.id, { date: '2025-04-02', commune: 'Agen' }));
    const spring = new StatsAccumulator({ from: '2025-03-01', to: '2025-04-30' }, files);
    spring.addSessionsOf(april);
    spring.addSessionsOf(march);
    const report = spring.report();
    expect(report.totals).toMatchObject({ people: 1, sessions: 2 });
    expect(report.tables.commune.map((row) => [row.key, row.people, row.count])).toEqual([['Agen', 1, 2]]);
    expect(report.tables.month.map((row) => [row.key, row.people])).toEqual([
      ['2025-03', 1],
      ['2025-04', 1],
    ]);
  });
});

/** The month's last day, or (one seed in two) a day inside it. */
function lastDayOrDay(month: string, seed: number): string {
  return seed % 2 === 0 ? lastDay(month) : `${month}-15`;
}
