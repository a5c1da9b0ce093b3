// Small-cell suppression: an export never shows a cell of fewer than 5 people where it could point at
// someone, and a hidden cell cannot be found back from a total by subtraction.
import { describe, expect, it } from 'vitest';
import { computeStats } from '../../src/shared/stats/compute';
import type { StatsRow } from '../../src/shared/stats/report-schema';
import { isSmallCell, suppressSmallCells, suppressTable } from '../../src/shared/stats/suppression';
import { emptyInput, person, session } from '../fixtures/activity-records';

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
