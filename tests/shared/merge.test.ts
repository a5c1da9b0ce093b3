// Properties of the field merge: whatever order the writes arrive in, every replica ends with the same field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../src/shared/hlc';
import { mergeField, mergeFieldStates, type FieldState, type MergeRule, type Stamped } from '../../src/shared/merge';

interface Write extends Stamped {
  id: number;
}

const clientIds = ['tabletteA', 'tabletteB', 'tabletteC'];
const texts = ['Mme Martin', 'M. Roux', 'rappeler lundi', '', null];

/** A stamp from a small range, so that equal milliseconds and counters happen often. */
const stampArb = fc
  .record({
    ms: fc.integer({ min: 1_700_000_000_000, max: 1_700_000_000_004 }),
    counter: fc.integer({ min: 0, max: 2 }),
    clientId: fc.constantFrom(...clientIds),
  })
  .map(formatHlc);

/**
 * A set of writes of one field, distinct stamps; each `base` (the value the writer replaced) is none
 * or an earlier write — or, with `anyBase`, any write at all (a device whose clock ran behind).
 */
function writesArb(values: fc.Arbitrary<unknown>, anyBase = false): fc.Arbitrary<Write[]> {
  return fc
    .uniqueArray(stampArb, { minLength: 1, maxLength: 7 })
    .chain((stamps) => {
      const sorted = [...stamps].sort();
      return fc.tuple(
        fc.constant(sorted),
        fc.array(values, { minLength: sorted.length, maxLength: sorted.length }),
        fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: sorted.length, maxLength: sorted.length }),
      );
    })
    .map(([sorted, vals, bases]) =>
      sorted.map((hlc, i) => {
        const pick = bases[i];
        const pool = anyBase ? sorted.length : i;
        const base = pick === undefined || pool === 0 ? null : sorted[pick % pool]!;
        return { id: i, hlc, value: vals[i], base };
      }),
    );
}

/** Writes and two independent arrival orders of them. */
function twoOrdersArb(values: fc.Arbitrary<unknown>, anyBase = false) {
  return writesArb(values, anyBase).chain((writes) =>
    fc.tuple(
      fc.shuffledSubarray(writes, { minLength: writes.length, maxLength: writes.length }),
      fc.shuffledSubarray(writes, { minLength: writes.length, maxLength: writes.length }),
    ),
  );
}

function fold(writes: Write[], field: string, rule: MergeRule): FieldState<Write> {
  let state: FieldState<Write> | undefined;
  for (const write of writes) state = mergeField(state, write, field, rule);
  return state!;
}

/** What a replica shows: the winning write and the kept conflicts, by stamp. */
const summary = (state: FieldState<Write>) => ({
  winner: state.winner.hlc,
  value: state.winner.value,
  conflicts: state.conflicts.map((c) => c.hlc).sort(),
});

const textValues = fc.constantFrom(...texts);
const cases: [string, string, MergeRule, fc.Arbitrary<unknown>][] = [
  ['free text (notes)', 'notes', { freeText: true }, textValues],
  ['plain field (firstName)', 'firstName', {}, textValues],
  ['tombstone (deleted)', 'deleted', {}, fc.boolean()],
];

describe.each(cases)('merging writes of a %s', (_label, field, rule, values) => {
  it('ends in the same state whatever the arrival order (no replica shows another value)', () => {
    fc.assert(
      fc.property(twoOrdersArb(values), ([first, second]) => {
        expect(summary(fold(first, field, rule))).toEqual(summary(fold(second, field, rule)));
      }),
      { numRuns: 500 },
    );
  });

  it('ends in the same state even when a writer replaced a value stamped after its own write (clock behind)', () => {
    fc.assert(
      fc.property(twoOrdersArb(values, true), ([first, second]) => {
        expect(summary(fold(first, field, rule))).toEqual(summary(fold(second, field, rule)));
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent: a write delivered twice changes nothing', () => {
    fc.assert(
      fc.property(
        twoOrdersArb(values, true).chain(([order, other]) => fc.tuple(fc.constant(order), fc.subarray(other))),
        ([order, again]) => {
          const once = fold(order, field, rule);
          expect(summary(fold([...order, ...again], field, rule))).toEqual(summary(once));
          expect(summary(mergeFieldStates(once, once, field, rule))).toEqual(summary(once));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('merges replica states commutatively and associatively, as if every write had been seen by one replica', () => {
    const splitArb = writesArb(values, true).chain((writes) =>
      fc.tuple(fc.constant(writes), fc.array(fc.integer({ min: 1, max: 7 }), { minLength: writes.length, maxLength: writes.length })),
    );
    fc.assert(
      fc.property(splitArb, ([writes, masks]) => {
        // Each write reached one, two or all three replicas (bit i = replica i), never none.
        const replica = (bit: number) => writes.filter((_, i) => (masks[i]! & bit) !== 0);
        const states = [1, 2, 4].map((bit) => replica(bit)).map((ws) => (ws.length ? fold(ws, field, rule) : undefined));
        const [a, b, c] = states;
        const all = summary(fold(writes, field, rule));
        const merge = (x?: FieldState<Write>, y?: FieldState<Write>) => (x && y ? mergeFieldStates(x, y, field, rule) : (x ?? y));
        expect(summary(merge(merge(a, b), c)!)).toEqual(all);
        expect(summary(merge(a, merge(b, c))!)).toEqual(all);
        expect(summary(merge(merge(c, b), a)!)).toEqual(all);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the tombstone', () => {
  it('wins over every other write of `deleted`, whatever its stamp', () => {
    fc.assert(
      fc.property(twoOrdersArb(fc.boolean(), true), ([order]) => {
        const state = fold(order, 'deleted', {});
        expect(state.winner.value).toBe(order.some((w) => w.value === true));
      }),
    );
  });
});

describe('ties', () => {
  it('break the same way on every replica: equal milliseconds and counter → the greater clientId', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...clientIds), { minLength: 2, maxLength: 3 }), fc.boolean(), (ids, reversed) => {
        const writes = ids.map((clientId, id) => ({
          id,
          value: clientId,
          hlc: formatHlc({ ms: 1_700_000_000_000, counter: 3, clientId }),
        }));
        const order = reversed ? [...writes].reverse() : writes;
        expect(fold(order, 'firstName', {}).winner.value).toBe([...ids].sort().at(-1));
      }),
    );
  });
});
