// Who writes local content, from the session: a coordinateur or an admin (the only roles that may), and today.
import { localDate } from '../../shared/stats/period';
import type { LocalAuthor } from '../db/local-content-repository';
import { useAppServices } from '../session/app-context';
import { coordinates, useAccount } from '../session/use-account';

/** The signed-in writer of local content, or null for an aidant (who reads it only). */
export function useLocalAuthor(): { name: string; admin: boolean; as: (territory: boolean) => LocalAuthor } | null {
  const account = useAccount();
  const { db } = useAppServices();
  if (!account || !coordinates(account.role)) return null;
  const admin = account.role === 'admin';
  return {
    name: account.aidantName,
    admin,
    // Only an admin writes for the territory; the endpoint refuses it from anyone else.
    as: (territory) => ({ author: account.aidantName, updatedOn: localDate(db.now()), territory: admin && territory }),
  };
}

/** The fields of `values` that differ from `base` (what the writer changed against what the form opened with). */
export function changedFields<T extends Record<string, string | null>>(base: T, values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([key, value]) => value !== base[key])) as Partial<T>;
}

/** A text as stored: trimmed, null when blank. */
export function storedText(value: string): string | null {
  return value.trim() === '' ? null : value.trim();
}
