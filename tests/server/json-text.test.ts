// The linear pass before JSON.parse: it measures nesting as JSON.parse sees it (strings skipped) and
// finds NUL and broken surrogate escapes, on any JSON text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkJsonText as check } from '../../src/server/http/json-text';

const checkJsonText = (text: string, maxDepth: number, maxValues = Number.POSITIVE_INFINITY) =>
  check(Buffer.from(text), { maxDepth, maxValues });

/** Nesting depth of a parsed value, the reference the scan must agree with. */
const depthOf = (value: unknown): number =>
  value !== null && typeof value === 'object' ? 1 + Math.max(0, ...Object.values(value).map(depthOf)) : 0;
const hasForbidden = (value: unknown): boolean => {
  const bad = (s: string) => s.includes('\0') || /[\ud800-\udfff]/u.test(s);
  if (typeof value === 'string') return bad(value);
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, v]) => bad(key) || hasForbidden(v));
};

describe('checkJsonText', () => {
  it('agrees with JSON.parse on depth and forbidden characters, for any JSON value', () => {
    const anyString = fc.string({ unit: 'binary', maxLength: 8 });
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, anyString, fc.integer(), tie('array'), tie('object')),
      array: fc.array(tie('node'), { maxLength: 3 }),
      object: fc.dictionary(anyString, tie('node'), { maxKeys: 3 }),
    })).node;
    fc.assert(
      fc.property(value, fc.integer({ min: 1, max: 8 }), (v, max) => {
        const text = JSON.stringify(v);
        const expected = hasForbidden(v) ? 'forbidden-character' : depthOf(v) > max ? 'too-deep' : undefined;
        const found = checkJsonText(text, max);
        // Both problems present: either may be met first.
        if (hasForbidden(v) && depthOf(v) > max) expect(['forbidden-character', 'too-deep']).toContain(found);
        else expect(found).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['brackets inside a string', '{"a":"[[[[[[[[[[[["}', 3, undefined],
    ['an escaped quote before brackets', '{"a":"\\"[[[[[[["}', 2, undefined],
    ['an escaped backslash then the string ends', '["\\\\",[[[]]]]', 3, 'too-deep'],
    ['NUL as an escape', '{"a":"x\\u0000"}', 64, 'forbidden-character'],
    ['NUL in a key', '{"\\u0000":1}', 64, 'forbidden-character'],
    ['a lone high surrogate', '["\\uD83D"]', 64, 'forbidden-character'],
    ['a high surrogate followed by a plain letter', '["\\uD83Da"]', 64, 'forbidden-character'],
    ['a lone low surrogate', '["\\uDE00"]', 64, 'forbidden-character'],
    ['a whole pair', '["\\uD83D\\uDE00"]', 64, undefined],
    ['an escaped backslash before u0000 (plain text)', '["\\\\u0000"]', 64, undefined],
  ])('%s', (_case, text, max, expected) => {
    expect(checkJsonText(text, max)).toBe(expected);
  });

  it('counts the values as JSON.parse makes them: each array and object, and each item after the first', () => {
    const count = (value: unknown): number => {
      if (value === null || typeof value !== 'object') return 0;
      const items = Object.values(value);
      return 1 + Math.max(0, items.length - 1) + items.reduce((sum: number, v) => sum + count(v), 0);
    };
    const plain = fc.string({ maxLength: 6 }).filter((s) => !s.includes('\0'));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, plain, fc.integer(), tie('array'), tie('object')),
      array: fc.array(tie('node'), { maxLength: 4 }),
      object: fc.dictionary(plain, tie('node'), { maxKeys: 4 }),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        const text = JSON.stringify(v);
        expect(checkJsonText(text, 100, count(v))).toBeUndefined();
        if (count(v) > 0) expect(checkJsonText(text, 100, count(v) - 1)).toBe('too-many-values');
      }),
      { numRuns: 1000 },
    );
  });

  it('reads 2 MB of brackets in one pass (it stops at the limit)', () => {
    expect(checkJsonText('['.repeat(2 * 1024 * 1024), 64)).toBe('too-deep');
    expect(checkJsonText(`"${'['.repeat(2 * 1024 * 1024)}"`, 64)).toBeUndefined();
    expect(checkJsonText(`[${'[],'.repeat(700_000)}[]]`, 64, 64)).toBe('too-many-values');
  });
});
