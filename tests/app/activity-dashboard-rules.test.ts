// The dashboard's small rules: which months of a chart's axis are labelled on a tablet, and the export's
// file name, which says whose figures and which period it holds.
import { describe, expect, it } from 'vitest';
import { labelledPoints } from '../../src/app/features/activity/dashboard/axis-labels';
import { fileNamePart, statsFileName } from '../../src/app/features/activity/dashboard/csv-download';

describe('the labelled months of a line chart', () => {
  it.each([
    ['12 months with room for all', 12, 80, 71, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]],
    ['12 months, a 768 px tablet upright', 12, 56.5, 71, [0, 2, 4, 6, 8, 11]],
    ['12 months, half of a 1280 px tablet', 12, 36, 71, [0, 2, 4, 6, 8, 11]],
    ['12 months, a narrow phone', 12, 25, 71, [0, 3, 6, 11]],
    ['24 months, half of a 1280 px tablet', 24, 17.2, 71, [0, 6, 12, 18, 23]],
    ['one month', 1, 400, 71, [0]],
    ['no month', 0, 400, 71, []],
  ])('%s: %j', (_case, count, spacing, room, expected) => {
    expect(labelledPoints(count, spacing, room)).toEqual(expected);
  });

  it('never puts two labels closer than their room, and always labels the first and the last month', () => {
    for (let count = 2; count <= 120; count++)
      for (const spacing of [3, 10, 17, 36, 56, 90]) {
        const points = labelledPoints(count, spacing, 71);
        expect(points[0]).toBe(0);
        expect(points.at(-1)).toBe(count - 1);
        if ((count - 1) * spacing >= 71)
          for (let i = 1; i < points.length; i++) expect((points[i]! - points[i - 1]!) * spacing).toBeGreaterThanOrEqual(71);
      }
  });
});

describe('the name of the CSV file', () => {
  const period = { from: '2025-01-01', to: '2025-06-30' };

  it.each([
    ['Mairie de Nérac', 'statistiques-declic-mairie-de-nerac-2025-01-01-au-2025-06-30.csv'],
    [null, 'statistiques-declic-territoire-2025-01-01-au-2025-06-30.csv'],
    ['Œuvre « Saint-Émilion » / CCAS : l’accueil', 'statistiques-declic-oeuvre-saint-emilion-ccas-l-accueil-2025-01-01-au-2025-06-30.csv'],
    ['***', 'statistiques-declic-structure-2025-01-01-au-2025-06-30.csv'],
  ])('for %s: %s', (structure, expected) => {
    expect(statsFileName(structure, period)).toBe(expected);
  });

  it('keeps only lower-case letters, digits and hyphens, at most 60 characters', () => {
    const part = fileNamePart(`Centre social ${'très '.repeat(30)}long\\..\\CON?`);
    expect(part).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(part.length).toBeLessThanOrEqual(60);
  });
});
