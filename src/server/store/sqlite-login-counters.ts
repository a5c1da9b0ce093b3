// Login failure counters on SQLite: one upsert per attempt, run in turn with the store's transactions.
import type { Prepare } from './sqlite-sync-tx';
import type { LoginCounter, LoginCounters } from './store';
import { ADD_LOGIN_COUNTERS_SET, loginCounterRow } from './login-counters-sql';

/** Runs a statement in turn with the store's sync transactions (never inside one of them). */
export type InTurn = <T>(work: () => T) => Promise<T>;

/** The SQLite LoginCounters. */
export class SqliteLoginCounters implements LoginCounters {
  constructor(
    private readonly sql: Prepare,
    private readonly inTurn: InTurn,
  ) {}

  add(counters: { key: string; windowMs: number }[], now: number): Promise<LoginCounter[]> {
    const sorted = [...counters].sort((a, b) => (a.key < b.key ? -1 : 1));
    const values = sorted.map(() => '(?, ?, ?, 1)').join(', ');
    const statement = `INSERT INTO login_counters (key, window_start, window_ms, count) VALUES ${values} ${ADD_LOGIN_COUNTERS_SET}`;
    return this.inTurn(() =>
      this.sql(statement)
        .all(...sorted.flatMap((c) => [c.key, now, c.windowMs]))
        .map(loginCounterRow),
    );
  }

  takeBack(keys: string[]): Promise<void> {
    const list = keys.map(() => '?').join(', ');
    const statement = `UPDATE login_counters SET count = CASE WHEN count > 0 THEN count - 1 ELSE 0 END WHERE key IN (${list})`;
    return this.inTurn(() => void this.sql(statement).run(...keys));
  }

  clear(keys: string[]): Promise<void> {
    return this.inTurn(() => void this.sql(`DELETE FROM login_counters WHERE key IN (${keys.map(() => '?').join(', ')})`).run(...keys));
  }

  markReported(key: string, at: number): Promise<boolean> {
    const statement = 'UPDATE login_counters SET reported_at = ? WHERE key = ? AND reported_at IS NULL';
    return this.inTurn(() => this.sql(statement).run(at, key).changes > 0);
  }

  prune(now: number): Promise<void> {
    return this.inTurn(() => void this.sql('DELETE FROM login_counters WHERE window_start + window_ms <= ?').run(now));
  }
}
