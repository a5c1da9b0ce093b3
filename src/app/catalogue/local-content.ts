// Local content layered over the national pack: the territory's partners and notes as views read them, and
// their own small search index, searched beside the pack's (a pack update rebuilds neither: they are records).
import { useMemo } from 'preact/hooks';
import { listLocalNotes, listLocalPartners, type LocalNote, type LocalPartner } from '../db/local-content-repository';
import type { SearchIndex } from '../search/search-index';
import { withIndex } from './local-search';
import { useDbQuery } from '../ui/use-db-query';

/** The local partners and notes of the tablet. */
export interface LocalContent {
  partners: readonly LocalPartner[];
  notes: readonly LocalNote[];
  /** False while the first read runs (empty lists then mean "not read yet"). */
  loaded?: boolean;
}

/** Local content with its search index. */
export interface SearchableLocalContent extends LocalContent {
  index: SearchIndex;
}

export type { LocalNote, LocalPartner };
export { findLocal, localDocuments, withIndex } from './local-search';

const NO_LOCAL: LocalContent = { partners: [], notes: [], loaded: false };

/** The tablet's local content, read again after every write and sync (empty while it loads). */
export function useLocalContent(): LocalContent {
  const query = useDbQuery(async (db) => ({ partners: await listLocalPartners(db), notes: await listLocalNotes(db), loaded: true }));
  return query.data ?? NO_LOCAL;
}

/** The local content with its index, built again only when the content changed. */
export function useSearchableLocalContent(): SearchableLocalContent {
  const local = useLocalContent();
  return useMemo(() => withIndex(local), [local]);
}

/** The local notes under `demarcheId`. */
export function notesOf(local: LocalContent, demarcheId: string): LocalNote[] {
  return local.notes.filter((n) => n.demarcheId === demarcheId);
}
