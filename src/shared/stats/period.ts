// Periods of statistics: calendar dates "YYYY-MM-DD", both ends included, and the months they span.
import * as z from 'zod/mini';
import { isoDate } from '../schema/fields';

/** A period, both ends included. */
export const periodSchema = z.object({ from: isoDate, to: isoDate });
export type Period = z.infer<typeof periodSchema>;

/** The longest period a report covers (its months are listed one by one). */
export const MAX_PERIOD_MONTHS = 120;
const DAY_MS = 86_400_000;

/** True for a real calendar date written "YYYY-MM-DD". */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** True when `date` is a date inside the period. */
export function inPeriod(date: unknown, period: Period): date is string {
  return typeof date === 'string' && date >= period.from && date <= period.to;
}

/** "YYYY-MM" of every month the period touches, in order. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let [year, month] = period.from.split('-').map(Number) as [number, number];
  const last = period.to.slice(0, 7);
  for (let guard = 0; guard <= MAX_PERIOD_MONTHS; guard++) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The local calendar date of a clock reading (the tablet's day, not UTC's). */
export function localDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The twelve months up to `today`: from the first day of the month eleven months back. */
export function lastTwelveMonths(today: string): Period {
  let [year, month] = today.split('-').map(Number) as [number, number];
  month -= 11;
  if (month < 1) [year, month] = [year - 1, month + 12];
  return { from: `${year}-${String(month).padStart(2, '0')}-01`, to: today };
}

/** The period asked for, or why it cannot be used (in French). */
export function checkPeriod(from: string | undefined, to: string | undefined): { period: Period } | { error: string } {
  if (!from || !to) return { error: 'Indiquez le début et la fin de la période (from et to, au format AAAA-MM-JJ).' };
  if (!isCalendarDate(from) || !isCalendarDate(to))
    return { error: 'Les dates de la période doivent être de vraies dates au format AAAA-MM-JJ.' };
  if (from > to) return { error: 'Le début de la période doit précéder sa fin.' };
  if (monthsOf({ from, to }).length > MAX_PERIOD_MONTHS) return { error: `La période ne peut pas dépasser ${MAX_PERIOD_MONTHS / 12} ans.` };
  return { period: { from, to } };
}
