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
