// The merge rules one by one: which write an aidant sees, and which losing notes are kept for them.
import { describe, expect, it } from 'vitest';
import { mergeField, visibleConflicts, type FieldState, type MergeRule, type Stamped } from '../../src/shared/merge';

const at = (ms: number, counter: number, clientId: string) =>
  `${1_700_000_000_000 + ms}-${counter.toString(16).padStart(4, '0')}-${clientId}`;
const write = (value: unknown, hlc: string, base: string | null = null): Stamped => ({ value, hlc, base });

function fold(writes: Stamped[], field: string, rule: MergeRule = {}): FieldState {
  let state: FieldState | undefined;
  for (const w of writes) state = mergeField(state, w, field, rule);
  return state!;
}

const A1 = at(1, 0, 'tabletteA');
const B2 = at(2, 0, 'tabletteB');
const A2 = at(2, 0, 'tabletteA');
const B2c1 = at(2, 1, 'tabletteB');
const A3 = at(3, 0, 'tabletteA');
const freeText = { freeText: true };

describe('field merge rules', () => {
  it.each<[string, string, MergeRule, Stamped[], unknown, unknown[]]>([
    ['the later write wins', 'firstName', {}, [write('Marie', B2), write('Maria', A1)], 'Marie', []],
    ['same millisecond: the greater counter wins', 'firstName', {}, [write('Jean', B2c1), write('Jeanne', A2, null)], 'Jean', []],
    ['same millisecond and counter: the greater clientId wins', 'firstName', {}, [write('de B', B2), write('de A', A2)], 'de B', []],
    ['a plain field keeps no losing value', 'phone', {}, [write('0601', A1), write('0602', B2)], '0602', []],
    ['a tombstone wins over a later undelete', 'deleted', {}, [write(true, A1), write(false, A3)], true, []],
    ['the later of two tombstones stays', 'deleted', {}, [write(true, A1), write(true, B2)], true, []],
    [
      'concurrent notes: the loser is kept as a conflict',
      'notes',
      freeText,
      [write('RDV CAF', A1), write('RDV CPAM', B2)],
      'RDV CPAM',
      ['RDV CAF'],
    ],
    ['notes edited in turn: no conflict', 'notes', freeText, [write('RDV CAF', A1), write('RDV CAF mardi', B2, A1)], 'RDV CAF mardi', []],
    [
      'a conflict resolved by a write that saw it disappears',
      'notes',
      freeText,
      [write('x', A1), write('y', B2), write('x et y', A3, B2)],
      'x et y',
      [],
    ],
    [
      'a write made after seeing the latest edit settles the older ones',
      'notes',
      freeText,
      [write('x', A1), write('y', B2), write('y bis', A3, B2)],
      'y bis',
      [],
    ],
    [
      'a write that never saw a concurrent edit keeps it as a conflict',
      'notes',
      freeText,
      [write('x', A1), write('y', B2), write('z', A3, A1)],
      'z',
      ['y'],
    ],
  ])('%s', (_rule, field, rule, writes, value, conflicts) => {
    const forward = fold(writes, field, rule);
    const backward = fold([...writes].reverse(), field, rule);
    expect(forward.winner.value).toEqual(value);
    expect(forward.conflicts.map((c) => c.value)).toEqual(conflicts);
    expect(backward).toEqual(forward);
  });

  it('delivering the same write twice changes nothing', () => {
    const once = fold([write('RDV CAF', A1), write('RDV CPAM', B2)], 'notes', freeText);
    expect(mergeField(once, write('RDV CAF', A1), 'notes', freeText)).toBe(once);
  });

  it('does not show a conflict that holds the same text as the winner', () => {
    const state = fold([write('même texte', A1), write('même texte', B2), write('autre', A3)], 'notes', freeText);
    expect(state.conflicts).toHaveLength(2);
    expect(visibleConflicts(state).map((c) => c.value)).toEqual(['même texte', 'même texte']);
    expect(visibleConflicts(fold([write('même texte', A1), write('même texte', B2)], 'notes', freeText))).toEqual([]);
  });

  it('leaves its inputs untouched', () => {
    const state = fold([write('a', A1)], 'notes', freeText);
    const copy = structuredClone(state);
    mergeField(state, write('b', B2), 'notes', freeText);
    expect(state).toEqual(copy);
  });
});
