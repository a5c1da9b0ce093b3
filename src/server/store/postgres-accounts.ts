// The accounts administration on PostgreSQL: a membership change and its account's refresh in one transaction.
import type pg from 'pg';
import { auditSearch, MEMBERSHIP_ORDER, numbered, PUT_MEMBERSHIP, REFRESH_HOME } from './accounts-sql';
import { accountRowMappers as map } from './rows';
import type { AccountsAdmin, AidantRow, AuditEntry, AuditFilter, DeviceRow, MembershipRow } from './store';

/** The PostgreSQL AccountsAdmin. */
export class PostgresAccounts implements AccountsAdmin {
  constructor(private readonly pool: pg.Pool) {}

  private async rows(sql: string, values: unknown[] = []): Promise<Record<string, unknown>[]> {
    return (await this.pool.query(numbered(sql), values)).rows;
  }

  /** Runs `work` in one transaction on one pooled connection. */
  private async inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
      throw error;
    } finally {
      client.release(broken);
    }
  }

  async listAidants(): Promise<AidantRow[]> {
    return (await this.rows('SELECT * FROM aidants ORDER BY created_at, id')).map(map.aidant);
  }

  async setDisabled(aidantId: string, at: number | null): Promise<boolean> {
    const result = await this.pool.query('UPDATE aidants SET disabled_at = $1 WHERE id = $2', [at, aidantId]);
    return (result.rowCount ?? 0) > 0;
  }

  async setPassword(aidantId: string, passwordHash: string, mustChange: boolean): Promise<void> {
    await this.pool.query('UPDATE aidants SET password_hash = $1, must_change_password = $2 WHERE id = $3', [
      passwordHash,
      mustChange ? 1 : 0,
      aidantId,
    ]);
  }

  async listMemberships(aidantId: string): Promise<MembershipRow[]> {
    return (await this.rows(`SELECT * FROM memberships WHERE aidant_id = ? ${MEMBERSHIP_ORDER}`, [aidantId])).map(map.membership);
  }

  async listAllMemberships(): Promise<MembershipRow[]> {
    return (await this.rows(`SELECT * FROM memberships ${MEMBERSHIP_ORDER}`)).map(map.membership);
  }

  putMembership(row: MembershipRow): Promise<void> {
    return this.inTransaction(async (client) => {
      await client.query(numbered(PUT_MEMBERSHIP), [row.aidantId, row.structureId, row.role, row.createdAt]);
      await client.query(numbered(REFRESH_HOME), [row.aidantId]);
    });
  }

  removeMembership(aidantId: string, structureId: string): Promise<boolean> {
    return this.inTransaction(async (client) => {
      const removed = await client.query('DELETE FROM memberships WHERE aidant_id = $1 AND structure_id = $2', [aidantId, structureId]);
      await client.query(numbered(REFRESH_HOME), [aidantId]);
      return (removed.rowCount ?? 0) > 0;
    });
  }

  async renameStructure(structureId: string, name: string): Promise<boolean> {
    const result = await this.pool.query('UPDATE structures SET name = $1 WHERE id = $2', [name, structureId]);
    return (result.rowCount ?? 0) > 0;
  }

  async getDevice(deviceId: string): Promise<DeviceRow | undefined> {
    const [row] = await this.rows('SELECT * FROM devices WHERE id = ?', [deviceId]);
    return row ? map.device(row) : undefined;
  }

  async searchAudit(filter: AuditFilter, limit: number): Promise<AuditEntry[]> {
    const { sql, values } = auditSearch(filter, limit);
    return (await this.rows(sql, values)).map(map.audit);
  }
}
