// What a mandate covers, read the same way from a mandate made since issue 17 (families, days) and from an
// older one (démarche ids, duration in words): old records are never rewritten behind the aidant's back;
// they read as their families and days, and the first edit writes those fields (see mandates-repository).
import {
  familyRevocationField,
  legacyDurationDays,
  mandateDurationDays,
  mandateDurations,
  mandateFamilies,
  type MandateDays,
  type MandateFamily,
} from '../schema/mandate';
import { demarcheFamilies } from './legacy-families';

/** The template of the mandates printed before issue 17 (a list of démarches, no fingerprint). */
export const LEGACY_TEMPLATE_VERSION = 1;
/** The template a new mandate is signed with; its words are in app/features/mandates/mandate-templates.ts. */
export const CURRENT_MANDATE_TEMPLATE = 2;

/** A mandate's terms, whichever version of the app wrote it. */
export interface MandateTerms {
  /** The families covered, in Aidants Connect's order. */
  families: MandateFamily[];
  durationDays: MandateDays;
  templateVersion: number;
  /** The day each covered family was revoked, for those revoked one by one. */
  revokedFamilies: Partial<Record<MandateFamily, string>>;
  /** True when read from the legacy fields: the new ones are not written yet. */
  legacy: boolean;
}

const isFamily = (value: unknown): value is MandateFamily => mandateFamilies.includes(value as MandateFamily);

/** The families of a list of démarche ids, each once, in Aidants Connect's order (unknown ids left out). */
export function familiesOfDemarches(demarcheIds: readonly string[]): MandateFamily[] {
  const found = new Set(demarcheIds.map((id) => demarcheFamilies[id]));
  return mandateFamilies.filter((family) => found.has(family));
}

/** Families in Aidants Connect's order, each once. */
export function orderedFamilies(families: readonly MandateFamily[]): MandateFamily[] {
  return mandateFamilies.filter((family) => families.includes(family));
}

/** The days of a legacy duration word, or undefined for anything else. */
export function daysOfLegacyDuration(duration: unknown): MandateDays | undefined {
  return mandateDurations.includes(duration as never) ? legacyDurationDays[duration as keyof typeof legacyDurationDays] : undefined;
}

/**
 * The terms of a stored mandate (fields never written read null), or undefined while they are incomplete
 * (a sync cut in the middle). The new fields win over the legacy ones when both are there.
 */
export function mandateTerms(record: Readonly<Record<string, unknown>>): MandateTerms | undefined {
  const written = Array.isArray(record.families) && record.families.every(isFamily);
  const families = written
    ? orderedFamilies(record.families as MandateFamily[])
    : Array.isArray(record.demarcheIds)
      ? familiesOfDemarches(record.demarcheIds.map(String))
      : undefined;
  const durationDays = mandateDurationDays.includes(record.durationDays as MandateDays)
    ? (record.durationDays as MandateDays)
    : daysOfLegacyDuration(record.duration);
  const templateVersion =
    typeof record.templateVersion === 'number' ? record.templateVersion : written ? undefined : LEGACY_TEMPLATE_VERSION;
  if (!families || durationDays === undefined || templateVersion === undefined) return undefined;
  const revokedFamilies: Partial<Record<MandateFamily, string>> = {};
  for (const family of families) {
    const day = record[familyRevocationField(family)];
    if (typeof day === 'string') revokedFamilies[family] = day;
  }
  return {
    families,
    durationDays,
    templateVersion,
    revokedFamilies,
    legacy: !written || typeof record.durationDays !== 'number' || typeof record.templateVersion !== 'number',
  };
}

/**
 * The new fields a legacy mandate lacks, derived from its legacy ones: what its first edit writes with the
 * edit, so that the record then reads the same on every app. Empty for a mandate that has them all (or
 * whose terms are incomplete). Two tablets doing it at once write the same values: no conflict.
 */
export function migratedFields(record: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const terms = mandateTerms(record);
  if (!terms || !terms.legacy) return {};
  const fields: Record<string, unknown> = {};
  if (!Array.isArray(record.families) && terms.families.length > 0) fields.families = terms.families;
  if (typeof record.durationDays !== 'number') fields.durationDays = terms.durationDays;
  if (typeof record.templateVersion !== 'number') fields.templateVersion = terms.templateVersion;
  return fields;
}
