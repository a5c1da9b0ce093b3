// One linear pass over a JSON body's bytes before it is even decoded: how deep it nests, how many values
// it holds, and whether a string holds an escape no store accepts alike (NUL, half of a surrogate pair).
// Every byte it looks at is ASCII, which never occurs inside a multi-byte UTF-8 character, so the pass
// reads the bytes as they came. Strings are skipped (a bracket inside one counts for nothing); malformed
// JSON is left to JSON.parse.

/** What is wrong with a JSON text, if anything. */
export type JsonTextProblem = 'too-deep' | 'too-many-values' | 'forbidden-character' | undefined;

/** How deep and how big a JSON text may be. */
export interface JsonTextLimits {
  maxDepth: number;
  /** Most values (each array, object, and each item or member after a comma) the text may hold. */
  maxValues: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const U = 0x75;
const OPENERS = new Set([0x5b, 0x7b]);
const CLOSERS = new Set([0x5d, 0x7d]);
const COMMA = 0x2c;

/** Finds the first problem of `text` in one pass: nesting or size past `limits`, or a forbidden escape. */
export function checkJsonText(text: Uint8Array, limits: JsonTextLimits): JsonTextProblem {
  let depth = 0;
  let values = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text[i]!;
    if (code === QUOTE) {
      const end = skipString(text, i + 1);
      if (end < 0) return 'forbidden-character';
      i = end;
    } else if (OPENERS.has(code)) {
      if (++depth > limits.maxDepth) return 'too-deep';
      if (++values > limits.maxValues) return 'too-many-values';
    } else if (CLOSERS.has(code)) depth--;
    else if (code === COMMA && ++values > limits.maxValues) return 'too-many-values';
  }
  return undefined;
}

/** The index of the quote closing the string that starts at `i`, or -1 when it holds a forbidden escape. */
function skipString(text: Uint8Array, i: number): number {
  for (; i < text.length; i++) {
    const code = text[i]!;
    if (code === QUOTE) return i;
    if (code !== BACKSLASH) continue;
    if (text[i + 1] !== U) {
      i++;
      continue;
    }
    const unit = hexAt(text, i + 2);
    if (unit === 0) return -1;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      // A high surrogate is only whole with the low one escaped right after it.
      const low = text[i + 6] === BACKSLASH && text[i + 7] === U ? hexAt(text, i + 8) : -1;
      if (low < 0xdc00 || low > 0xdfff) return -1;
      i += 11;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return -1;
    else i += 5;
  }
  return text.length;
}

/** The 4-digit hex number at `i`, or -1 (JSON.parse then refuses the text). */
function hexAt(text: Uint8Array, i: number): number {
  let value = 0;
  for (let k = i; k < i + 4; k++) {
    const digit = hexDigit(text[k]);
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

function hexDigit(code: number | undefined): number {
  if (code === undefined) return -1;
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}
