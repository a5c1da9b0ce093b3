// A territory's report added up from each structure's equals the report of all their records at once: people
// never cross structures, but aidants (training) and communes (spellings) do.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StatsAccumulator } from '../../src/shared/stats/accumulator';
import { computeStats } from '../../src/shared/stats/compute';
import { mergeStructureStats } from '../../src/shared/stats/structure-stats';
import { person, recordId, session } from '../fixtures/activity-records';
import { generator, structureRecords } from '../fixtures/random-activity';

const period = { from: '2025-02-01', to: '2025-11-15' };
describe('a territory report added up from its structures', () => {
  it('equals the report of every record at once, whatever the structures hold', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 5 }), (seed, count) => {
        const random = generator(seed);
        const structures = Array.from({ length: count }, (_, s) => structureRecords(`structure-${s}`, random));
        const parts = structures.map((records) => {
          const stats = new StatsAccumulator(period);
          records.beneficiaries.forEach((r) => stats.addBeneficiary(r));
          records.accompagnements.forEach((r) => stats.addAccompagnement(r));
          records.orientations.forEach((r) => stats.addOrientation(r));
          records.passNumeriques.forEach((r) => stats.addPass(r));
          records.trainingProgress.forEach((r) => stats.addTrainingProgress(r));
          return stats.structureStats();
        });
        const all = computeStats(
          {
            beneficiaries: structures.flatMap((s) => s.beneficiaries),
            accompagnements: structures.flatMap((s) => s.accompagnements),
            orientations: structures.flatMap((s) => s.orientations),
            passNumeriques: structures.flatMap((s) => s.passNumeriques),
            trainingProgress: structures.flatMap((s) => s.trainingProgress),
          },
          period,
        );
        expect(mergeStructureStats(period, parts)).toEqual(all);
      }),
      { numRuns: 150 },
    );
  });

  it('counts an aidant trained in two structures once, and joins a commune spelled two ways under one name', () => {
    const parts = ['Nérac', 'NERAC'].map((commune) => {
      const stats = new StatsAccumulator(period);
      const someone = person(commune, 1950);
      stats.addBeneficiary(someone);
      stats.addAccompagnement(session(someone.id, { date: '2025-03-03' }));
      stats.addTrainingProgress({ id: recordId(), aidantId: 'aidant-1', moduleId: 'm1', finishedOn: '2025-03-03' });
      return stats.structureStats();
    });
    const report = mergeStructureStats(period, parts);
    expect(report.totals).toMatchObject({ people: 2, sessions: 2, trainedAidants: 1, modulesFinished: 1 });
    expect(report.tables.commune.map((row) => [row.key, row.people])).toEqual([['NERAC', 2]]);
  });
});
