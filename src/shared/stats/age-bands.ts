// Age bands: statistics never show a birth year, only the band a person's age falls in.
/** The bands, youngest first, and "inconnu" when the birth year is missing. */
export const ageBands = ['moins-de-26', '26-44', '45-59', '60-74', '75-et-plus'] as const;
export type AgeBand = (typeof ageBands)[number] | 'inconnu';

/**
 * The band of a person born in `birthYear`, at the end of `referenceYear` (the age they reach that
 * year: a birth year alone cannot say more).
 */
export function ageBandOf(birthYear: unknown, referenceYear: number): AgeBand {
  if (typeof birthYear !== 'number' || !Number.isInteger(birthYear)) return 'inconnu';
  const age = referenceYear - birthYear;
  if (age < 0 || age > 130) return 'inconnu';
  if (age >= 75) return '75-et-plus';
  if (age >= 60) return '60-74';
  if (age >= 45) return '45-59';
  if (age >= 26) return '26-44';
  return 'moins-de-26';
}
