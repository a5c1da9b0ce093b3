// The SQLite store (better-sqlite3, WAL): one file in DATA_DIR, one writer at a time.
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { INSERT_AIDANT, PUT_MEMBERSHIP } from './accounts-sql';
import { migrationsFor } from './migrations';
import { accountRowMappers as map } from './rows';
import { SqliteAccounts } from './sqlite-accounts';
import { SqliteLoginCounters } from './sqlite-login-counters';
import { readLiveRecordsPage, readStatsParts, readStatsRecordsPage } from './sqlite-stats-projection';
import { SqliteSyncTx, statementCache, type Prepare } from './sqlite-sync-tx';
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

/** Opens (and creates) the SQLite database at `file`. */
export function openSqliteStore(file: string): SqliteStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  return new SqliteStore(new Database(file));
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private readonly sql: Prepare;
  readonly loginCounters: LoginCounters;
  readonly accounts: AccountsAdmin;
  // better-sqlite3 is synchronous, but sync work awaits between statements: one transaction at a time.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: Database.Database) {
    this.sql = statementCache(db);
    this.loginCounters = new SqliteLoginCounters(this.sql, (work) => this.inTurn(work));
    this.accounts = new SqliteAccounts(db, this.sql, (work) => this.inTurn(work));
    // First, so that the other pragmas wait for another process (the server, an admin command) instead of failing.
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // Erased means erased on disk: freed space is overwritten with zeros, not left readable.
    db.pragma('secure_delete = ON');
    // 64 MB of pages kept in memory (the default is 2 MB): a structure's part of the statistics projection stays there
    // while its first build writes it, instead of going back and forth to the file.
    db.pragma('cache_size = -65536');
  }

  /**
   * Applies the migrations not yet applied. The server and an admin command may open the same file at once:
   * one IMMEDIATE transaction takes the write lock before reading what is applied, so the second process
   * waits for the first and then finds nothing left to do.
   */
  async migrate(): Promise<void> {
    const applyPending = this.db.transaction(() => {
      this.db.exec(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)',
      );
      const applied = new Set(this.sql('SELECT version FROM schema_migrations').pluck().all() as number[]);
      for (const migration of migrationsFor('sqlite')) {
        if (applied.has(migration.version)) continue;
        this.db.exec(migration.sql);
        this.sql('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(migration.version, migration.name, Date.now());
      }
    });
    applyPending.immediate();
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    this.db.close();
  }

  private datasetId: string | undefined;

  async dataset(): Promise<string> {
    return (this.datasetId ??= this.sql('SELECT id FROM dataset').pluck().get() as string);
  }

  scrubErased(): Promise<void> {
    return this.inTurn(() => void this.db.pragma('wal_checkpoint(TRUNCATE)'));
  }

  async renewDataset(): Promise<string> {
    const id = randomBytes(16).toString('hex');
    await this.inTurn(() => this.sql('UPDATE dataset SET id = ?, created_at = ?').run(id, Date.now()));
    return (this.datasetId = id);
  }

  async createStructure(row: StructureRow): Promise<void> {
    this.sql('INSERT INTO structures (id, name, created_at) VALUES (?, ?, ?)').run(row.id, row.name, row.createdAt);
  }

  async getStructure(id: string): Promise<StructureRow | undefined> {
    const row = this.sql('SELECT * FROM structures WHERE id = ? AND id <> ?').get(id, TERRITORY_LOG_ID);
    return row ? map.structure(row) : undefined;
  }

  async listStructures(): Promise<StructureRow[]> {
    return this.sql('SELECT * FROM structures WHERE id <> ? ORDER BY created_at').all(TERRITORY_LOG_ID).map(map.structure);
  }

  createAidant(row: AidantRow): Promise<void> {
    const create = this.db.transaction(() => {
      this.sql(INSERT_AIDANT).run(
        row.id,
        row.structureId,
        row.email,
        row.name,
        row.role,
        row.passwordHash,
        row.createdAt,
        row.disabledAt,
        row.mustChangePassword ? 1 : 0,
      );
      this.sql(PUT_MEMBERSHIP).run(row.id, row.structureId, row.role, row.createdAt);
    });
    return this.inTurn(() => create.immediate());
  }

  async findAidantByEmail(email: string): Promise<AidantRow | undefined> {
    const row = this.sql('SELECT * FROM aidants WHERE email = ?').get(email);
    return row ? map.aidant(row) : undefined;
  }

  async getAidant(id: string): Promise<AidantRow | undefined> {
    const row = this.sql('SELECT * FROM aidants WHERE id = ?').get(id);
    return row ? map.aidant(row) : undefined;
  }

  updatePasswordHash(aidantId: string, passwordHash: string): Promise<void> {
    return this.inTurn(() => void this.sql('UPDATE aidants SET password_hash = ? WHERE id = ?').run(passwordHash, aidantId));
  }

  async createDevice(row: DeviceRow): Promise<void> {
    this.db
      .prepare('INSERT INTO devices (id, aidant_id, structure_id, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(row.id, row.aidantId, row.structureId, row.name, row.tokenHash, row.createdAt);
  }

  async findDeviceByTokenHash(tokenHash: string): Promise<DeviceRow | undefined> {
    const row = this.sql('SELECT * FROM devices WHERE token_hash = ?').get(tokenHash);
    return row ? map.device(row) : undefined;
  }

  async listDevices(structureId?: string): Promise<DeviceRow[]> {
    const rows = structureId
      ? this.sql('SELECT * FROM devices WHERE structure_id = ? ORDER BY created_at').all(structureId)
      : this.sql('SELECT * FROM devices ORDER BY created_at').all();
    return rows.map(map.device);
  }

  async revokeDevice(id: string, at: number, by: DeviceEnd): Promise<boolean> {
    const end = this.sql(
      'UPDATE devices SET revoked_by = CASE WHEN revoked_at IS NULL THEN ? ELSE revoked_by END, revoked_at = COALESCE(revoked_at, ?) WHERE id = ?',
    );
    return end.run(by, at, id).changes > 0;
  }

  async touchDevice(id: string, at: number): Promise<void> {
    this.sql('UPDATE devices SET last_seen_at = ? WHERE id = ?').run(at, id);
  }

  async reportQuarantine(id: string, count: number): Promise<void> {
    this.sql('UPDATE devices SET quarantined = ? WHERE id = ? AND quarantined <> ?').run(count, id, count);
  }

  async recordPurgeRun(run: PurgeRun): Promise<void> {
    this.sql('INSERT INTO purge_runs (at, files, cutoff) VALUES (?, ?, ?)').run(run.at, run.files, run.cutoff);
  }

  async lastPurgeRun(): Promise<PurgeRun | undefined> {
    const row = this.sql('SELECT at, files, cutoff FROM purge_runs ORDER BY at DESC LIMIT 1').get() as
      { at: number; files: number; cutoff: string } | undefined;
    return row && { at: Number(row.at), files: Number(row.files), cutoff: String(row.cutoff) };
  }

  appendAudit(entries: AuditEntry[]): Promise<void> {
    const insert = this.sql(
      'INSERT INTO audit_log (at, structure_id, aidant_id, device_id, action, collection, record_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    return this.inTurn(() => {
      for (const e of entries) insert.run(e.at, e.structureId, e.aidantId, e.deviceId, e.action, e.collection, e.recordId);
    });
  }

  async listAudit(structureId: string): Promise<AuditEntry[]> {
    return this.sql('SELECT * FROM audit_log WHERE structure_id = ? ORDER BY id').all(structureId).map(map.audit);
  }

  async liveRecordsPage(
    structureId: string,
    collection: string,
    fields: readonly string[],
    afterRecordId: string,
    limit: number,
  ): Promise<LiveFieldRow[]> {
    return this.inTurn(() => readLiveRecordsPage(this.sql, structureId, collection, fields, afterRecordId, limit));
  }

  async statsRecordsPage(
    structureId: string,
    collection: string,
    afterRecordId: string,
    limit: number,
    month?: string | null,
  ): Promise<StatsRecordRow[]> {
    return this.inTurn(() => readStatsRecordsPage(this.sql, structureId, collection, afterRecordId, limit, month));
  }

  async statsParts(structureId: string): Promise<StatsPartRow[]> {
    return this.inTurn(() => readStatsParts(this.sql, structureId));
  }

  /** Runs a read in turn with sync transactions: on this one connection, a read between their statements would see uncommitted writes. */
  private inTurn<T>(read: () => T): Promise<T> {
    const next = this.queue.then(read, read);
    this.queue = next.catch(() => undefined);
    return next;
  }

  syncTransaction<T>(structureId: string, work: (tx: SyncTx) => Promise<T>): Promise<T> {
    const run = async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(new SqliteSyncTx(this.sql, structureId));
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        this.db.exec('ROLLBACK');
        throw error;
      }
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
