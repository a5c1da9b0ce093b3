// A mandate being written is a draft on the tablet: one saved by the app before issue 17 (démarches,
// duration in words) opens as families and days, so that the aidant finds what they had ticked.
import { describe, expect, it } from 'vitest';
import { readMandateDraft } from '../../src/app/features/mandates/MandateForm';

describe('a mandate draft', () => {
  it('opens as it was saved', () => {
    expect(readMandateDraft({ families: ['logement', 'papiers'], durationDays: 365, startOn: '2026-03-01' }, '2026-03-10')).toEqual({
      families: ['papiers', 'logement'],
      durationDays: 365,
      startOn: '2026-03-01',
    });
  });

  it('saved before issue 17, opens with the families of its démarches and its duration in days', () => {
    expect(readMandateDraft({ demarcheIds: ['rsa', 'passeport'], duration: '6-mois', startOn: '2026-03-01' }, '2026-03-10')).toEqual({
      families: ['papiers', 'social'],
      durationDays: 182,
      startOn: '2026-03-01',
    });
  });

  it('drops what it cannot read, and starts today for a month', () => {
    expect(readMandateDraft({ families: ['impots', 'justice'], durationDays: 30 }, '2026-03-10')).toEqual({
      families: ['justice'],
      durationDays: 31,
      startOn: '2026-03-10',
    });
  });
});
