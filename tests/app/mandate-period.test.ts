// When a mandate ends and when the aidant is warned: from 30 days before its last day, in words.
import { describe, expect, it } from 'vitest';
import { lastDayOf, mandateState, stateText } from '../../src/app/features/mandates/mandate-period';
import { mandatesNeedingAttention } from '../../src/app/features/mandates/ExpiringMandates';
import type { Mandate } from '../../src/app/db/mandates-repository';
import type { MandateDuration } from '../../src/shared/schema/mandate';

describe('the last day of a mandate', () => {
  it.each([
    ['2026-03-10', '1-jour', '2026-03-10'],
    ['2026-03-10', '1-mois', '2026-04-09'],
    ['2026-03-10', '6-mois', '2026-09-09'],
    ['2026-03-10', '1-an', '2027-03-09'],
    ['2026-01-31', '1-mois', '2026-02-27'],
    ['2024-02-29', '1-an', '2025-02-27'],
    ['2026-12-15', '1-mois', '2027-01-14'],
    ['2026-08-31', '6-mois', '2027-02-27'],
  ] as [string, MandateDuration, string][])('from %s for %s: until %s included', (start, duration, last) => {
    expect(lastDayOf(start, duration)).toBe(last);
  });
});

describe('the state of a mandate and its warning', () => {
  const mandate = (startOn: string, duration: MandateDuration, revokedOn: string | null = null) => ({ startOn, duration, revokedOn });

  it.each([
    ['a 1-year mandate, 31 days before its last day: running, no warning', mandate('2025-06-01', '1-an'), '2026-04-30', 'actif', 31],
    ['30 days before its last day: the warning starts', mandate('2025-06-01', '1-an'), '2026-05-01', 'expire-bientot', 30],
    ['its last day', mandate('2025-06-01', '1-an'), '2026-05-31', 'expire-bientot', 0],
    ['the day after its last day: expired', mandate('2025-06-01', '1-an'), '2026-06-01', 'expire', undefined],
    ['a 1-month mandate on its first day: warned at once', mandate('2026-03-10', '1-mois'), '2026-03-10', 'expire-bientot', 30],
    ['a 6-month mandate on its first day: running', mandate('2026-03-10', '6-mois'), '2026-03-10', 'actif', 183],
    ['a 1-day mandate on its day', mandate('2026-03-10', '1-jour'), '2026-03-10', 'expire-bientot', 0],
    ['a mandate that starts next week: to come', mandate('2026-03-17', '1-an'), '2026-03-10', 'a-venir', undefined],
    ['a revoked mandate, even before its end', mandate('2025-06-01', '1-an', '2026-01-05'), '2026-05-20', 'revoque', undefined],
  ] as const)('%s', (_case, m, today, kind, daysLeft) => {
    const state = mandateState(m, today);
    expect(state.kind).toBe(kind);
    expect('daysLeft' in state ? state.daysLeft : undefined).toBe(daysLeft);
  });

  it('says the warning in words, with the last day', () => {
    const day = (d: string) => d.split('-').reverse().join('/');
    expect(stateText(mandateState(mandate('2025-06-01', '1-an'), '2026-05-19'), day)).toBe(
      'Expire bientôt : encore 12 jours (dernier jour : 31/05/2026)',
    );
    expect(stateText(mandateState(mandate('2025-06-01', '1-an'), '2026-05-31'), day)).toBe(
      'Expire ce soir : aujourd’hui est le dernier jour',
    );
    expect(stateText(mandateState(mandate('2025-06-01', '1-an'), '2026-06-02'), day)).toBe('Expiré depuis le 31/05/2026 (dernier jour)');
  });

  it('lists the mandates to renew, soonest first, leaving out long-expired and revoked ones', () => {
    const m = (id: string, startOn: string, duration: MandateDuration, revokedOn: string | null = null): Mandate => ({
      id,
      beneficiaryId: 'p',
      demarcheIds: ['rsa'],
      duration,
      startOn,
      revokedOn,
      aidantName: null,
      deleted: false,
    });
    const list = [
      m('in-20-days', '2025-03-31', '1-an'),
      m('in-4-days', '2026-02-15', '1-mois'),
      m('expired-10-days-ago', '2025-02-28', '1-an'),
      m('expired-long-ago', '2025-01-01', '1-mois'),
      m('revoked', '2025-04-01', '1-an', '2025-12-01'),
      m('in-100-days', '2025-09-18', '1-an'),
    ];
    expect(mandatesNeedingAttention(list, '2026-03-10').map((x) => x.id)).toEqual(['expired-10-days-ago', 'in-4-days', 'in-20-days']);
  });
});
