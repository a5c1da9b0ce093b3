// Small-cell suppression: an export never shows a cell of fewer than 5 people (every table counts people:
// months, places, suites given… as well as communes), a hidden cell cannot be found back from a total by
// subtraction, and hidden rows never stand where their hidden figures would have put them.
import { describe, expect, it } from 'vitest';
import { computeStats } from '../../src/shared/stats/compute';
import { tableIds, type StatsReport, type StatsRow } from '../../src/shared/stats/report-schema';
import { inSafeOrder, isSmallCell, rowsForDisplay, suppressSmallCells, suppressTable } from '../../src/shared/stats/suppression';
import { emptyInput, orientation, person, session } from '../fixtures/activity-records';

const rows = (...people: number[]): StatsRow[] => people.map((n, i) => ({ key: `c${i}`, people: n, count: n * 2, minutes: n * 60 }));
const shown = (table: StatsRow[]) =>
  table.map((r) => (r.hidden === 'petit-effectif' ? '<5' : r.hidden === 'secret-secondaire' ? 's' : r.people));

describe('which cells are small', () => {
  it.each([
    [0, false],
    [1, true],
    [4, true],
    [5, false],
    [null, false],
  ])('%s people: small = %s', (people, small) => {
    expect(isSmallCell(people)).toBe(small);
  });
});

describe('a table of people', () => {
  it.each([
    ['nothing small: all shown', [12, 7, 5], [12, 7, 5]],
    ['two small cells adding up to 5 or more: only they are hidden', [20, 3, 2], [20, '<5', '<5']],
    ['one small cell: the next smallest is hidden too', [20, 9, 3], [20, 's', '<5']],
    ['small cells adding up to fewer than 5: one more is hidden', [20, 9, 1, 2], [20, 's', '<5', '<5']],
    ['empty rows stay shown and are never picked', [20, 0, 3, 6], [20, 0, '<5', 's']],
    ['a table of one small cell: hidden, nothing else to hide', [3], ['<5']],
    ['everything small', [1, 1, 1], ['<5', '<5', '<5']],
  ])('%s', (_case, people, expected) => {
    expect(shown(suppressTable(rows(...people)))).toEqual(expected);
  });

  it('hides every figure of a hidden row, not only the people', () => {
    const [, hidden] = suppressTable(rows(20, 3, 8));
    expect(hidden).toEqual({ key: 'c1', people: null, count: null, minutes: null, hidden: 'petit-effectif' });
  });

  it('never lets the total give a hidden cell back', () => {
    for (const people of [
      [20, 9, 3],
      [40, 1],
      [7, 6, 5, 4],
      [100, 2, 2],
    ]) {
      const table = suppressTable(rows(...people));
      const hidden = table.filter((r) => r.hidden);
      const total = people.reduce((a, b) => a + b, 0);
      const shownSum = table.reduce((sum, r) => sum + (r.people ?? 0), 0);
      // What subtraction finds is the hidden rows together: never one row alone, never fewer than 5 people.
      expect(hidden.length === 0 || (hidden.length >= 2 && total - shownSum >= 5) || table.every((r) => r.hidden || !r.people)).toBe(true);
    }
  });
});

describe('a report made ready for export', () => {
  it('hides small communes and age bands, keeps months and places as they are', () => {
    const input = emptyInput();
    const village = [person('Bouglon', 1950)];
    const town = Array.from({ length: 12 }, () => person('Marmande', 1990));
    const city = Array.from({ length: 6 }, () => person('Agen', 1985));
    input.beneficiaries.push(...village, ...town, ...city);
    input.accompagnements.push(...[...village, ...town, ...city].map((p) => session(p.id, { commune: p.commune })));
    const safe = suppressSmallCells(computeStats(input, { from: '2025-01-01', to: '2025-12-31' }));
    expect(safe.suppressed).toBe(true);
    expect(safe.tables.commune.map((r) => [r.key, r.people, r.hidden])).toEqual([
      ['Marmande', 12, undefined],
      ['Agen', null, 'secret-secondaire'],
      ['Bouglon', null, 'petit-effectif'],
    ]);
    expect(safe.tables.ageBand.find((r) => r.key === '75-et-plus')?.hidden).toBe('petit-effectif');
    expect(safe.tables.month.find((r) => r.key === '2025-03')?.people).toBe(19);
    expect(safe.totals.people).toBe(19);
  });

  it('hides the number of people when fewer than 5 were helped in all', () => {
    const input = emptyInput();
    input.accompagnements.push(session(person(null, null).id), session(person(null, null).id));
    const safe = suppressSmallCells(computeStats(input, { from: '2025-01-01', to: '2025-12-31' }));
    expect(safe.totals.people).toBeNull();
    expect(safe.totals.sessions).toBe(2);
  });
});

