// The accounts administration on SQLite: each change in turn with the store's sync transactions.
import type Database from 'better-sqlite3';
import { auditSearch, MEMBERSHIP_ORDER, PUT_MEMBERSHIP, REFRESH_HOME } from './accounts-sql';
import { accountRowMappers as map } from './rows';
import type { InTurn } from './sqlite-login-counters';
import type { Prepare } from './sqlite-sync-tx';
import type { AccountsAdmin, AidantRow, AuditEntry, AuditFilter, DeviceRow, MembershipRow } from './store';

/** The SQLite AccountsAdmin. */
export class SqliteAccounts implements AccountsAdmin {
  constructor(
    private readonly db: Database.Database,
    private readonly sql: Prepare,
    private readonly inTurn: InTurn,
  ) {}

  listAidants(): Promise<AidantRow[]> {
    return this.inTurn(() => this.sql('SELECT * FROM aidants ORDER BY created_at, id').all().map(map.aidant));
  }

  setDisabled(aidantId: string, at: number | null): Promise<boolean> {
    return this.inTurn(() => this.sql('UPDATE aidants SET disabled_at = ? WHERE id = ?').run(at, aidantId).changes > 0);
  }

  setPassword(aidantId: string, passwordHash: string, mustChange: boolean): Promise<void> {
    const update = this.sql('UPDATE aidants SET password_hash = ?, must_change_password = ? WHERE id = ?');
    return this.inTurn(() => void update.run(passwordHash, mustChange ? 1 : 0, aidantId));
  }

  listMemberships(aidantId: string): Promise<MembershipRow[]> {
    const select = this.sql(`SELECT * FROM memberships WHERE aidant_id = ? ${MEMBERSHIP_ORDER}`);
    return this.inTurn(() => select.all(aidantId).map(map.membership));
  }

  listAllMemberships(): Promise<MembershipRow[]> {
    return this.inTurn(() => this.sql(`SELECT * FROM memberships ${MEMBERSHIP_ORDER}`).all().map(map.membership));
  }

  putMembership(row: MembershipRow): Promise<void> {
    const put = this.db.transaction(() => {
      this.sql(PUT_MEMBERSHIP).run(row.aidantId, row.structureId, row.role, row.createdAt);
      this.sql(REFRESH_HOME).run(row.aidantId);
    });
    return this.inTurn(() => put.immediate());
  }

  removeMembership(aidantId: string, structureId: string): Promise<boolean> {
    const remove = this.db.transaction(() => {
      const changes = this.sql('DELETE FROM memberships WHERE aidant_id = ? AND structure_id = ?').run(aidantId, structureId).changes;
      this.sql(REFRESH_HOME).run(aidantId);
      return changes > 0;
    });
    return this.inTurn(() => remove.immediate());
  }

  renameStructure(structureId: string, name: string): Promise<boolean> {
    return this.inTurn(() => this.sql('UPDATE structures SET name = ? WHERE id = ?').run(name, structureId).changes > 0);
  }

  getDevice(deviceId: string): Promise<DeviceRow | undefined> {
    return this.inTurn(() => {
      const row = this.sql('SELECT * FROM devices WHERE id = ?').get(deviceId);
      return row ? map.device(row) : undefined;
    });
  }

  searchAudit(filter: AuditFilter, limit: number): Promise<AuditEntry[]> {
    const { sql, values } = auditSearch(filter, limit);
    return this.inTurn(() =>
      this.db
        .prepare(sql)
        .all(...values)
        .map(map.audit),
    );
  }
}
