// The retention rule: a file without contact for longer than RETENTION_MONTHS is erased.
//
// A file's last contact is its `lastContactOn` (moved forward by every activity with the person); a file
// that never had one counts from its last write. The file expires when that day is before the cutoff:
// today minus RETENTION_MONTHS calendar months (24 by default).

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

/** The day a file was last in contact: its last contact date, else the day of its last write. */
export function lastContactDay(values: Record<string, unknown>, lastWriteMs: number): string {
  return typeof values.lastContactOn === 'string' ? values.lastContactOn : utcDay(lastWriteMs);
}

/** True when the file is past the retention period on the day of `cutoff`. */
export function isExpired(values: Record<string, unknown>, lastWriteMs: number, cutoff: string): boolean {
  return values.deleted !== true && lastContactDay(values, lastWriteMs) < cutoff;
}
