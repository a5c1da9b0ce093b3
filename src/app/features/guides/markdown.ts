// The guides' small, safe Markdown subset parsed to a tree (never to HTML): headings, paragraphs, lists,
// bold, italic, inline code, links (http, https or relative) and images from this site only. Raw HTML is
// not interpreted: it stays text, and Preact escapes text. The parser lives in src/shared/markdown, in
// linear time, so that the content pack is checked at build with the very parser the tablet runs.
export type { Block } from '../../../shared/markdown/blocks';
export type { Inline } from '../../../shared/markdown/inline';
export { parseMarkdown } from '../../../shared/markdown/blocks';
export { parseInline } from '../../../shared/markdown/inline';
export { safeHref, safeImageSrc } from '../../../shared/markdown/safe-addresses';
