// One sync transaction on PostgreSQL: each step is one statement over arrays (unnest / ANY), whatever the batch size.
import type pg from 'pg';
import { PostgresStatsProjection } from './postgres-stats-projection';
import { accountRowMappers as map } from './rows';
import type { AuditEntry, OpRow, StatsProjectionTx, SyncTx } from './store';

/**
 * The SyncTx of a PostgreSQL connection. The transaction opens with `lockLog` (pushes): a pull alone
 * needs none, its statements each see committed data, and skipping BEGIN/COMMIT saves two round trips.
 */
export class PostgresSyncTx implements SyncTx {
  /** True once BEGIN was sent: the caller must COMMIT or ROLLBACK. */
  begun = false;
  /** The structure's last sequence number, known exactly while the lock is held. */
  private lockedHead: number | undefined;
  readonly statsProjection: StatsProjectionTx;

  constructor(
    private readonly client: pg.PoolClient,
    private readonly structureId: string,
  ) {
    this.statsProjection = new PostgresStatsProjection((text, values) => client.query(text, values), structureId);
  }

  async lockLog(): Promise<void> {
    if (!this.begun) {
      await this.client.query('BEGIN');
      this.begun = true;
    }
    // The same row lock `reserveSeqs` takes, taken before reading: pushes of one structure run one
    // after the other, so sequence numbers commit in order and cursors never skip an op.
    const { rows } = await this.client.query('SELECT last_seq FROM structures WHERE id = $1 FOR UPDATE', [this.structureId]);
    if (!rows[0]) throw new Error(`structure ${this.structureId} introuvable`);
    this.lockedHead = Number(rows[0].last_seq);
  }

  async reserveSeqs(count: number): Promise<number> {
    const { rows } = await this.client.query('UPDATE structures SET last_seq = last_seq + $1 WHERE id = $2 RETURNING last_seq', [
      count,
      this.structureId,
    ]);
    if (!rows[0]) throw new Error(`structure ${this.structureId} introuvable`);
    if (this.begun) this.lockedHead = Number(rows[0].last_seq);
    return Number(rows[0].last_seq) - count + 1;
  }

  async head(): Promise<number> {
    if (this.lockedHead !== undefined) return this.lockedHead;
    const { rows } = await this.client.query('SELECT last_seq FROM structures WHERE id = $1', [this.structureId]);
    return rows[0] ? Number(rows[0].last_seq) : 0;
  }

  async knownOpIds(opIds: string[]): Promise<Set<string>> {
    if (opIds.length === 0) return new Set();
    const { rows } = await this.client.query('SELECT op_id FROM ops WHERE structure_id = $1 AND op_id = ANY($2::text[])', [
      this.structureId,
      opIds,
    ]);
    return new Set(rows.map((r) => String(r.op_id)));
  }

  async liveOpsOfRecords(records: { collection: string; recordId: string }[]): Promise<OpRow[]> {
    if (records.length === 0) return [];
    const { rows } = await this.client.query(
      `SELECT o.* FROM unnest($2::text[], $3::text[]) AS r(collection, record_id)
         JOIN ops o ON o.structure_id = $1 AND o.collection = r.collection AND o.record_id = r.record_id AND o.live
       ORDER BY o.seq`,
      [this.structureId, records.map((r) => r.collection), records.map((r) => r.recordId)],
    );
    return rows.map(map.op);
  }

  async liveOpsOfCollection(collection: string): Promise<OpRow[]> {
    const { rows } = await this.client.query('SELECT * FROM ops WHERE structure_id = $1 AND collection = $2 AND live ORDER BY seq', [
      this.structureId,
      collection,
    ]);
    return rows.map(map.op);
  }

  async insertOps(rows: OpRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.client.query(
      `INSERT INTO ops (structure_id, seq, op_id, client_id, collection, record_id, field, value, hlc, base, live, received_at)
       SELECT $1, * FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::boolean[], $12::bigint[])`,
      [
        this.structureId,
        rows.map((r) => r.seq),
        rows.map((r) => r.opId),
        rows.map((r) => r.clientId),
        rows.map((r) => r.collection),
        rows.map((r) => r.recordId),
        rows.map((r) => r.field),
        rows.map((r) => r.value),
        rows.map((r) => r.hlc),
        rows.map((r) => r.base),
        rows.map((r) => r.live),
        rows.map((r) => r.receivedAt ?? null),
      ],
    );
  }

  async pruneOps(opIds: string[]): Promise<void> {
    if (opIds.length === 0) return;
    await this.client.query('UPDATE ops SET live = false, value = NULL WHERE structure_id = $1 AND op_id = ANY($2::text[])', [
      this.structureId,
      opIds,
    ]);
  }

  async opsAfter(after: number, upTo: number, exceptClientId: string, limit: number): Promise<OpRow[]> {
    const { rows } = await this.client.query(
      'SELECT * FROM ops WHERE structure_id = $1 AND seq > $2 AND seq <= $3 AND live AND client_id <> $4 ORDER BY seq LIMIT $5',
      [this.structureId, after, upTo, exceptClientId, limit],
    );
    return rows.map(map.op);
  }

  async appendAudit(entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.client.query(
      `INSERT INTO audit_log (at, structure_id, aidant_id, device_id, action, collection, record_id)
       SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])`,
      [
        entries.map((e) => e.at),
        entries.map((e) => e.structureId),
        entries.map((e) => e.aidantId),
        entries.map((e) => e.deviceId),
        entries.map((e) => e.action),
        entries.map((e) => e.collection),
        entries.map((e) => e.recordId),
      ],
    );
  }
}
