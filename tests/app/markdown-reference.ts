// The Markdown parser as it was before issue 13 (cubic on hostile input), kept only as the reference the
// linear parser must agree with on small inputs. Never used by the app.
import type { Block } from '../../src/shared/markdown/blocks';
import type { Inline } from '../../src/shared/markdown/inline';
import { safeHref, safeImageSrc } from '../../src/shared/markdown/safe-addresses';

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*(\d{1,9})[.)]\s+(.*)$/;
const RULE = /^\s*([-*_])(\s*\1){2,}\s*$/;

/** Parses `source` into blocks. */
export function referenceParse(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; start: number; items: string[] } | undefined;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' ')) });
    if (list) blocks.push({ type: 'list', ordered: list.ordered, start: list.start, items: list.items.map((item) => parseInline(item)) });
    paragraph = [];
    list = undefined;
  };
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = HEADING.exec(line);
    const item = BULLET.exec(line) ?? NUMBERED.exec(line);
    if (line.trim() === '') flush();
    else if (RULE.test(line)) {
      flush();
      blocks.push({ type: 'rule' });
    } else if (heading) {
      flush();
      const level = Math.min(4, Math.max(2, heading[1]!.length)) as 2 | 3 | 4;
      blocks.push({ type: 'heading', level, children: parseInline(heading[2]!) });
    } else if (item) {
      const ordered = item.length === 3;
      if (!list || list.ordered !== ordered || paragraph.length > 0) {
        flush();
        list = { ordered, start: ordered ? Number(item[1]) : 1, items: [] };
      }
      list.items.push(item[item.length - 1]!);
    } else if (list) {
      // A line under a list item continues that item.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else paragraph.push(line.trim());
  }
  flush();
  return blocks;
}

/** Parses the inline syntax of one block's text. */
function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const pushText = () => {
    if (plain) out.push({ type: 'text', text: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const found = readSpan(text, i);
    if (found) {
      pushText();
      if (found.node) out.push(...found.node);
      i = found.end;
    } else if (text[i] === '\\' && i + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[i + 1]!)) {
      plain += text[i + 1];
      i += 2;
    } else plain += text[i++];
  }
  pushText();
  return out;
}

/** The span starting at `i` (code, image, link, strong, em), or undefined when `text[i]` is plain. */
function readSpan(text: string, i: number): { node: Inline[] | undefined; end: number } | undefined {
  const char = text[i];
  if (char === '`') {
    const close = text.indexOf('`', i + 1);
    return close > i + 1 ? { node: [{ type: 'code', text: text.slice(i + 1, close) }], end: close + 1 } : undefined;
  }
  if (char === '!' && text[i + 1] === '[') {
    const target = readLinkTarget(text, i + 1);
    if (!target) return undefined;
    const src = safeImageSrc(target.url);
    return { node: src ? [{ type: 'image', src, alt: target.label }] : undefined, end: target.end };
  }
  if (char === '[') {
    const target = readLinkTarget(text, i);
    if (!target) return undefined;
    const children = parseInline(target.label);
    const href = safeHref(target.url);
    // An address that is not allowed loses its link but keeps its words.
    return { node: href ? [{ type: 'link', href, children }] : children, end: target.end };
  }
  if (char === '*' || char === '_') return readEmphasis(text, i, char);
  return undefined;
}

function readLinkTarget(text: string, open: number): { label: string; url: string; end: number } | undefined {
  let depth = 0;
  let close = -1;
  for (let j = open; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '[') depth++;
    else if (text[j] === ']' && --depth === 0) {
      close = j;
      break;
    }
  }
  if (close < 0 || text[close + 1] !== '(') return undefined;
  const end = text.indexOf(')', close + 2);
  if (end < 0) return undefined;
  // `[label](url "title")`: the title is dropped.
  const url =
    text
      .slice(close + 2, end)
      .trim()
      .split(/\s+/)[0] ?? '';
  return { label: text.slice(open + 1, close), url, end: end + 1 };
}

function readEmphasis(text: string, i: number, char: '*' | '_'): { node: Inline[]; end: number } | undefined {
  // An underscore inside a word (snake_case) is not emphasis.
  if (char === '_' && i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]!)) return undefined;
  const strong = text[i + 1] === char;
  const marker = strong ? char + char : char;
  const start = i + marker.length;
  if (start >= text.length || /\s/.test(text[start]!)) return undefined;
  let close = text.indexOf(marker, start + 1);
  // For a single marker, skip a double one (the closing of a nested strong).
  while (!strong && close > 0 && text[close + 1] === char) close = text.indexOf(marker, close + 2);
  if (close < 0 || /\s/.test(text[close - 1]!)) return undefined;
  return { node: [{ type: strong ? 'strong' : 'em', children: parseInline(text.slice(start, close)) }], end: close + marker.length };
}
