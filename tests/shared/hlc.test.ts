// The hybrid logical clock: a tablet's stamps always move forward, whatever its wall clock does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clockSkew,
  formatHlc,
  HybridClock,
  isClockWrong,
  isFarFuture,
  MAX_CLOCK_DRIFT_MS,
  parseHlc,
  serverBoundClock,
} from '../../src/shared/hlc';

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

describe("the endpoint's time (receive rule)", () => {
  const YEARS_3 = 3 * 365 * 86_400_000;

  it("never stamps behind the endpoint's time once seen, even from a clock three years behind", () => {
    const wall = manualClock(T0 - YEARS_3);
    const clock = new HybridClock('tabletteA', wall.read);
    clock.receiveTime(T0);
    expect(parseHlc(clock.now())!.ms).toBeGreaterThanOrEqual(T0);
  });

  it("runs the endpoint's time forward with the wall clock, and never behind the wall clock", () => {
    const wall = manualClock(T0 - YEARS_3);
    const bound = serverBoundClock(wall.read, { serverTime: T0, seenAt: T0 - YEARS_3 });
    expect(bound()).toBe(T0);
    wall.set(T0 - YEARS_3 + 90_000);
    expect(bound()).toBe(T0 + 90_000);
    // The wall clock went back (the battery again): still not behind what was seen.
    wall.set(T0 - 2 * YEARS_3);
    expect(bound()).toBe(T0);
    // Someone fixed the date: the wall clock leads again.
    wall.set(T0 + 600_000);
    expect(bound()).toBe(T0 + 600_000);
  });

  it('never runs so far forward that the endpoint would refuse the stamps, whoever sets the date meanwhile', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2 * YEARS_3, max: 2 * YEARS_3 }), fc.integer({ min: -YEARS_3, max: YEARS_3 }), (skew, jump) => {
        const seenAt = T0 - skew;
        const bound = serverBoundClock(() => seenAt + jump, { serverTime: T0, seenAt });
        const realNow = T0 + Math.max(0, jump);
        expect(isFarFuture(formatHlc({ ms: bound(), counter: 0, clientId: 'tabletteA' }), Math.max(realNow, seenAt + jump))).toBe(false);
        expect(bound()).toBeGreaterThanOrEqual(T0);
      }),
    );
  });

  it("accepts colleagues' stamps again once bound to the endpoint's time", () => {
    const wall = manualClock(T0 - YEARS_3);
    const seen = { serverTime: T0, seenAt: T0 - YEARS_3 };
    const clock = new HybridClock('tabletteA', serverBoundClock(wall.read, seen));
    const colleague = formatHlc({ ms: T0 + 5_000, counter: 2, clientId: 'tabletteZ' });
    clock.receive(colleague);
    expect(clock.now() > colleague).toBe(true);
  });

  it('ignores a server time that is not a number of milliseconds', () => {
    const clock = new HybridClock('tabletteA', manualClock().read);
    const before = clock.lastStamp;
    clock.receiveTime(Number.NaN);
    clock.receiveTime(1.5e300);
    expect(clock.lastStamp).toBe(before);
  });

  it.each([
    [0, false],
    [5 * 60_000, false],
    [5 * 60_000 + 1, true],
    [-(5 * 60_000 + 1), true],
    [YEARS_3, true],
  ])('a clock %i ms behind the endpoint is wrong: %s', (skew, wrong) => {
    expect(isClockWrong(clockSkew({ serverTime: T0 + skew, seenAt: T0 }))).toBe(wrong);
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
