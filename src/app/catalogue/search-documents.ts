// Turns the content pack into searchable documents and builds the one search index of the tablet.
import type { ContentPack, Demarche, Guide } from '../../shared/schema/content';
import { buildSearchIndex, type SearchDocument, type SearchIndex } from '../search/search-index';
import { operatorLabels, situationLabels } from './labels';

/** The two kinds of searchable items. */
export type SearchKind = 'demarche' | 'guide';

/** The index of every démarche and guide of `pack`. */
export function buildPackIndex(pack: ContentPack): SearchIndex {
  return buildSearchIndex(packDocuments(pack));
}

/** The searchable form of every démarche and guide of `pack`. */
export function packDocuments(pack: ContentPack): SearchDocument[] {
  return [...pack.demarches.map(demarcheDocument), ...pack.guides.map(guideDocument)];
}

function demarcheDocument(demarche: Demarche): SearchDocument {
  const operator = operatorLabels[demarche.operator];
  return {
    id: demarche.id,
    kind: 'demarche',
    title: demarche.title,
    // The id is a short description too ("inscription-france-travail").
    keywords: [demarche.id, operator.short, operator.long, ...demarche.situations.map((s) => situationLabels[s])].join(' '),
    summary: demarche.summary,
    body: [...demarche.prerequisites, ...demarche.steps.map((s) => s.label), ...demarche.documents.map((d) => d.label)].join('\n'),
  };
}

function guideDocument(guide: Guide): SearchDocument {
  return {
    id: guide.id,
    kind: 'guide',
    title: guide.title,
    keywords: [guide.id, ...guide.tags].join(' '),
    summary: guide.summary,
    // Link and image addresses are not words a reader looks for.
    body: guide.body.replace(/\]\([^)]*\)/g, ']'),
  };
}
