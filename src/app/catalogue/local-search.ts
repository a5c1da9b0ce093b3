// The search over local content: the territory's partners and notes in their own small index, searched beside
// the pack's (pure: no database, no view; the bench bundles it as the tablet runs it).
import type { LocalNote, LocalPartner } from '../db/local-content-repository';
import { buildSearchIndex, search, type SearchDocument, type SearchIndex } from '../search/search-index';
import { partnerHours } from './partner-hours';

/** What the local search needs: the records, and their index once built. */
interface LocalLists {
  partners: readonly LocalPartner[];
  notes: readonly LocalNote[];
}

/** Local content and the index of its partners and notes. */
export function withIndex<L extends LocalLists>(local: L): L & { index: SearchIndex } {
  return { ...local, index: buildSearchIndex(localDocuments(local)) };
}

/** The searchable form of the local partners (kind `partenaire-local`) and notes (kind `note-locale`). */
export function localDocuments(local: LocalLists): SearchDocument[] {
  const partners = local.partners.map((p) => ({
    id: p.id,
    kind: 'partenaire-local',
    title: p.name ?? '',
    keywords: [p.commune, 'partenaire'].filter(Boolean).join(' '),
    summary: [p.address, p.appointment, ...(p.services ?? [])].filter(Boolean).join('\n'),
    body: [p.bring, p.notes, partnerHours(p), ...(p.modalities ?? [])].filter(Boolean).join('\n'),
  }));
  const notes = local.notes.map((n) => ({ id: n.id, kind: 'note-locale', title: '', keywords: '', summary: '', body: n.body ?? '' }));
  return [...partners, ...notes];
}

/** The local partners that answer `query`, best first, and the démarches whose local notes do. */
export function findLocal(local: LocalLists & { index: SearchIndex }, query: string): { partners: LocalPartner[]; demarcheIds: string[] } {
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
