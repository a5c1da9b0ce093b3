// An index computed out of range stops with a clear error instead of carrying undefined further.
import { describe, expect, it } from 'vitest';
import { itemAt } from '../../src/shared/item-at';

describe('itemAt', () => {
  it('gives the item at an index, falsy ones included', () => {
    expect(itemAt(['a', 'b'], 1)).toBe('b');
    expect(itemAt([0, 1], 0)).toBe(0);
    expect(itemAt(new Uint8Array([7, 0]), 1)).toBe(0);
    expect(itemAt([null], 0)).toBeNull();
  });

  it.each([
    ['past the end', 2],
    ['before the start', -1],
    ['between items', 0.5],
  ])('throws a RangeError for an index %s', (_where, index) => {
    expect(() => itemAt(['a', 'b'], index)).toThrow(RangeError);
  });
});
