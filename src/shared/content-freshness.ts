// How fresh the catalogue's facts are: which démarches nobody checked against their sources lately.
import type { ContentPack, Demarche } from './schema/content';

/** A démarche to check again, and why: never checked, or checked before the limit. */
export interface StaleDemarche {
  demarche: Demarche;
  /** The day it was last checked; absent when it never was (« à vérifier »). */
  checkedOn?: string;
  reason: 'jamais-verifiee' | 'ancienne';
}

/**
 * The démarches of `pack` never checked, or checked more than `months` months before `today`
 * (an ISO day): never checked first, then oldest first, then by id.
 */
export function staleDemarches(pack: Pick<ContentPack, 'demarches'>, today: string, months = 6): StaleDemarche[] {
  const limit = monthsBefore(today, months);
  const stale = pack.demarches.flatMap((demarche): StaleDemarche[] => {
    const { checkedOn } = demarche;
    if (checkedOn === undefined) return [{ demarche, reason: 'jamais-verifiee' }];
    return checkedOn < limit ? [{ demarche, checkedOn, reason: 'ancienne' }] : [];
  });
  return stale.sort((a, b) => (a.checkedOn ?? '').localeCompare(b.checkedOn ?? '') || a.demarche.id.localeCompare(b.demarche.id));
}

/** The ISO day `months` calendar months before `day`; the 31st falls back to the month's last day. */
export function monthsBefore(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}
