// Locks the app after N minutes without a touch, a key or a scroll (and on return from a long sleep).
//
// Activity only records a time (cheap on every event); one timer checks the idle time when it could
// have run out. Timers are slowed or frozen while the tablet sleeps, so returning to the app checks too.

/** Timers, so that tests can drive time. */
export interface IdleTimers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface InactivityOptions {
  /** Where touches, keys and scrolls are heard (the window). */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | undefined;
  /** Where `visibilitychange` fires (the document). */
  visibility?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | undefined;
  now?: () => number;
  timers?: IdleTimers;
}

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'scroll', 'input'] as const;
const browserTimers: IdleTimers = { set: (callback, ms) => setTimeout(callback, ms), clear: (handle) => clearTimeout(handle as number) };

/** Calls `onIdle` once the app has been idle for the delay (while started). */
export class InactivityLock {
  private delayMs: number;
  private last = 0;
  private timer: unknown = null;
  private running = false;
  private readonly now: () => number;
  private readonly timers: IdleTimers;

  constructor(
    private readonly onIdle: () => void,
    delayMinutes: number,
    private readonly options: InactivityOptions = {},
  ) {
    this.delayMs = delayMinutes * 60_000;
    this.now = options.now ?? Date.now;
    this.timers = options.timers ?? browserTimers;
  }

  /** The delay in minutes. */
  get delayMinutes(): number {
    return this.delayMs / 60_000;
  }

  /** Starts counting from now (the app was just unlocked). */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.last = this.now();
    for (const type of ACTIVITY_EVENTS) this.options.events?.addEventListener(type, this.onActivity, { capture: true, passive: true });
    this.options.visibility?.addEventListener('visibilitychange', this.check);
    this.schedule(this.delayMs);
  }

  /** Stops counting (the app is locked). */
  stop(): void {
    this.running = false;
    for (const type of ACTIVITY_EVENTS) this.options.events?.removeEventListener(type, this.onActivity, { capture: true });
    this.options.visibility?.removeEventListener('visibilitychange', this.check);
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }

  /** Changes the delay (Réglages); counts from the last activity. */
  setDelay(minutes: number): void {
    this.delayMs = minutes * 60_000;
    if (this.running) this.check();
  }

  private readonly onActivity = () => {
    this.last = this.now();
  };

  private readonly check = () => {
    if (!this.running) return;
    const idle = this.now() - this.last;
    if (idle < this.delayMs) return this.schedule(this.delayMs - idle);
    this.stop();
    this.onIdle();
  };

  private schedule(ms: number): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = this.timers.set(() => {
      this.timer = null;
      this.check();
    }, ms);
  }
}
