// Reading a record's values for the statistics: defensive (a record may be half-synced or old) and cheap.
import type { Tally } from './tally';

/** True when the session (date, id) comes after the one seen before. */
export function isLater(date: string, id: string, seenDate: string, seenId: string): boolean {
  return date > seenDate || (date === seenDate && id > seenId);
}

/** Counts the session once under each distinct non-empty key of `keys`. */
export function addOnce(tally: Tally, keys: readonly string[] | null | undefined, people: readonly number[], minutes: number): void {
  if (!Array.isArray(keys)) return;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (typeof key === 'string' && key !== '' && keys.indexOf(key) === i) tally.add(key, people, 1, minutes);
  }
}

/** `value` when it is one of `allowed`, else `otherwise`. */
export function known(value: unknown, allowed: readonly string[], otherwise = 'inconnu'): string {
  return typeof value === 'string' && allowed.includes(value) ? value : otherwise;
}

/** A duration as whole minutes (0 when missing or nonsense). */
export function wholeMinutes(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : 0;
}