/** A report whose every table holds `table`'s rows. */
function reportOf(table: StatsRow[]): StatsReport {
  const report = computeStats(emptyInput(), { from: '2025-01-01', to: '2025-12-31' });
  return { ...report, tables: Object.fromEntries(tableIds.map((id) => [id, table])) as StatsReport['tables'] };
}
const keyed = (...rows: [string, number][]): StatsRow[] => rows.map(([key, people]) => ({ key, people, count: people, minutes: 0 }));

describe('which tables count people', () => {
  it.each(tableIds)('the %s table hides a row of fewer than 5 people, all its figures with it', (id) => {
    const safe = suppressSmallCells(reportOf(keyed(['a', 30], ['b', 3], ['c', 2])));
    expect(safe.tables[id].map((r) => [r.key, r.people, r.count, r.minutes])).toEqual([
      ['a', 30, 30, 0],
      ['b', null, null, null],
      ['c', null, null, null],
    ]);
  });

  it('hides "avril : 1 personne" and "Sans suite : 1 personne", not only communes', () => {
    const input = emptyInput();
    const regulars = Array.from({ length: 8 }, () => person('Nérac', 1960));
    input.beneficiaries.push(...regulars);
    input.accompagnements.push(
      ...regulars.map((p) => session(p.id, { date: '2025-03-10' })),
      session(regulars[0]!.id, { date: '2025-04-02' }),
    );
    input.orientations.push(
      ...regulars.map((p) => orientation(p.id, { outcome: 'recue' })),
      orientation(regulars[1]!.id, { outcome: 'sans-suite' }),
    );
    const safe = suppressSmallCells(computeStats(input, { from: '2025-01-01', to: '2025-12-31' }));
    expect(safe.tables.month.find((r) => r.key === '2025-04')).toMatchObject({ people: null, count: null, hidden: 'petit-effectif' });
    expect(safe.tables.month.find((r) => r.key === '2025-03')).toMatchObject({ hidden: 'secret-secondaire' });
    expect(safe.tables.orientationOutcome.find((r) => r.key === 'sans-suite')).toMatchObject({ count: null, hidden: 'petit-effectif' });
    expect(safe.totals.sessions).toBe(9);
  });
});

describe('the order of hidden rows', () => {
  it('puts hidden rows after the shown ones, by name, in a table ordered by its figures', () => {
    const safe = suppressSmallCells(reportOf(keyed(['Marmande', 30], ['Agen', 12], ['Xaintrailles', 4], ['Bouglon', 3], ['Astaffort', 1])));
    expect(safe.tables.commune.map((r) => [r.key, r.hidden])).toEqual([
      ['Marmande', undefined],
      ['Agen', undefined],
      ['Astaffort', 'petit-effectif'],
      ['Bouglon', 'petit-effectif'],
      ['Xaintrailles', 'petit-effectif'],
    ]);
  });

  it.each(['operator', 'demarche', 'commune', 'orientationPartner', 'structure'] as const)(
    'gives the same %s table whatever the hidden figures were',
    (id) => {
      // Rows come largest first: the two tables differ only in the hidden rows' figures, hence their order.
      const one = suppressSmallCells(reportOf(keyed(['Marmande', 30], ['Xaintrailles', 4], ['Bouglon', 3], ['Astaffort', 1])));
      const other = suppressSmallCells(reportOf(keyed(['Marmande', 30], ['Astaffort', 4], ['Xaintrailles', 2], ['Bouglon', 1])));
      expect(other.tables[id]).toEqual(one.tables[id]);
    },
  );

  it('keeps the calendar order of months and the order of age bands: no figure decided it', () => {
    const months = keyed(['2025-01', 9], ['2025-02', 2], ['2025-03', 12], ['2025-04', 3]);
    expect(suppressSmallCells(reportOf(months)).tables.month.map((r) => r.key)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04']);
    expect(inSafeOrder('ageBand', suppressTable(keyed(['26-44', 9], ['45-59', 2], ['60-74', 3]))).map((r) => r.key)).toEqual([
      '26-44',
      '45-59',
      '60-74',
    ]);
  });

  it('sorts hidden rows by the French label shown, not by id', () => {
    const rows = suppressTable(keyed(['msa', 40], ['zz-caf', 2], ['ants', 3]));
    const labels = { operator: { msa: 'MSA', 'zz-caf': 'Caisse d’allocations familiales', ants: 'Agence des titres' } };
    expect(rowsForDisplay('operator', rows, labels).map((r) => r.key)).toEqual(['msa', 'ants', 'zz-caf']);
    expect(
      rowsForDisplay('structure', suppressTable(keyed(['s-2', 9], ['s-3', 1], ['s-1', 4])), {
        structure: { 's-1': 'Mairie', 's-3': 'CCAS' },
      }),
    ).toEqual([
      { key: 's-2', people: 9, count: 9, minutes: 0 },
      { key: 's-3', people: null, count: null, minutes: null, hidden: 'petit-effectif' },
      { key: 's-1', people: null, count: null, minutes: null, hidden: 'petit-effectif' },
    ]);
  });
});
