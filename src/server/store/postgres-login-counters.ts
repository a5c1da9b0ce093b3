// Login failure counters on PostgreSQL: one upsert per attempt, atomic per row, shared by every endpoint process.
import type pg from 'pg';
import { ADD_LOGIN_COUNTERS_SET, loginCounterRow } from './login-counters-sql';
import type { LoginCounter, LoginCounters } from './store';

/** The PostgreSQL LoginCounters. */
export class PostgresLoginCounters implements LoginCounters {
  constructor(private readonly pool: pg.Pool) {}

  async add(counters: { key: string; windowMs: number }[], now: number): Promise<LoginCounter[]> {
    // Always in key order: two attempts locking the same rows lock them in the same order (no deadlock).
    const sorted = [...counters].sort((a, b) => (a.key < b.key ? -1 : 1));
    const values = sorted.map((_, i) => `($${3 * i + 1}, $${3 * i + 2}::bigint, $${3 * i + 3}::bigint, 1)`).join(', ');
    const { rows } = await this.pool.query(
      `INSERT INTO login_counters (key, window_start, window_ms, count) VALUES ${values} ${ADD_LOGIN_COUNTERS_SET}`,
      sorted.flatMap((c) => [c.key, now, c.windowMs]),
    );
    return rows.map(loginCounterRow);
  }

  // One row per statement: a statement changing several rows locks them in scan order, not in `add`'s key
  // order, and two such statements deadlock (seen with parallel guesses on two endpoints).
  async takeBack(keys: string[]): Promise<void> {
    for (const key of keys) await this.pool.query('UPDATE login_counters SET count = GREATEST(count - 1, 0) WHERE key = $1', [key]);
  }

  async clear(keys: string[]): Promise<void> {
    for (const key of keys) await this.pool.query('DELETE FROM login_counters WHERE key = $1', [key]);
  }

  async markReported(key: string, at: number): Promise<boolean> {
    const result = await this.pool.query('UPDATE login_counters SET reported_at = $1 WHERE key = $2 AND reported_at IS NULL', [at, key]);
    return (result.rowCount ?? 0) > 0;
  }

  /** Rows in use by an attempt are skipped (the next prune takes them): pruning never waits, so never deadlocks. */
  async prune(now: number): Promise<void> {
    await this.pool.query(
      `DELETE FROM login_counters WHERE key IN
        (SELECT key FROM login_counters WHERE window_start + window_ms <= $1 FOR UPDATE SKIP LOCKED)`,
      [now],
    );
  }
}
