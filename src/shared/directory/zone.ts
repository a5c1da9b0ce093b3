// The zone a data·inclusion import keeps: a département (47, 2A, 971) or a list of communes' INSEE codes.

/** The départements and communes of a zone. */
export interface Zone {
  departements: string[];
  communes: string[];
}

/** The default zone: Lot-et-Garonne. */
export const DEFAULT_ZONE = '47';

const DEPARTEMENT = /^(\d{2}|2[AB]|9[78]\d)$/;
const COMMUNE = /^(\d{5}|2[AB]\d{3})$/;

/** Reads « 47 » or « 47001,47209 » (a mix too); null when an item is neither a département nor a commune. */
export function parseZone(text: string): Zone | null {
  const items = text
    .split(/[,;\s]+/)
    .map((item) => item.trim().toUpperCase())
    .filter(Boolean);
  if (items.length === 0) return null;
  const zone: Zone = { departements: [], communes: [] };
  for (const item of items) {
    if (DEPARTEMENT.test(item)) zone.departements.push(item);
    else if (COMMUNE.test(item)) zone.communes.push(item);
    else return null;
  }
  return zone;
}

/** The zone in French: « le département 47 », « les communes 47001, 47209 ». */
export function describeZone(zone: Zone): string {
  const parts: string[] = [];
  if (zone.departements.length > 0)
    parts.push(`${zone.departements.length > 1 ? 'les départements' : 'le département'} ${zone.departements.join(', ')}`);
  if (zone.communes.length > 0) parts.push(`${zone.communes.length > 1 ? 'les communes' : 'la commune'} ${zone.communes.join(', ')}`);
  return parts.join(' et ');
}

/**
 * True when a place is in the zone, by its commune's INSEE code; without one, a département is recognised
 * by the postal code's first digits (47000 → 47), which is right but for a few communes near a border.
 */
export function inZone(zone: Zone, codeInsee: string | null, codePostal: string | null): boolean {
  if (codeInsee) {
    const code = codeInsee.toUpperCase();
    return zone.communes.includes(code) || zone.departements.some((d) => code.startsWith(d));
  }
  if (!codePostal) return false;
  return zone.departements.some((d) => codePostal.startsWith(d) && /^\d+$/.test(d));
}
