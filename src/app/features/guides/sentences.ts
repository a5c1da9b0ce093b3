// Cuts a parsed guide into sentences for reading aloud: each text piece learns which sentence it
// belongs to, so that the sentence being read can be highlighted where it stands.
import type { Block, Inline } from './markdown';

/** The guide's blocks with numbered text pieces, and the plain text of each sentence. */
export interface ReadableGuide {
  blocks: Block[];
  sentences: string[];
}

// A sentence ends at . ! ? or … followed by a space; "M. Dupont" reads as one sentence too many,
// which only costs a short pause.
const SENTENCE_END = /(?<=[.!?…»])\s+/;

/** Numbers every text piece of `blocks` by sentence; a heading and each list item start a new one. */
export function annotateSentences(blocks: Block[]): ReadableGuide {
  const sentences: string[] = [];
  let pendingStart = true;
  const current = () => {
    if (pendingStart) sentences.push('');
    pendingStart = false;
    return sentences.length - 1;
  };
  const addText = (text: string): number => {
    const n = current();
    sentences[n] += text;
    return n;
  };
  const walk = (inlines: Inline[]): Inline[] =>
    inlines.flatMap((node): Inline[] => {
      if (node.type === 'code') return [{ ...node, sentence: addText(node.text) }];
      if (node.type === 'image') return [node];
      if (node.type !== 'text') return [{ ...node, children: walk(node.children) }];
      const parts = node.text.split(SENTENCE_END);
      return parts.flatMap((part, k) => {
        if (k > 0) pendingStart = true;
        if (part === '') return [];
        // Keep the space that separated two sentences so that the text reads the same.
        return [{ type: 'text' as const, text: k < parts.length - 1 ? `${part} ` : part, sentence: addText(part) }];
      });
    });
  const unit = (inlines: Inline[]): Inline[] => {
    pendingStart = true;
    return walk(inlines);
  };
  const annotated = blocks.map((block): Block => {
    if (block.type === 'list') return { ...block, items: block.items.map(unit) };
    if (block.type === 'rule') return block;
    return { ...block, children: unit(block.children) };
  });
  return { blocks: annotated, sentences: sentences.map((s) => s.replace(/\s+/g, ' ').trim()) };
}
