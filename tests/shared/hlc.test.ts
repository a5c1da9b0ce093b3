// The hybrid logical clock: a tablet's stamps always move forward, whatever its wall clock does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc, HybridClock, isFarFuture, MAX_CLOCK_DRIFT_MS, parseHlc } from '../../src/shared/hlc';

const T0 = 1_700_000_000_000;

/** A wall clock the test moves by hand. */
function manualClock(start = T0) {
  let now = start;
  return { read: () => now, set: (ms: number) => (now = ms) };
}

describe('HybridClock', () => {
  it('issues increasing stamps while the wall clock jumps backwards and forwards', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3_600_000, max: 3_600_000 }), { minLength: 1, maxLength: 60 }), (jumps) => {
        const wall = manualClock();
        const clock = new HybridClock('tabletteA', wall.read);
        let previous = clock.now();
        for (const jump of jumps) {
          wall.set(wall.read() + jump);
          const next = clock.now();
          expect(next > previous).toBe(true);
          previous = next;
        }
      }),
    );
  });

  it('stamps a write after everything it received, so a later local edit wins', () => {
    const wall = manualClock();
    const clock = new HybridClock('tabletteA', wall.read);
    const remote = formatHlc({ ms: T0 + 50_000, counter: 7, clientId: 'tabletteZ' });
    clock.receive(remote);
    const mine = clock.now();
    expect(mine > remote).toBe(true);
    expect(parseHlc(mine)).toEqual({ ms: T0 + 50_000, counter: 8, clientId: 'tabletteA' });
  });

  it('ignores a stamp from a clock far ahead, so one tablet with a wrong date cannot win forever', () => {
    const wall = manualClock();
    const clock = new HybridClock('tabletteA', wall.read);
    const before = clock.lastStamp;
    clock.receive(formatHlc({ ms: T0 + MAX_CLOCK_DRIFT_MS + 1, counter: 0, clientId: 'tabletteZ' }));
    expect(clock.lastStamp).toBe(before);
    expect(parseHlc(clock.now())!.ms).toBe(T0);
    expect(isFarFuture(formatHlc({ ms: T0 + MAX_CLOCK_DRIFT_MS + 1, counter: 0, clientId: 'tabletteZ' }), T0)).toBe(true);
    expect(isFarFuture(formatHlc({ ms: T0 + MAX_CLOCK_DRIFT_MS, counter: 0, clientId: 'tabletteZ' }), T0)).toBe(false);
  });

  it('ignores a stamp that is not one', () => {
    const clock = new HybridClock('tabletteA', manualClock().read);
    const before = clock.lastStamp;
    clock.receive('9999999999999-ffff-');
    clock.receive('demain');
    expect(clock.lastStamp).toBe(before);
  });

  it('moves to the next millisecond when the counter is full instead of repeating a stamp', () => {
    const wall = manualClock();
    const clock = new HybridClock('tabletteA', wall.read, formatHlc({ ms: T0, counter: 0xfffe, clientId: 'tabletteA' }));
    const a = clock.now();
    const b = clock.now();
    expect(parseHlc(a)).toEqual({ ms: T0, counter: 0xffff, clientId: 'tabletteA' });
    expect(parseHlc(b)).toEqual({ ms: T0 + 1, counter: 0, clientId: 'tabletteA' });
    expect(b > a).toBe(true);
  });

  it('resumes after a restart from its last stamp, even if the wall clock went back meanwhile', () => {
    const first = new HybridClock('tabletteA', () => T0 + 10_000);
    const last = first.now();
    const restarted = new HybridClock('tabletteA', () => T0, last);
    expect(restarted.now() > last).toBe(true);
  });
});

describe('stamp strings', () => {
  const partsArb = fc.record({
    ms: fc.integer({ min: 0, max: 9_999_999_999_999 }),
    counter: fc.integer({ min: 0, max: 0xffff }),
    clientId: fc.stringMatching(/^[A-Za-z0-9_-]{8,12}$/),
  });

  it('sort in causal order: milliseconds, then counter, then clientId', () => {
    fc.assert(
      fc.property(partsArb, partsArb, (a, b) => {
        const causal = a.ms !== b.ms ? a.ms < b.ms : a.counter !== b.counter ? a.counter < b.counter : a.clientId < b.clientId;
        if (a.ms === b.ms && a.counter === b.counter && a.clientId === b.clientId) return;
        expect(formatHlc(a) < formatHlc(b)).toBe(causal);
      }),
      { numRuns: 1000 },
    );
  });

  it('read back to the same parts', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        expect(parseHlc(formatHlc(parts))).toEqual(parts);
      }),
    );
  });
});
