// The SQL both dialects share for login failure counters (src/server/store/*-login-counters.ts).
import type { LoginCounter } from './store';

/**
 * The conflict clause of the counters' upsert: a counter whose window has ended starts again at 1 (not
 * reported) from the new row's start, otherwise it counts one more. Every SET expression reads the old row.
 */
export const ADD_LOGIN_COUNTERS_SET = `
ON CONFLICT (key) DO UPDATE SET
  count = CASE WHEN login_counters.window_start + login_counters.window_ms <= excluded.window_start THEN 1 ELSE login_counters.count + 1 END,
  reported_at = CASE WHEN login_counters.window_start + login_counters.window_ms <= excluded.window_start THEN NULL ELSE login_counters.reported_at END,
  window_start = CASE WHEN login_counters.window_start + login_counters.window_ms <= excluded.window_start THEN excluded.window_start ELSE login_counters.window_start END,
  window_ms = excluded.window_ms
RETURNING key, count, window_start, window_ms`;

/** A counter row as the store returns it. */
export function loginCounterRow(r: unknown): LoginCounter {
  const row = r as Record<string, unknown>;
  return { key: String(row.key), count: Number(row.count), windowStart: Number(row.window_start), windowMs: Number(row.window_ms) };
}
