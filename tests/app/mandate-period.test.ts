// When a mandate ends and when the aidant is warned: from 30 days before its last day, in words.
import { describe, expect, it } from 'vitest';
import { lastDayOf, mandateState, revokedOnAll, stateText } from '../../src/app/features/mandates/mandate-period';
import { mandatesNeedingAttention } from '../../src/app/features/mandates/ExpiringMandates';
import type { Mandate } from '../../src/app/db/mandates-repository';
import { legacyDurationDays, type MandateDays, type MandateDuration } from '../../src/shared/schema/mandate';

describe('the last day of a mandate', () => {
  it.each([
    ['2026-03-10', 1, '2026-03-10'],
    ['2026-03-10', 31, '2026-04-09'],
    ['2026-03-10', 182, '2026-09-07'],
    ['2026-03-10', 365, '2027-03-09'],
    ['2026-01-31', 31, '2026-03-02'],
    ['2024-02-29', 365, '2025-02-27'],
    ['2026-12-15', 31, '2027-01-14'],
    ['2026-08-31', 182, '2027-02-28'],
  ] as [string, number, string][])('from %s for %i days: until %s included', (start, days, last) => {
    expect(lastDayOf(start, days)).toBe(last);
  });

  // Read in days, a mandate signed "1 mois" or "6 mois" before issue 17 could run past the day it printed.
  it.each([
    ['a 1-month mandate from 31 January: the signed 27 February, not 3 March', '2026-01-31', '1-mois', '2026-02-27'],
    ['a 6-month mandate from 31 August: the signed 27 February, not 28 February', '2026-08-31', '6-mois', '2027-02-27'],
    ['a 6-month mandate from 10 March: 182 days end before the signed 9 September', '2026-03-10', '6-mois', '2026-09-07'],
    ['a 1-year mandate: 365 days', '2024-02-29', '1-an', '2025-02-27'],
    ['a 1-day mandate: its day', '2026-03-10', '1-jour', '2026-03-10'],
  ] as [string, string, MandateDuration, string][])('%s', (_case, start, legacy, last) => {
    expect(lastDayOf(start, legacyDurationDays[legacy], legacy)).toBe(last);
  });
});

describe('the state of a mandate and its warning', () => {
  const mandate = (startOn: string, durationDays: MandateDays, revokedOn: string | null = null) => ({ startOn, durationDays, revokedOn });

  it.each([
    ['a 1-year mandate, 31 days before its last day: running, no warning', mandate('2025-06-01', 365), '2026-04-30', 'actif', 31],
    ['30 days before its last day: the warning starts', mandate('2025-06-01', 365), '2026-05-01', 'expire-bientot', 30],
    ['its last day', mandate('2025-06-01', 365), '2026-05-31', 'expire-bientot', 0],
    ['the day after its last day: expired', mandate('2025-06-01', 365), '2026-06-01', 'expire', undefined],
    ['a 1-month mandate on its first day: warned at once', mandate('2026-03-10', 31), '2026-03-10', 'expire-bientot', 30],
    ['a 6-month mandate on its first day: running', mandate('2026-03-10', 182), '2026-03-10', 'actif', 181],
    ['a 1-day mandate on its day', mandate('2026-03-10', 1), '2026-03-10', 'expire-bientot', 0],
    ['a mandate that starts next week: to come', mandate('2026-03-17', 365), '2026-03-10', 'a-venir', undefined],
    ['a revoked mandate, even before its end', mandate('2025-06-01', 365, '2026-01-05'), '2026-05-20', 'revoque', undefined],
  ] as const)('%s', (_case, m, today, kind, daysLeft) => {
    const state = mandateState(m, today);
    expect(state.kind).toBe(kind);
    expect('daysLeft' in state ? state.daysLeft : undefined).toBe(daysLeft);
  });

  it('ends when every family was revoked one by one, on the last of those days; not while one family stays', () => {
    const base = { ...mandate('2026-01-05', 365), families: ['social', 'logement'] as const };
    expect(mandateState({ ...base, revokedFamilies: { social: '2026-02-01' } }, '2026-03-10').kind).toBe('actif');
    expect(mandateState({ ...base, revokedFamilies: { social: '2026-02-01', logement: '2026-03-01' } }, '2026-03-10')).toEqual({
      kind: 'revoque',
      lastDay: '2027-01-04',
      revokedOn: '2026-03-01',
    });
    expect(revokedOnAll({ ...base, revokedOn: '2026-01-20', revokedFamilies: { social: '2026-02-01' } })).toBe('2026-01-20');
  });

  it('says the warning in words, with the last day', () => {
    const day = (d: string) => d.split('-').reverse().join('/');
    expect(stateText(mandateState(mandate('2025-06-01', 365), '2026-05-19'), day)).toBe(
      'Expire bientôt : encore 12 jours (dernier jour : 31/05/2026)',
    );
    expect(stateText(mandateState(mandate('2025-06-01', 365), '2026-05-31'), day)).toBe('Expire ce soir : aujourd’hui est le dernier jour');
    expect(stateText(mandateState(mandate('2025-06-01', 365), '2026-06-02'), day)).toBe('Expiré depuis le 31/05/2026 (dernier jour)');
  });

  it('lists the mandates to renew, soonest first, leaving out long-expired and revoked ones', () => {
    const m = (id: string, startOn: string, durationDays: MandateDays, revokedOn: string | null = null): Mandate => ({
      id,
      beneficiaryId: 'p',
      families: ['social'],
      durationDays,
      templateVersion: 2,
      revokedFamilies: {},
      legacy: false,
      demarcheIds: null,
      duration: null,
      startOn,
      revokedOn,
      aidantName: null,
    });
    const list = [
      m('in-20-days', '2025-03-31', 365),
      m('in-4-days', '2026-02-12', 31),
      m('expired-10-days-ago', '2025-02-28', 365),
      m('expired-long-ago', '2025-01-01', 31),
      m('revoked', '2025-04-01', 365, '2025-12-01'),
      m('in-100-days', '2025-09-18', 365),
    ];
    expect(mandatesNeedingAttention(list, '2026-03-10').map((x) => x.id)).toEqual(['expired-10-days-ago', 'in-4-days', 'in-20-days']);
  });
});
