// The SQLite store (better-sqlite3, WAL): one file in DATA_DIR, one writer at a time.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrationsFor } from './migrations';
import { accountRowMappers as map } from './rows';
import type { AidantRow, AuditEntry, DeviceRow, OpRow, Store, StructureRow, SyncTx } from './store';

/** Opens (and creates) the SQLite database at `file`. */
export function openSqliteStore(file: string): SqliteStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  return new SqliteStore(new Database(file));
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  // better-sqlite3 is synchronous, but sync work awaits between statements: one transaction at a time.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: Database.Database) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
  }

  async migrate(): Promise<void> {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
    const applied = new Set(this.db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
    for (const migration of migrationsFor('sqlite')) {
      if (applied.has(migration.version)) continue;
      this.db.transaction(() => {
        this.db.exec(migration.sql);
        this.db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(migration.version, migration.name, Date.now());
      })();
    }
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    this.db.close();
  }

  async createStructure(row: StructureRow): Promise<void> {
    this.db.prepare('INSERT INTO structures (id, name, created_at) VALUES (?, ?, ?)').run(row.id, row.name, row.createdAt);
  }

  async getStructure(id: string): Promise<StructureRow | undefined> {
    const row = this.db.prepare('SELECT * FROM structures WHERE id = ?').get(id);
    return row ? map.structure(row) : undefined;
  }

  async listStructures(): Promise<StructureRow[]> {
    return this.db.prepare('SELECT * FROM structures ORDER BY created_at').all().map(map.structure);
  }

  async createAidant(row: AidantRow): Promise<void> {
    this.db
      .prepare('INSERT INTO aidants (id, structure_id, email, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(row.id, row.structureId, row.email, row.name, row.role, row.passwordHash, row.createdAt);
  }

  async findAidantByEmail(email: string): Promise<AidantRow | undefined> {
    const row = this.db.prepare('SELECT * FROM aidants WHERE email = ?').get(email);
    return row ? map.aidant(row) : undefined;
  }

  async getAidant(id: string): Promise<AidantRow | undefined> {
    const row = this.db.prepare('SELECT * FROM aidants WHERE id = ?').get(id);
    return row ? map.aidant(row) : undefined;
  }

  async createDevice(row: DeviceRow): Promise<void> {
    this.db
      .prepare('INSERT INTO devices (id, aidant_id, structure_id, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(row.id, row.aidantId, row.structureId, row.name, row.tokenHash, row.createdAt);
  }

  async findDeviceByTokenHash(tokenHash: string): Promise<DeviceRow | undefined> {
    const row = this.db.prepare('SELECT * FROM devices WHERE token_hash = ?').get(tokenHash);
    return row ? map.device(row) : undefined;
  }

  async listDevices(structureId?: string): Promise<DeviceRow[]> {
    const rows = structureId
      ? this.db.prepare('SELECT * FROM devices WHERE structure_id = ? ORDER BY created_at').all(structureId)
      : this.db.prepare('SELECT * FROM devices ORDER BY created_at').all();
    return rows.map(map.device);
  }

  async revokeDevice(id: string, at: number): Promise<boolean> {
    return this.db.prepare('UPDATE devices SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?').run(at, id).changes > 0;
  }

  async touchDevice(id: string, at: number): Promise<void> {
    this.db.prepare('UPDATE devices SET last_seen_at = ? WHERE id = ?').run(at, id);
  }

  async listAudit(structureId: string): Promise<AuditEntry[]> {
    return this.db.prepare('SELECT * FROM audit_log WHERE structure_id = ? ORDER BY id').all(structureId).map(map.audit);
  }

  syncTransaction<T>(structureId: string, work: (tx: SyncTx) => Promise<T>): Promise<T> {
    const run = async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(new SqliteSyncTx(this.db, structureId));
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

class SqliteSyncTx implements SyncTx {
  constructor(
    private readonly db: Database.Database,
    private readonly structureId: string,
  ) {}

  async reserveSeqs(count: number): Promise<number> {
    const last = this.db
      .prepare('UPDATE structures SET last_seq = last_seq + ? WHERE id = ? RETURNING last_seq')
      .pluck()
      .get(count, this.structureId) as number;
    return last - count + 1;
  }

  async head(): Promise<number> {
    return (this.db.prepare('SELECT last_seq FROM structures WHERE id = ?').pluck().get(this.structureId) as number) ?? 0;
  }

  async knownOpIds(opIds: string[]): Promise<Set<string>> {
    const known = new Set<string>();
    const find = this.db.prepare('SELECT 1 FROM ops WHERE structure_id = ? AND op_id = ?').pluck();
    for (const opId of opIds) if (find.get(this.structureId, opId)) known.add(opId);
    return known;
  }

  async liveOpsOfRecords(records: { collection: string; recordId: string }[]): Promise<OpRow[]> {
    const select = this.db.prepare('SELECT * FROM ops WHERE structure_id = ? AND collection = ? AND record_id = ? AND live ORDER BY seq');
    return records.flatMap((r) => select.all(this.structureId, r.collection, r.recordId).map(map.op));
  }

  async insertOps(rows: OpRow[]): Promise<void> {
    const insert = this.db.prepare(
      'INSERT INTO ops (structure_id, seq, op_id, client_id, collection, record_id, field, value, hlc, base, live) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const r of rows) {
      insert.run(this.structureId, r.seq, r.opId, r.clientId, r.collection, r.recordId, r.field, r.value, r.hlc, r.base, r.live ? 1 : 0);
    }
  }

  async pruneOps(opIds: string[]): Promise<void> {
    const prune = this.db.prepare('UPDATE ops SET live = 0, value = NULL WHERE structure_id = ? AND op_id = ?');
    for (const opId of opIds) prune.run(this.structureId, opId);
  }

  async opsAfter(after: number, upTo: number, exceptClientId: string, limit: number): Promise<OpRow[]> {
    return this.db
      .prepare('SELECT * FROM ops WHERE structure_id = ? AND seq > ? AND seq <= ? AND live AND client_id <> ? ORDER BY seq LIMIT ?')
      .all(this.structureId, after, upTo, exceptClientId, limit)
      .map(map.op);
  }

  async appendAudit(entries: AuditEntry[]): Promise<void> {
    const insert = this.db.prepare(
      'INSERT INTO audit_log (at, structure_id, aidant_id, device_id, action, collection, record_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const e of entries) insert.run(e.at, e.structureId, e.aidantId, e.deviceId, e.action, e.collection, e.recordId);
  }
}
