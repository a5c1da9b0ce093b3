// The retention rule: a file without contact for longer than RETENTION_MONTHS is erased.
//
// A file's age counts from the later of its `lastContactOn` (moved forward by every activity with the
// person) and the day the endpoint received its last write: the endpoint's clock, not the tablet's, so
// that a file written by a tablet whose clock is years behind is not erased the day it arrives. The file
// expires when that day is before the cutoff: today minus RETENTION_MONTHS calendar months (24 by default).

/** The UTC calendar day of `ms`, "YYYY-MM-DD". */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The first day a file must have had contact on to be kept, `months` before the day of `now`. */
export function retentionCutoff(now: number, months: number): string {
  const today = new Date(now);
  const target = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, 1));
  const lastOfMonth = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(today.getUTCDate(), lastOfMonth));
  return utcDay(target.getTime());
}

/** The day a file's age counts from: the later of its last contact date and the day its last write was received. */
export function lastContactDay(values: Record<string, unknown>, lastWriteMs: number): string {
  const written = utcDay(lastWriteMs);
  return typeof values.lastContactOn === 'string' && values.lastContactOn > written ? values.lastContactOn : written;
}

/** True when the file is past the retention period on the day of `cutoff`. */
export function isExpired(values: Record<string, unknown>, lastWriteMs: number, cutoff: string): boolean {
  return values.deleted !== true && lastContactDay(values, lastWriteMs) < cutoff;
}
