// Local content layered over the national pack: the territory's partners and notes as views read them, and
// their own small search index, searched beside the pack's (a pack update rebuilds neither: they are records).
import { useMemo } from 'preact/hooks';
import { listLocalNotes, listLocalPartners, type LocalNote, type LocalPartner } from '../db/local-content-repository';
import { buildSearchIndex, search, type SearchDocument, type SearchIndex } from '../search/search-index';
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

/** Local content and the index of its partners and notes. */
export function withIndex(local: LocalContent): SearchableLocalContent {
  return { ...local, index: buildSearchIndex(localDocuments(local)) };
}

/** The searchable form of the local partners (kind `partenaire-local`) and notes (kind `note-locale`). */
export function localDocuments(local: LocalContent): SearchDocument[] {
  const partners = local.partners.map((p) => ({
    id: p.id,
    kind: 'partenaire-local',
    title: p.name ?? '',
    keywords: [p.commune, 'partenaire'].filter(Boolean).join(' '),
    summary: [p.address, p.appointment].filter(Boolean).join('\n'),
    body: [p.bring, p.notes, p.hours].filter(Boolean).join('\n'),
  }));
  const notes = local.notes.map((n) => ({ id: n.id, kind: 'note-locale', title: '', keywords: '', summary: '', body: n.body ?? '' }));
  return [...partners, ...notes];
}

/** The local partners that answer `query`, best first, and the démarches whose local notes do. */
export function findLocal(local: SearchableLocalContent, query: string): { partners: LocalPartner[]; demarcheIds: string[] } {
  const hits = search(local.index, query, { limit: 40 });
  const partnersById = new Map(local.partners.map((p) => [p.id, p]));
  const notesById = new Map(local.notes.map((n) => [n.id, n]));
  const partners = hits.flatMap((hit) => {
    const partner = hit.kind === 'partenaire-local' ? partnersById.get(hit.id) : undefined;
    return partner ? [partner] : [];
  });
  const demarcheIds = hits.flatMap((hit) => {
    const demarcheId = hit.kind === 'note-locale' ? notesById.get(hit.id)?.demarcheId : undefined;
    return demarcheId ? [demarcheId] : [];
  });
  return { partners, demarcheIds: [...new Set(demarcheIds)] };
}

/** The local notes under `demarcheId`. */
export function notesOf(local: LocalContent, demarcheId: string): LocalNote[] {
  return local.notes.filter((n) => n.demarcheId === demarcheId);
}
