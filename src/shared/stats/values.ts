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
    if (typeof key === 'string' && key !== '' && (i === 0 || keys.indexOf(key) === i)) tally.add(key, people, 1, minutes);
  }
}

/**
 * `value` when it is one of `allowed`, else `otherwise`. Returns the list's own string, not the record's
 * equal copy: a constant's hash is computed once, a record's string each time it is used as a key.
 */
export function known(value: unknown, allowed: readonly string[], otherwise = 'inconnu'): string {
  const i = typeof value === 'string' ? allowed.indexOf(value) : -1;
  return (i >= 0 ? allowed[i] : undefined) ?? otherwise;
}

/** A duration as whole minutes (0 when missing or nonsense). */
export function wholeMinutes(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : 0;
}
