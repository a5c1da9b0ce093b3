// La Coop's age bands: a person's band follows from their birth year (its rule), here at the session's date.
import type { CoopTrancheAge } from './vocabulary';

/** The band's lowest age, youngest band first (under 12 has none). */
const BANDS: readonly [number, CoopTrancheAge][] = [
  [70, 'soixante_dix_plus'],
  [60, 'soixante_soixante_neuf'],
  [40, 'quarante_cinquante_neuf'],
  [25, 'vingt_cinq_trente_neuf'],
  [18, 'dix_huit_vingt_quatre'],
  [12, 'douze_dix_huit'],
];

/** The band of someone born in `birthYear` on `date` ("YYYY-MM-DD"); null when the year is unknown. */
export function trancheAgeOf(birthYear: number | null | undefined, date: string): CoopTrancheAge | null {
  if (typeof birthYear !== 'number') return null;
  const age = Number(date.slice(0, 4)) - birthYear;
  return BANDS.find(([lowest]) => age >= lowest)?.[1] ?? 'moins_de_douze';
}
