// When to try again after a failed sync: exponential backoff with jitter, and the endpoint's Retry-After first.
import type { FailureKind } from './failures';

/** First wait after a failure, and the longest wait. */
export const BACKOFF_FIRST_MS = 2_000;
export const BACKOFF_MAX_MS = 5 * 60_000;
/** Spread added after a Retry-After so that tablets told the same time do not all come back at once. */
export const RETRY_AFTER_SPREAD_MS = 1_000;

/** Failures that no automatic retry can fix: the aidant must act (log in, update, wait for the network). */
const NO_RETRY: ReadonlySet<FailureKind> = new Set<FailureKind>([
  'offline',
  'revoked',
  'unauthenticated',
  'password',
  'excluded',
  'outdated',
]);

/**
 * How long to wait before the next automatic attempt, or null for none. `attempt` counts the failures
 * in a row (1 for the first); `random` is in [0, 1). The wait is drawn in the upper half of the
 * exponential step (2 s, 4 s, 8 s … capped at 5 min), never earlier than a Retry-After.
 */
export function retryDelay(failure: { kind: FailureKind; retryAfterMs: number | null }, attempt: number, random: number): number | null {
  if (NO_RETRY.has(failure.kind)) return null;
  if (failure.retryAfterMs !== null) return failure.retryAfterMs + Math.floor(random * RETRY_AFTER_SPREAD_MS);
  const step = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** Math.max(0, Math.min(attempt, 30) - 1));
  return Math.floor(step / 2 + random * (step / 2));
}
