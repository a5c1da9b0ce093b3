// The PostgreSQL store (pg Pool): several endpoint processes may share one database.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { INSERT_AIDANT, numbered } from './accounts-sql';
import { migrationsFor } from './migrations';
import { PostgresAccounts } from './postgres-accounts';
import { readLiveRecordsPage, readStatsParts, readStatsRecordsPage, type Query } from './postgres-stats-projection';
import { PostgresLoginCounters } from './postgres-login-counters';
import { PostgresSyncTx } from './postgres-sync-tx';
import { accountRowMappers as map } from './rows';
import type {
  AccountsAdmin,
  AidantRow,
  AuditEntry,
  DeviceEnd,
  DeviceRow,
  LiveFieldRow,
  LoginCounters,
  PurgeRun,
  StatsPartRow,
  StatsRecordRow,
  Store,
  StructureRow,
  SyncTx,
} from './store';
import { TERRITORY_LOG_ID } from './store';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Connects to PostgreSQL at `url`; with `schema`, works in that schema (created when missing). */
export async function openPostgresStore(url: string, options: { schema?: string | undefined } = {}): Promise<PostgresStore> {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(`Nom de schéma PostgreSQL invalide : « ${schema} » (lettres minuscules, chiffres et _).`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // Set at connection start-up, so every pooled connection works in the schema from its first query.
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', (error) => console.error('[declic] connexion PostgreSQL perdue :', error.message));
  try {
    if (schema) await ensureSchema(pool, schema);
    else await pool.query('SELECT 1');
  } catch (error) {
    await pool.end();
    throw error;
  }
  return new PostgresStore(pool, schema ?? 'public');
}

async function ensureSchema(pool: pg.Pool, schema: string): Promise<void> {
  try {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  } catch (error) {
    // Two processes creating the schema together: the loser's unique violation means it exists.
    if ((error as { code?: string }).code !== '23505') throw error;
  }
}

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  readonly loginCounters: LoginCounters;
  readonly accounts: AccountsAdmin;

  constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
  ) {
    this.loginCounters = new PostgresLoginCounters(pool);
    this.accounts = new PostgresAccounts(pool);
  }

  /** One statement on the pool: committed data. */
  private readonly query: Query = (text, values) => this.pool.query(text, values);

  /** Applies the missing migrations under an advisory lock: of two processes starting together, one migrates. */
  async migrate(): Promise<void> {
    const client = await this.pool.connect();
    const lockKey = `declic:migrations:${this.schema}`;
    try {
      await client.query('SELECT pg_advisory_lock(hashtext($1))', [lockKey]);
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)',
      );
      const applied = new Set((await client.query('SELECT version FROM schema_migrations')).rows.map((r) => Number(r.version)));
      for (const migration of migrationsFor('postgres')) {
        if (applied.has(migration.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(migration.sql);
          await client.query('INSERT INTO schema_migrations VALUES ($1, $2, $3)', [migration.version, migration.name, Date.now()]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [lockKey]).catch(() => undefined);
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private datasetId: string | undefined;

  async dataset(): Promise<string> {
    return (this.datasetId ??= String((await this.pool.query('SELECT id FROM dataset')).rows[0].id));
  }

  async scrubErased(): Promise<void> {
    // PostgreSQL keeps dead row versions until VACUUM (autovacuum) reclaims them: not done here.
  }

  async renewDataset(): Promise<string> {
    const id = randomBytes(16).toString('hex');
    await this.pool.query('UPDATE dataset SET id = $1, created_at = $2', [id, Date.now()]);
    return (this.datasetId = id);
  }

  async createStructure(row: StructureRow): Promise<void> {
    await this.pool.query('INSERT INTO structures (id, name, created_at) VALUES ($1, $2, $3)', [row.id, row.name, row.createdAt]);
  }

  async getStructure(id: string): Promise<StructureRow | undefined> {
    const { rows } = await this.pool.query('SELECT * FROM structures WHERE id = $1 AND id <> $2', [id, TERRITORY_LOG_ID]);
    return rows[0] ? map.structure(rows[0]) : undefined;
  }

  async listStructures(): Promise<StructureRow[]> {
    return (await this.pool.query('SELECT * FROM structures WHERE id <> $1 ORDER BY created_at, id', [TERRITORY_LOG_ID])).rows.map(
      map.structure,
    );
  }

  /** One statement: the account and its first membership commit together. */
  async createAidant(row: AidantRow): Promise<void> {
    await this.pool.query(
      `WITH created AS (${numbered(INSERT_AIDANT)} RETURNING id, structure_id, role, created_at)
       INSERT INTO memberships (aidant_id, structure_id, role, created_at) SELECT id, structure_id, role, created_at FROM created`,
      [
        row.id,
        row.structureId,
        row.email,
        row.name,
        row.role,
        row.passwordHash,
        row.createdAt,
        row.disabledAt,
        row.mustChangePassword ? 1 : 0,
      ],
    );
  }

  async findAidantByEmail(email: string): Promise<AidantRow | undefined> {
    const { rows } = await this.pool.query('SELECT * FROM aidants WHERE email = $1', [email]);
    return rows[0] ? map.aidant(rows[0]) : undefined;
  }

  async getAidant(id: string): Promise<AidantRow | undefined> {
    const { rows } = await this.pool.query('SELECT * FROM aidants WHERE id = $1', [id]);
    return rows[0] ? map.aidant(rows[0]) : undefined;
  }

  async updatePasswordHash(aidantId: string, passwordHash: string): Promise<void> {
    await this.pool.query('UPDATE aidants SET password_hash = $1 WHERE id = $2', [passwordHash, aidantId]);
  }

  async createDevice(row: DeviceRow): Promise<void> {
    await this.pool.query(
      'INSERT INTO devices (id, aidant_id, structure_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [row.id, row.aidantId, row.structureId, row.name, row.tokenHash, row.createdAt],
    );
  }

  async findDeviceByTokenHash(tokenHash: string): Promise<DeviceRow | undefined> {
    const { rows } = await this.pool.query('SELECT * FROM devices WHERE token_hash = $1', [tokenHash]);
    return rows[0] ? map.device(rows[0]) : undefined;
  }

  async listDevices(structureId?: string): Promise<DeviceRow[]> {
    const { rows } = structureId
      ? await this.pool.query('SELECT * FROM devices WHERE structure_id = $1 ORDER BY created_at, id', [structureId])
      : await this.pool.query('SELECT * FROM devices ORDER BY created_at, id');
    return rows.map(map.device);
  }

  async revokeDevice(id: string, at: number, by: DeviceEnd): Promise<boolean> {
    const result = await this.pool.query(
      'UPDATE devices SET revoked_by = CASE WHEN revoked_at IS NULL THEN $3 ELSE revoked_by END, revoked_at = COALESCE(revoked_at, $1) WHERE id = $2',
      [at, id, by],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async touchDevice(id: string, at: number): Promise<void> {
    await this.pool.query('UPDATE devices SET last_seen_at = $1 WHERE id = $2', [at, id]);
  }

  async reportQuarantine(id: string, count: number): Promise<void> {
    await this.pool.query('UPDATE devices SET quarantined = $1 WHERE id = $2 AND quarantined <> $1', [count, id]);
  }

  async recordPurgeRun(run: PurgeRun): Promise<void> {
    await this.pool.query('INSERT INTO purge_runs (at, files, cutoff) VALUES ($1, $2, $3)', [run.at, run.files, run.cutoff]);
  }

  async lastPurgeRun(): Promise<PurgeRun | undefined> {
    const { rows } = await this.pool.query('SELECT at, files, cutoff FROM purge_runs ORDER BY at DESC LIMIT 1');
    const row = rows[0] as { at: string | number; files: number; cutoff: string } | undefined;
    return row && { at: Number(row.at), files: Number(row.files), cutoff: String(row.cutoff) };
  }

  async appendAudit(entries: AuditEntry[]): Promise<void> {
    for (const e of entries) {
      await this.pool.query(
        'INSERT INTO audit_log (at, structure_id, aidant_id, device_id, action, collection, record_id) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [e.at, e.structureId, e.aidantId, e.deviceId, e.action, e.collection, e.recordId],
      );
    }
  }

  async listAudit(structureId: string): Promise<AuditEntry[]> {
    return (await this.pool.query('SELECT * FROM audit_log WHERE structure_id = $1 ORDER BY id', [structureId])).rows.map(map.audit);
  }

  async liveRecordsPage(
    structureId: string,
    collection: string,
    fields: readonly string[],
    afterRecordId: string,
    limit: number,
  ): Promise<LiveFieldRow[]> {
    return readLiveRecordsPage(this.query, structureId, collection, fields, afterRecordId, limit);
  }

  async statsRecordsPage(
    structureId: string,
    collection: string,
    afterRecordId: string,
    limit: number,
    month?: string | null,
  ): Promise<StatsRecordRow[]> {
    return readStatsRecordsPage(this.query, structureId, collection, afterRecordId, limit, month);
  }

  async statsParts(structureId: string): Promise<StatsPartRow[]> {
    return readStatsParts(this.query, structureId);
  }

  /** One pooled connection; BEGIN … COMMIT around the work once it writes (see PostgresSyncTx). */
  async syncTransaction<T>(structureId: string, work: (tx: SyncTx) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const tx = new PostgresSyncTx(client, structureId);
    let broken: Error | undefined;
    try {
      const result = await work(tx);
      if (tx.begun) await client.query('COMMIT');
      return result;
    } catch (error) {
      if (tx.begun) await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
      throw error;
    } finally {
      // A connection that could not roll back is destroyed rather than handed to the next request.
      client.release(broken);
    }
  }
}
