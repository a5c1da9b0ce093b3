// Maps database rows (snake_case columns) to the store's row types; shared by both dialects.
import type { Role } from '../../shared/schema/auth';
import type { AidantRow, AuditEntry, DeviceRow, MembershipRow, OpRow, StructureRow } from './store';

type Row = Record<string, unknown>;
const num = (v: unknown): number => Number(v);
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Row mappers, one per table. */
export const accountRowMappers = {
  structure: (r: unknown): StructureRow => {
    const row = r as Row;
    return { id: String(row.id), name: String(row.name), createdAt: num(row.created_at) };
  },
  aidant: (r: unknown): AidantRow => {
    const row = r as Row;
    return {
      id: String(row.id),
      structureId: String(row.structure_id),
      email: String(row.email),
      name: String(row.name),
      role: row.role as Role,
      passwordHash: String(row.password_hash),
      createdAt: num(row.created_at),
      disabledAt: numOrNull(row.disabled_at),
      mustChangePassword: Number(row.must_change_password ?? 0) === 1,
    };
  },
  membership: (r: unknown): MembershipRow => {
    const row = r as Row;
    return {
      aidantId: String(row.aidant_id),
      structureId: String(row.structure_id),
      role: row.role as Role,
      createdAt: num(row.created_at),
    };
  },
  device: (r: unknown): DeviceRow => {
    const row = r as Row;
    return {
      id: String(row.id),
      aidantId: String(row.aidant_id),
      structureId: String(row.structure_id),
      name: String(row.name),
      tokenHash: String(row.token_hash),
      createdAt: num(row.created_at),
      lastSeenAt: numOrNull(row.last_seen_at),
      revokedAt: numOrNull(row.revoked_at),
      // A device revoked before migration 3 was revoked by an administrator: logout did not end tokens then.
      revokedBy: numOrNull(row.revoked_at) === null ? null : row.revoked_by === 'logout' ? 'logout' : 'admin',
      quarantined: row.quarantined === undefined || row.quarantined === null ? 0 : num(row.quarantined),
    };
  },
  op: (r: unknown): OpRow => {
    const row = r as Row;
    return {
      seq: num(row.seq),
      opId: String(row.op_id),
      clientId: String(row.client_id),
      collection: String(row.collection),
      recordId: String(row.record_id),
      field: String(row.field),
      value: row.value === null ? null : String(row.value),
      hlc: String(row.hlc),
      base: row.base === null ? null : String(row.base),
      live: Boolean(row.live),
      receivedAt: numOrNull(row.received_at),
    };
  },
  audit: (r: unknown): AuditEntry => {
    const row = r as Row;
    return {
      at: num(row.at),
      structureId: String(row.structure_id),
      aidantId: String(row.aidant_id),
      deviceId: String(row.device_id),
      action: row.action as AuditEntry['action'],
      collection: String(row.collection),
      recordId: String(row.record_id),
    };
  },
};
