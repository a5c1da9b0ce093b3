// The inline syntax of one block — inline code, images, links, strong, em, backslash escapes — parsed in
// time linear in the text: every search is a look-up in the text's Landmarks, each span's inside is parsed
// once more per level of nesting, and nesting stops counting at MAX_INLINE_DEPTH (deeper markers are text).
import { Landmarks, newReport, type ParseReport } from './landmarks';
import { safeHref, safeImageSrc } from './safe-addresses';

/** An inline piece of a block; `sentence` is set by annotateSentences() for reading aloud. */
export type Inline =
  | { type: 'text'; text: string; sentence?: number }
  | { type: 'code'; text: string; sentence?: number }
  | { type: 'strong' | 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'image'; src: string; alt: string };

/** Spans nested deeper than this are shown as their text: a guide needs three or four. */
export const MAX_INLINE_DEPTH = 8;

const ESCAPABLE = /[!-/:-@[-`{-~]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
/** The characters a span can start with: `` ` `` ! [ * _ */
const SPAN_START = new Set([0x60, 0x21, 0x5b, 0x2a, 0x5f]);
const BACKSLASH = 0x5c;

type Span = { node: Inline[] | undefined; end: number } | undefined;

/** Parses the inline syntax of one block's text. */
export function parseInline(text: string, report: ParseReport = newReport(), depth = 0): Inline[] {
  const out: Inline[] = [];
  let marks: Landmarks | undefined;
  // Plain text is cut from `text` in runs (from `plainStart`), not built character by character.
  let plain = '';
  let plainStart = 0;
  // The shortest span ("*a*", "`a`") takes three characters.
  const spans = depth < MAX_INLINE_DEPTH && text.length >= 3;
  let i = 0;
  while (i < text.length) {
    report.steps++;
    const code = text.charCodeAt(i);
    const found = spans && SPAN_START.has(code) ? readSpan((marks ??= new Landmarks(text, report)), i, report, depth) : undefined;
    if (found) {
      addText(out, plain + text.slice(plainStart, i));
      plain = '';
      if (found.node) out.push(...found.node);
      i = plainStart = found.end;
    } else if (code === BACKSLASH && i + 1 < text.length && ESCAPABLE.test(text.charAt(i + 1))) {
      // The backslash goes, the character it escapes starts the next run.
      plain += text.slice(plainStart, i);
      plainStart = i + 1;
      i += 2;
    } else i++;
  }
  addText(out, plain + text.slice(plainStart));
  return out;
}

function addText(out: Inline[], text: string): void {
  if (text) out.push({ type: 'text', text });
}

/** The span starting at `i` (code, image, link, strong, em), or undefined when `text[i]` is plain. */
function readSpan(marks: Landmarks, i: number, report: ParseReport, depth: number): Span {
  const { text } = marks;
  const char = text[i];
  if (char === '`') {
    const close = marks.find('`', i + 1);
    return close > i + 1 ? { node: [{ type: 'code', text: text.slice(i + 1, close) }], end: close + 1 } : undefined;
  }
  if (char === '!' && text[i + 1] === '[') {
    const target = readLinkTarget(marks, i + 1);
    if (!target) return undefined;
    const src = safeImageSrc(target.url);
    if (!src) report.refused.push(target.url);
    return { node: src ? [{ type: 'image', src, alt: target.label }] : undefined, end: target.end };
  }
  if (char === '[') {
    const target = readLinkTarget(marks, i);
    if (!target) return undefined;
    const children = parseInline(target.label, report, depth + 1);
    const href = safeHref(target.url);
    if (!href) report.refused.push(target.url);
    // An address that is not allowed loses its link but keeps its words.
    return { node: href ? [{ type: 'link', href, children }] : children, end: target.end };
  }
  if (char === '*' || char === '_') return readEmphasis(marks, i, char, report, depth);
  return undefined;
}

/** `[label](url "title")` starting at `open`: the title is dropped. */
function readLinkTarget(marks: Landmarks, open: number): { label: string; url: string; end: number } | undefined {
  const { text } = marks;
  const close = marks.closing(open);
  if (close < 0 || text[close + 1] !== '(') return undefined;
  const end = marks.find(')', close + 2);
  if (end < 0) return undefined;
  const url =
    text
      .slice(close + 2, end)
      .trim()
      .split(/\s+/)[0] ?? '';
  return { label: text.slice(open + 1, close), url, end: end + 1 };
}

function readEmphasis(marks: Landmarks, i: number, char: '*' | '_', report: ParseReport, depth: number): Span {
  const { text } = marks;
  // An underscore inside a word (snake_case) is not emphasis.
  if (char === '_' && i > 0 && WORD_CHAR.test(text.charAt(i - 1))) return undefined;
  const strong = text[i + 1] === char;
  const marker = strong ? char + char : char;
  const start = i + marker.length;
  if (start >= text.length || SPACE.test(text.charAt(start))) return undefined;
  // For a single marker, a double one is skipped (the closing of a nested strong).
  const close = strong ? marks.find(marker, start + 1) : marks.singleClose(char, start + 1);
  if (close < 0 || SPACE.test(text.charAt(close - 1))) return undefined;
  const children = parseInline(text.slice(start, close), report, depth + 1);
  return { node: [{ type: strong ? 'strong' : 'em', children }], end: close + marker.length };
}
