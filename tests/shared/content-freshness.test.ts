// A coordinator must see which démarches were never checked or were checked more than 6 months ago.
import { describe, expect, it } from 'vitest';
import { monthsBefore, staleDemarches } from '../../src/shared/content-freshness';
import type { Demarche } from '../../src/shared/schema/content';

function demarche(id: string, checkedOn?: string): Demarche {
  return {
    id,
    title: `Démarche ${id}`,
    operator: 'caf',
    situations: ['famille'],
    summary: 'Une démarche de test.',
    prerequisites: [],
    steps: [{ id: 'etape', label: 'Une étape.' }],
    documents: [],
    officialUrl: 'https://www.service-public.gouv.fr/particuliers/vosdroits/F1',
    durationMinutes: 10,
    partnerId: 'caf-47',
    sources: [{ url: 'https://www.service-public.gouv.fr/particuliers/vosdroits/F1', title: 'Fiche', backs: ['tout'] }],
    ...(checkedOn ? { checkedOn } : {}),
  };
}

describe('staleDemarches', () => {
  const pack = {
    demarches: [
      demarche('recente', '2026-10-01'),
      demarche('limite', '2026-06-04'),
      demarche('vieille', '2025-01-15'),
      demarche('plus-vieille', '2024-03-01'),
      demarche('jamais'),
      demarche('autre-jamais'),
    ],
  };

  it('lists the never-checked first, then the oldest checks, and leaves out what was checked within 6 months', () => {
    const stale = staleDemarches(pack, '2026-12-04', 6);
    expect(stale.map((s) => [s.demarche.id, s.reason, s.checkedOn])).toEqual([
      ['autre-jamais', 'jamais-verifiee', undefined],
      ['jamais', 'jamais-verifiee', undefined],
      ['plus-vieille', 'ancienne', '2024-03-01'],
      ['vieille', 'ancienne', '2025-01-15'],
    ]);
  });

  it('counts a check on the very day 6 months ago as still fresh, and the day before as stale', () => {
    expect(staleDemarches({ demarches: [demarche('a', '2026-06-04')] }, '2026-12-04', 6)).toEqual([]);
    expect(staleDemarches({ demarches: [demarche('a', '2026-06-03')] }, '2026-12-04', 6)).toHaveLength(1);
  });

  it('takes the number of months as a parameter', () => {
    expect(staleDemarches(pack, '2026-12-04', 1).map((s) => s.demarche.id)).toContain('recente');
    expect(staleDemarches(pack, '2026-12-04', 36).map((s) => s.demarche.id)).toEqual(['autre-jamais', 'jamais']);
  });
});

describe('monthsBefore', () => {
  it.each([
    ['2026-12-04', 6, '2026-06-04'],
    ['2026-03-15', 6, '2025-09-15'],
    ['2026-08-31', 6, '2026-02-28'],
    ['2024-08-31', 6, '2024-02-29'],
    ['2026-01-10', 0, '2026-01-10'],
  ])('%s minus %i months is %s', (day, months, expected) => {
    expect(monthsBefore(day, months)).toBe(expected);
  });
});
