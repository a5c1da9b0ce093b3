// The blocks of a guide — headings, paragraphs, lists, rules — read line by line, each line classified by
// scanning it a fixed number of times (no regular expression that could backtrack): linear in the source.
import { parseInline, type Inline } from './inline';
import { newReport, type ParseReport } from './landmarks';

/** A block of the document. */
export type Block =
  | { type: 'heading'; level: 2 | 3 | 4; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: Inline[][] }
  | { type: 'rule' };

type Line =
  | { kind: 'blank' }
  | { kind: 'rule' }
  | { kind: 'heading'; hashes: number; text: string }
  | { kind: 'item'; ordered: boolean; start: number; text: string }
  | { kind: 'text'; text: string };

/** The characters of JavaScript's `\s`, by code (a regular expression per character costs more). */
const SPACES = new Set([9, 10, 11, 12, 13, 32, 160, 5760, 8232, 8233, 8239, 8287, 12288, 65279]);
const isSpace = (char: string | undefined) => {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  return SPACES.has(code) || (code >= 8192 && code <= 8202);
};
const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';

/** Parses `source` into blocks; `report` counts the work done and the addresses refused. */
export function parseMarkdown(source: string, report: ParseReport = newReport()): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; start: number; items: string[] } | undefined;
  const inline = (text: string) => parseInline(text, report);
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', children: inline(paragraph.join(' ')) });
    if (list) blocks.push({ type: 'list', ordered: list.ordered, start: list.start, items: list.items.map(inline) });
    paragraph = [];
    list = undefined;
  };
  for (const text of source.replace(/\r\n?/g, '\n').split('\n')) {
    report.steps += text.length + 1;
    const line = classify(text);
    if (line.kind === 'blank') flush();
    else if (line.kind === 'rule') {
      flush();
      blocks.push({ type: 'rule' });
    } else if (line.kind === 'heading') {
      flush();
      blocks.push({ type: 'heading', level: Math.min(4, Math.max(2, line.hashes)) as 2 | 3 | 4, children: inline(line.text) });
    } else if (line.kind === 'item') {
      if (!list || list.ordered !== line.ordered || paragraph.length > 0) {
        flush();
        list = { ordered: line.ordered, start: line.start, items: [] };
      }
      list.items.push(line.text);
    } else if (list) {
      // A line under a list item continues that item.
      list.items[list.items.length - 1] += ` ${line.text}`;
    } else paragraph.push(line.text);
  }
  flush();
  return blocks;
}

/** What one line is: blank, a rule (`---`, `* * *`), a heading (`## …`), a list item (`- …`, `3. …`) or text. */
function classify(line: string): Line {
  let p = 0;
  while (isSpace(line[p])) p++;
  if (p === line.length) return { kind: 'blank' };
  if (isRule(line, p)) return { kind: 'rule' };
  if (p === 0 && line[0] === '#') {
    const heading = readHeading(line);
    if (heading) return heading;
  }
  return readItem(line, p) ?? { kind: 'text', text: line.trim() };
}

/** Three or more of one of `-`, `*`, `_`, and nothing else but spaces. */
function isRule(line: string, p: number): boolean {
  const marker = line[p];
  if (marker !== '-' && marker !== '*' && marker !== '_') return false;
  let count = 0;
  for (let i = p; i < line.length; i++) {
    if (line[i] === marker) count++;
    else if (!isSpace(line[i])) return false;
  }
  return count >= 3;
}

/** `#` to `######`, spaces, the title; a closing run of `#` and the spaces around it are dropped. */
function readHeading(line: string): Line | undefined {
  let hashes = 0;
  while (line[hashes] === '#') hashes++;
  if (hashes > 6 || !isSpace(line[hashes])) return undefined;
  let start = hashes;
  while (isSpace(line[start])) start++;
  let end = line.length;
  while (end > start && isSpace(line[end - 1])) end--;
  while (end > start && line[end - 1] === '#') end--;
  while (end > start && isSpace(line[end - 1])) end--;
  return { kind: 'heading', hashes, text: line.slice(start, end) };
}

/** `- item`, `* item`, `+ item`, or `12. item` / `12) item` (up to 9 digits), after optional spaces. */
function readItem(line: string, p: number): Line | undefined {
  let q = p;
  let start = 1;
  const ordered = !(line[p] === '-' || line[p] === '*' || line[p] === '+');
  if (!ordered) q = p + 1;
  else {
    while (isDigit(line[q])) q++;
    if (q === p || q - p > 9 || (line[q] !== '.' && line[q] !== ')')) return undefined;
    start = Number(line.slice(p, q));
    q++;
  }
  if (!isSpace(line[q])) return undefined;
  while (isSpace(line[q])) q++;
  return { kind: 'item', ordered, start, text: line.slice(q) };
}
