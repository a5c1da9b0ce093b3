// SQL of the accounts administration shared by both dialects (placeholders written `?`, numbered for PostgreSQL).
import type { AuditFilter } from './store';

/** Sets an account's structure and role to those of its first membership (kept when it has none left). */
export const REFRESH_HOME = `UPDATE aidants SET
  structure_id = COALESCE((SELECT structure_id FROM memberships WHERE aidant_id = aidants.id ORDER BY created_at, structure_id LIMIT 1), structure_id),
  role = COALESCE((SELECT role FROM memberships WHERE aidant_id = aidants.id ORDER BY created_at, structure_id LIMIT 1), role)
  WHERE id = ?`;

export const PUT_MEMBERSHIP = `INSERT INTO memberships (aidant_id, structure_id, role, created_at) VALUES (?, ?, ?, ?)
  ON CONFLICT (aidant_id, structure_id) DO UPDATE SET role = excluded.role`;

export const INSERT_AIDANT = `INSERT INTO aidants (id, structure_id, email, name, role, password_hash, created_at, disabled_at, must_change_password)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`;

export const MEMBERSHIP_ORDER = 'ORDER BY created_at, structure_id';

/** The audit search of `filter` as SQL with `?` placeholders and its values. */
export function auditSearch(filter: AuditFilter, limit: number): { sql: string; values: unknown[] } {
  const where = [`structure_id IN (${filter.structureIds.map(() => '?').join(', ') || 'NULL'})`];
  const values: unknown[] = [...filter.structureIds];
  const add = (clause: string, value: unknown) => (where.push(clause), values.push(value));
  if (filter.recordId !== undefined) add('record_id = ?', filter.recordId);
  if (filter.aidantId !== undefined) add('aidant_id = ?', filter.aidantId);
  if (filter.from !== undefined) add('at >= ?', filter.from);
  if (filter.to !== undefined) add('at <= ?', filter.to);
  values.push(limit);
  return { sql: `SELECT * FROM audit_log WHERE ${where.join(' AND ')} ORDER BY at DESC, id DESC LIMIT ?`, values };
}

/** `?` placeholders numbered `$1, $2…` for PostgreSQL. */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
