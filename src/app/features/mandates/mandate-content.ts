// The canonical text of a mandate, and its SHA-256 printed on the paper: the same content always gives the
// same fingerprint, and any change to the template version, the person, the aidant, the structure, the
// families or the dates gives another. Revocations come after the signature and are not part of it.
import type { MandateFamily } from '../../../shared/schema/mandate';
import { orderedFamilies } from '../../../shared/mandate/terms';

/** What the signed paper says. */
export interface MandateContent {
  templateVersion: number;
  person: { name: string; birthYear: number | null; commune: string | null };
  aidantName: string | null;
  structureName: string;
  families: readonly MandateFamily[];
  startOn: string;
  durationDays: number;
  lastDay: string;
}

/** The content as one string: JSON with its keys in a fixed order, families in Aidants Connect's order. */
export function canonicalMandateText(content: MandateContent): string {
  return JSON.stringify({
    modele: content.templateVersion,
    personne: { nom: content.person.name, anneeNaissance: content.person.birthYear, commune: content.person.commune },
    aidant: content.aidantName,
    structure: content.structureName,
    familles: orderedFamilies(content.families),
    debut: content.startOn,
    jours: content.durationDays,
    dernierJour: content.lastDay,
  });
}

/** The SHA-256 of the canonical text, in lowercase hexadecimal (Web Crypto). */
export async function mandateFingerprint(content: MandateContent): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalMandateText(content));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The fingerprint in groups of eight, easier to read aloud and to compare by eye. */
export function groupedFingerprint(hex: string): string {
  return hex.match(/.{1,8}/g)?.join(' ') ?? hex;
}
