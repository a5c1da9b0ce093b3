// Hours read in plain French: the aidant tells a person when to come without decoding « Mo-Fr 09:00-12:00 ».
import { describe, expect, it } from 'vitest';
import { formatOpeningHours, openingHoursText } from '../../src/shared/directory/opening-hours';

describe('opening_hours in plain French', () => {
  it.each([
    [
      'Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00; PH off',
      'du lundi au vendredi de 9 h à 12 h et de 14 h à 17 h ; le samedi de 9 h à 12 h ; fermé les jours fériés',
    ],
    ['24/7', 'tous les jours, 24 h sur 24'],
    ['Mo-Fr 08:30-12:30; PH off', 'du lundi au vendredi de 8 h 30 à 12 h 30 ; fermé les jours fériés'],
    ['Tu,Th 14:00-17:30', 'le mardi et le jeudi de 14 h à 17 h 30'],
    ['Mo-We,Fr 09:00-12:00', 'du lundi au mercredi et le vendredi de 9 h à 12 h'],
    [
      'Mo,We,Fr 10:00-11:00,14:00-15:00,17:00-18:00',
      'le lundi, le mercredi et le vendredi de 10 h à 11 h, de 14 h à 15 h et de 17 h à 18 h',
    ],
    ['Mo-Su 07:00-21:00', 'tous les jours de 7 h à 21 h'],
    ['Mo-Sa 09:00-18:00; Su off', 'du lundi au samedi de 9 h à 18 h ; fermé le dimanche'],
    ['10:00-16:00', 'tous les jours de 10 h à 16 h'],
    ['Mo-Fr 09:00-12:00;', 'du lundi au vendredi de 9 h à 12 h'],
    ['PH 10:00-12:00', 'les jours fériés de 10 h à 12 h'],
  ])('%s', (raw, french) => {
    expect(formatOpeningHours(raw)).toBe(french);
    expect(openingHoursText(raw)).toBe(french);
  });

  it.each([
    'We 09:00-12:00 "marché"',
    'Jan-Mar Mo-Fr 09:00-12:00',
    'Mo-Fr 09:00-12:00 open',
    'Mo[1] 09:00-12:00',
    'Fr-Mo 09:00-12:00',
    'Mo-Fr 9h-12h',
    'Mo-Fr sunrise-sunset',
    'sur rendez-vous',
    '',
  ])('leaves %j as written (outside the subset)', (raw) => {
    expect(formatOpeningHours(raw)).toBeNull();
    expect(openingHoursText(raw)).toBe(raw.trim());
  });
});
