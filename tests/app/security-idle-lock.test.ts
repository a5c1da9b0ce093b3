// The screen locks after N minutes without activity (5 by default, set in Réglages), even across a sleep.
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/app/db/settings-repository';
import { InactivityLock } from '../../src/app/session/inactivity-lock';

/** A clock and timers the test moves by hand, and a page whose events it fires. */
function idleHarness(minutes = defaultSettings.lockAfterMinutes) {
  let now = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  let next = 1;
  const page = new EventTarget();
  const visibility = new EventTarget();
  let locks = 0;
  const idle = new InactivityLock(() => (locks += 1), minutes, {
    events: page,
    visibility,
    now: () => now,
    timers: {
      set: (run, ms) => (timers.set(next, { at: now + ms, run }), next++),
      clear: (handle) => void timers.delete(handle as number),
    },
  });
  /** Moves time on, firing due timers (a sleeping tablet fires none: `asleep`). */
  const wait = (minutesLater: number, asleep = false) => {
    now += minutesLater * 60_000;
    if (asleep) return;
    for (const [handle, timer] of [...timers]) if (timer.at <= now && timers.delete(handle)) timer.run();
  };
  return { idle, page, visibility, wait, locks: () => locks, touch: () => page.dispatchEvent(new Event('pointerdown')) };
}

describe('the inactivity lock', () => {
  it('locks after 5 minutes without a touch by default', () => {
    const { idle, wait, locks } = idleHarness();
    idle.start();
    wait(4.9);
    expect(locks()).toBe(0);
    wait(0.2);
    expect(locks()).toBe(1);
  });

  it('counts from the last touch, key or scroll', () => {
    const { idle, wait, locks, touch, page } = idleHarness();
    idle.start();
    wait(4);
    touch();
    wait(4);
    page.dispatchEvent(new Event('keydown'));
    wait(4);
    expect(locks()).toBe(0);
    wait(1.1);
    expect(locks()).toBe(1);
  });

  it('uses the delay chosen in Réglages, at once', () => {
    const { idle, wait, locks } = idleHarness();
    idle.start();
    wait(1.5);
    idle.setDelay(1);
    expect(locks()).toBe(1);
  });

  it('locks on return when the tablet slept longer than the delay (its timers were frozen)', () => {
    const { idle, wait, locks, visibility } = idleHarness();
    idle.start();
    wait(30, true);
    expect(locks()).toBe(0);
    visibility.dispatchEvent(new Event('visibilitychange'));
    expect(locks()).toBe(1);
  });

  it('counts nothing while stopped (the app is locked)', () => {
    const { idle, wait, locks } = idleHarness(2);
    idle.start();
    idle.stop();
    wait(10);
    expect(locks()).toBe(0);
  });
});
