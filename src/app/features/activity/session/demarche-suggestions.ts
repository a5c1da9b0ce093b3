// Which démarches the quick session form offers as one-tap chips: those the person is being helped with
// now (open checklists, needs of their last diagnostic), those of their past sessions, then the
// structure's usual ones, then the most common démarches of the catalogue.
import type { Accompagnement } from '../../../db/accompagnements-repository';
import type { Demarche } from '../../../../shared/schema/content';

/** Chips shown at most. */
export const MAX_SUGGESTIONS = 6;
const COMMON = ['prime-activite', 'rsa', 'compte-ameli', 'actualisation-france-travail', 'declaration-revenus', 'demande-retraite'];

/** The ids to offer, without duplicates, only ids the catalogue knows; `current` are the person's démarches in progress. */
export function suggestDemarches(
  personSessions: readonly Accompagnement[],
  structureSessions: readonly Accompagnement[],
  catalogue: Demarche[],
  current: readonly string[] = [],
): string[] {
  const known = new Set(catalogue.map((d) => d.id));
  const usage = new Map<string, number>();
  for (const session of structureSessions.slice(0, 200))
    for (const id of session.demarcheIds ?? []) usage.set(id, (usage.get(id) ?? 0) + 1);
  const usual = [...usage.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
  const own = personSessions.flatMap((s) => s.demarcheIds ?? []);
  const ordered = [...new Set([...current, ...own, ...usual, ...COMMON])].filter((id) => known.has(id));
  return ordered.slice(0, MAX_SUGGESTIONS);
}

/** The operators of the chosen démarches (what the statistics count "per operator"). */
export function operatorsOf(demarcheIds: readonly string[], catalogue: Demarche[]): string[] {
  const byId = new Map(catalogue.map((d) => [d.id, d.operator]));
  return [...new Set(demarcheIds.map((id) => byId.get(id)).filter((op): op is Demarche['operator'] => op !== undefined))];
}
