// Hybrid logical clock: stamps whose string order is causal order, "<13-digit ms>-<4 hex>-<clientId>".

/** Greatest distance, in ms, a stamp may run ahead of the receiver's wall clock before it is refused. */
export const MAX_CLOCK_DRIFT_MS = 60 * 60 * 1000;

const MAX_COUNTER = 0xffff;
const HLC_PATTERN = /^(\d{13})-([0-9a-f]{4})-([A-Za-z0-9_-]{8,64})$/;

/** The parts of a stamp. */
export interface HlcParts {
  ms: number;
  counter: number;
  clientId: string;
}

/** Builds the string form of a stamp. */
export function formatHlc({ ms, counter, clientId }: HlcParts): string {
  return `${String(ms).padStart(13, '0')}-${counter.toString(16).padStart(4, '0')}-${clientId}`;
}

/** Reads a stamp, or returns null when the string is not one. */
export function parseHlc(stamp: string): HlcParts | null {
  const [, ms, counter, clientId] = HLC_PATTERN.exec(stamp) ?? [];
  if (ms === undefined || counter === undefined || clientId === undefined) return null;
  return { ms: Number(ms), counter: parseInt(counter, 16), clientId };
}

/** True when the stamp runs further ahead of `now` than a sane device clock could. */
export function isFarFuture(stamp: string, now: number): boolean {
  const parts = parseHlc(stamp);
  return parts !== null && parts.ms > now + MAX_CLOCK_DRIFT_MS;
}

/** How far, in ms, a device clock may stray from the endpoint's before the aidant is told (5 minutes). */
export const CLOCK_WARNING_MS = 5 * 60 * 1000;

/** The endpoint's time as a device last saw it: the answer's `serverTime` and the device's own time then. */
export interface ServerTimeSeen {
  serverTime: number;
  seenAt: number;
}

/** How far the device clock was behind (positive) or ahead (negative) of the endpoint's when last seen. */
export function clockSkew(seen: ServerTimeSeen): number {
  return seen.serverTime - seen.seenAt;
}

/** True when the device clock is wrong by more than CLOCK_WARNING_MS (the aidant must be told). */
export function isClockWrong(skewMs: number | null | undefined): boolean {
  return typeof skewMs === 'number' && Math.abs(skewMs) > CLOCK_WARNING_MS;
}

/**
 * Most the endpoint's time last seen is run forward by the wall clock (see serverBoundClock): less than
 * MAX_CLOCK_DRIFT_MS, so that a clock put right in between never makes stamps the endpoint refuses.
 */
export const SERVER_TIME_RUN_MS = MAX_CLOCK_DRIFT_MS / 2;

/**
 * The physical time of the HLC receive rule: the wall clock, but never behind the endpoint's time last
 * seen, run forward by the time elapsed on the wall clock since (at most SERVER_TIME_RUN_MS: elapsed time
 * cannot be told from someone setting the date right). A tablet whose clock battery died and reset it
 * years back so stamps at the endpoint's time, not years in the past, from its first sync on. A wall
 * clock no further behind than CLOCK_WARNING_MS is used as it is.
 */
export function serverBoundClock(wall: () => number, seen: ServerTimeSeen | null): () => number {
  if (!seen) return wall;
  return () => {
    const now = wall();
    // A wall clock close to or past the endpoint's (set right since) is trusted as it is.
    if (now >= seen.serverTime - CLOCK_WARNING_MS) return Math.max(now, seen.serverTime);
    const elapsed = Math.min(Math.max(0, now - seen.seenAt), SERVER_TIME_RUN_MS);
    return Math.max(now, seen.serverTime + elapsed);
  };
}

/**
 * A clock for one device. It never goes backwards, even when the wall clock does, and it moves
 * forward past every stamp it receives (so that a later local write wins over what was pulled).
 */
export class HybridClock {
  private last: HlcParts;

  constructor(
    readonly clientId: string,
    private readonly wallClock: () => number = Date.now,
    lastStamp?: string | null,
  ) {
    this.last = (lastStamp && parseHlc(lastStamp)) || { ms: 0, counter: 0, clientId };
  }

  /** A new stamp for a local write, greater than every stamp issued or received before. */
  now(): string {
    const wall = this.wallClock();
    if (wall > this.last.ms) this.last = { ms: wall, counter: 0, clientId: this.clientId };
    else this.last = this.advanceCounter(this.last.ms, this.last.counter);
    return formatHlc(this.last);
  }

  /** Takes a remote stamp into account; ignores stamps from a clock too far ahead of ours. */
  receive(stamp: string): void {
    const remote = parseHlc(stamp);
    if (!remote || remote.ms > this.wallClock() + MAX_CLOCK_DRIFT_MS) return;
    if (remote.ms > this.last.ms) this.last = { ms: remote.ms, counter: remote.counter, clientId: this.clientId };
    else if (remote.ms === this.last.ms && remote.counter > this.last.counter) {
      this.last = { ms: remote.ms, counter: remote.counter, clientId: this.clientId };
    }
  }

  /**
   * The receive rule for the endpoint's time (a sync answer's `serverTime`): later stamps are never
   * behind it. Trusted whatever the wall clock says: the endpoint's clock is the reference.
   */
  receiveTime(serverTime: number): void {
    if (Number.isSafeInteger(serverTime) && serverTime > this.last.ms) this.last = { ms: serverTime, counter: 0, clientId: this.clientId };
  }

  /** The last stamp issued or received, to persist across restarts. */
  get lastStamp(): string {
    return formatHlc(this.last);
  }

  private advanceCounter(ms: number, counter: number): HlcParts {
    // A counter overflow borrows one millisecond from the future rather than repeating a stamp.
    if (counter >= MAX_COUNTER) return { ms: ms + 1, counter: 0, clientId: this.clientId };
    return { ms, counter: counter + 1, clientId: this.clientId };
  }
}
