// A territory's report added up from each structure's equals the report of all their records at once: people
// never cross structures, but aidants (training) and communes (spellings) do.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StatsAccumulator } from '../../src/shared/stats/accumulator';
import { computeStats } from '../../src/shared/stats/compute';
import type { StatsAccompagnement, StatsPass, StatsTraining } from '../../src/shared/stats/inputs';
import { mergeStructureStats } from '../../src/shared/stats/structure-stats';
import { atelier, cheque, emptyInput, orientation, person, recordId, session } from '../fixtures/activity-records';

const period = { from: '2025-02-01', to: '2025-11-15' };
const communes = ['Nérac', 'NERAC', 'nerac ', 'Agen', 'agen', 'Le Passage', 'le-passage', null];
const aidants = ['aidant-1', 'aidant-2', 'aidant-3'];
const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const day = (random: () => number) =>
  `2025-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;

/** A deterministic generator from a seed (mulberry32). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One structure's records, drawn from `random`: its own people, shared communes, aidants, démarches and partners. */
function structureRecords(structureId: string, random: () => number) {
  const input = { ...emptyInput(), trainingProgress: [] as StatsTraining[] };
  const people = Array.from({ length: 1 + Math.floor(random() * 12) }, () =>
    person(pick(random, communes), 1930 + Math.floor(random() * 80)),
  );
  if (people.length > 2 && random() < 0.5) people[1]!.mergedInto = people[0]!.id;
  input.beneficiaries.push(...people);
  for (let i = 0; i < 25; i++) {
    // A record may hold anything (an older app, a half-synced write): unknown places count as « inconnu ».
    const changes = {
      date: day(random),
      structureId,
      place: pick(random, ['mairie', 'domicile', 'a-distance', 'ailleurs', null]),
      operatorIds: [pick(random, ['caf', 'cpam', 'ants'])],
      demarcheIds: random() < 0.5 ? ['rsa', 'rsa'] : [pick(random, ['carte-grise', 'retraite'])],
      commune: pick(random, communes),
      autonomyObserved: pick(random, ['autonome', 'accompagne', null]),
      durationMinutes: Math.floor(random() * 90),
    } as Partial<StatsAccompagnement>;
    const someone = pick(random, people).id;
    input.accompagnements.push(random() < 0.8 ? session(someone, changes) : atelier([someone, pick(random, people).id], changes));
  }
  for (let i = 0; i < 4; i++) {
    input.orientations.push(
      orientation(pick(random, people).id, {
        date: day(random),
        partnerId: pick(random, ['caf-47', 'mds-nerac']),
        outcome: pick(random, ['recue', null]),
      }),
    );
    const handed: Partial<StatsPass> = { status: 'remis', handedTo: pick(random, people).id, handedOn: day(random) };
    const kept: Partial<StatsPass> = { status: pick(random, ['en-stock', 'expire'] as const), expiresOn: day(random) };
    input.passNumeriques.push(cheque(random() < 0.5 ? handed : kept));
    input.trainingProgress.push({
      id: recordId(),
      aidantId: pick(random, aidants),
      moduleId: pick(random, ['m1', 'm2']),
      finishedOn: day(random),
    });
  }
  return input;
}

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
