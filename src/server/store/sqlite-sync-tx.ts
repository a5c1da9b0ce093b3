// One sync transaction on SQLite: cached prepared statements, run one by one (in-process calls are cheap).
import type Database from 'better-sqlite3';
import { accountRowMappers as map } from './rows';
import { SqliteStatsProjection } from './sqlite-stats-projection';
import type { AuditEntry, OpRow, StatsProjectionTx, SyncTx } from './store';

/** Gives the prepared statement of `sql`, prepared once per connection. */
export type Prepare = (sql: string) => Database.Statement;

/** A statement cache over `db` (preparing is a large part of a short statement's cost). */
export function statementCache(db: Database.Database): Prepare {
  const cache = new Map<string, Database.Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) cache.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
}

/** The SyncTx of the SQLite transaction in progress. */
/** Audit rows per INSERT statement (7 parameters each, far under SQLite's limit). */
const AUDIT_ROWS = 100;
const AUDIT_ROW = ',(?, ?, ?, ?, ?, ?, ?)';

export class SqliteSyncTx implements SyncTx {
  readonly statsProjection: StatsProjectionTx;

  constructor(
    private readonly sql: Prepare,
    private readonly structureId: string,
  ) {
    this.statsProjection = new SqliteStatsProjection(sql, structureId);
  }

  async lockLog(): Promise<void> {
    // BEGIN IMMEDIATE already holds SQLite's single write lock.
  }

  async reserveSeqs(count: number): Promise<number> {
    const last = this.sql('UPDATE structures SET last_seq = last_seq + ? WHERE id = ? RETURNING last_seq')
      .pluck()
      .get(count, this.structureId) as number;
    return last - count + 1;
  }

  async head(): Promise<number> {
    return (this.sql('SELECT last_seq FROM structures WHERE id = ?').pluck().get(this.structureId) as number) ?? 0;
  }

  async knownOpIds(opIds: string[]): Promise<Set<string>> {
    const known = new Set<string>();
    const find = this.sql('SELECT 1 FROM ops WHERE structure_id = ? AND op_id = ?').pluck();
    for (const opId of opIds) if (find.get(this.structureId, opId)) known.add(opId);
    return known;
  }

  async liveOpsOfRecords(records: { collection: string; recordId: string }[]): Promise<OpRow[]> {
    // Without the hint SQLite walks the primary key for ORDER BY seq: a scan of the whole log per record.
    const select = this.sql(
      'SELECT * FROM ops INDEXED BY ops_live_record WHERE structure_id = ? AND collection = ? AND record_id = ? AND live ORDER BY seq',
    );
    return records.flatMap((r) => select.all(this.structureId, r.collection, r.recordId).map(map.op));
  }

  async liveOpsOfCollection(collection: string): Promise<OpRow[]> {
    return this.sql('SELECT * FROM ops INDEXED BY ops_live_record WHERE structure_id = ? AND collection = ? AND live ORDER BY seq')
      .all(this.structureId, collection)
      .map(map.op);
  }

  async insertOps(rows: OpRow[]): Promise<void> {
    const insert = this.sql(
      'INSERT INTO ops (structure_id, seq, op_id, client_id, collection, record_id, field, value, hlc, base, live, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const r of rows) {
      const receivedAt = r.receivedAt ?? null;
      insert.run(
        this.structureId,
        r.seq,
        r.opId,
        r.clientId,
        r.collection,
        r.recordId,
        r.field,
        r.value,
        r.hlc,
        r.base,
        r.live ? 1 : 0,
        receivedAt,
      );
    }
  }

  async pruneOps(opIds: string[]): Promise<void> {
    const prune = this.sql('UPDATE ops SET live = 0, value = NULL WHERE structure_id = ? AND op_id = ?');
    for (const opId of opIds) prune.run(this.structureId, opId);
  }

  async opsAfter(after: number, upTo: number, exceptClientId: string, limit: number): Promise<OpRow[]> {
    // Rows as arrays (raw): a pull reads up to a thousand rows, and objects per row cost half the time.
    const rows = this.sql(
      'SELECT seq, op_id, client_id, collection, record_id, field, value, hlc, base FROM ops WHERE structure_id = ? AND seq > ? AND seq <= ? AND live AND client_id <> ? ORDER BY seq LIMIT ?',
    )
      .raw()
      .all(this.structureId, after, upTo, exceptClientId, limit) as [
      number,
      string,
      string,
      string,
      string,
      string,
      string | null,
      string,
      string | null,
    ][];
    return rows.map(([seq, opId, clientId, collection, recordId, field, value, hlc, base]) => ({
      seq,
      opId,
      clientId,
      collection,
      recordId,
      field,
      value,
      hlc,
      base,
      live: true,
    }));
  }

  async appendAudit(entries: AuditEntry[]): Promise<void> {
    // Rows by AUDIT_ROWS in one statement: a pull of a busy structure audits dozens of records at every sync.
    for (let i = 0; i < entries.length; i += AUDIT_ROWS) {
      const chunk = entries.slice(i, i + AUDIT_ROWS);
      const insert = this.sql(
        `INSERT INTO audit_log (at, structure_id, aidant_id, device_id, action, collection, record_id) VALUES ${AUDIT_ROW.repeat(chunk.length).slice(1)}`,
      );
      insert.run(chunk.flatMap((e) => [e.at, e.structureId, e.aidantId, e.deviceId, e.action, e.collection, e.recordId]));
    }
  }
}
