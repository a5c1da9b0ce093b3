// The endpoint's storage, behind one interface: SQLite (sqlite.ts) by default, PostgreSQL (postgres.ts).
import type { Role } from '../../shared/schema/auth';

/**
 * The reserved structure row whose log holds the territory's local content (migration 8): never listed, never
 * found by getStructure, no membership; synced through src/server/sync/territory-log.ts only.
 */
export const TERRITORY_LOG_ID = '_territoire';

export interface StructureRow {
  id: string;
  name: string;
  createdAt: number;
}

/**
 * An account. `structureId` and `role` are its first membership's (the structure a login starts in); the
 * memberships (MembershipRow) say where else it works and with which role.
 */
export interface AidantRow {
  id: string;
  structureId: string;
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
  createdAt: number;
  /** When a coordinator deactivated the account (every token refused); null while active. */
  disabledAt: number | null;
  /** The password is temporary (new account, reset): it must be changed before anything else. */
  mustChangePassword: boolean;
}

/** An account's membership of one structure, with its role there. */
export interface MembershipRow {
  aidantId: string;
  structureId: string;
  role: Role;
  createdAt: number;
}

/** What GET /api/v1/admin/audit asks of the log: structures, and optional filters (`from` and `to` in ms, both included). */
export interface AuditFilter {
  structureIds: readonly string[];
  recordId?: string | undefined;
  aidantId?: string | undefined;
  from?: number | undefined;
  to?: number | undefined;
}

/** Accounts as administrators manage them: memberships, deactivation, passwords, structures' names. */
export interface AccountsAdmin {
  /** Every account, oldest first. */
  listAidants(): Promise<AidantRow[]>;
  /** Deactivates (`at`) or reactivates (null) an account; false when there is no such account. */
  setDisabled(aidantId: string, at: number | null): Promise<boolean>;
  /** Sets a new password hash; `mustChange` when it is temporary. */
  setPassword(aidantId: string, passwordHash: string, mustChange: boolean): Promise<void>;
  /** An account's memberships, first first (oldest, then by structure id). */
  listMemberships(aidantId: string): Promise<MembershipRow[]>;
  /** Every membership of every account, in the same order. */
  listAllMemberships(): Promise<MembershipRow[]>;
  /**
   * Adds a membership, or changes its role when it exists; then the account's structure and role are those
   * of its first membership.
   */
  putMembership(row: MembershipRow): Promise<void>;
  /** Removes a membership (then as putMembership); false when there was none. */
  removeMembership(aidantId: string, structureId: string): Promise<boolean>;
  renameStructure(structureId: string, name: string): Promise<boolean>;
  getDevice(deviceId: string): Promise<DeviceRow | undefined>;
  /** Audit entries matching `filter`, newest first, at most `limit`. */
  searchAudit(filter: AuditFilter, limit: number): Promise<AuditEntry[]>;
}

export interface DeviceRow {
  id: string;
  aidantId: string;
  structureId: string;
  name: string;
  tokenHash: string;
  createdAt: number;
  lastSeenAt: number | null;
  revokedAt: number | null;
  /** Who ended the device, with `revokedAt`: an administrator (`npm run admin -- revoke-device`) or its own logout. */
  revokedBy: DeviceEnd | null;
  /** How many changes the device holds refused by the endpoint, as it said at its last sync (0 before migration 9). */
  quarantined?: number;
}

/** One run of the retention purge: when, how many files it erased, and the day before which contact was too old. */
export interface PurgeRun {
  at: number;
  files: number;
  cutoff: string;
}

/** Who ended a device's token. */
export type DeviceEnd = 'admin' | 'logout';

/** One op as the log keeps it. `live` ops are the merged state: field winners and kept conflicts. */
export interface OpRow {
  seq: number;
  opId: string;
  clientId: string;
  collection: string;
  recordId: string;
  field: string;
  /** JSON text of the value; null once pruned or erased. */
  value: string | null;
  hlc: string;
  base: string | null;
  live: boolean;
  /** When the endpoint received the op (ms, its clock); null for ops received before migration 6. */
  receivedAt?: number | null;
}

/** Identifies one field of one record. */
export interface FieldKey {
  collection: string;
  recordId: string;
  field: string;
}

export interface AuditEntry {
  at: number;
  structureId: string;
  aidantId: string;
  deviceId: string;
  /** `login_blocked`: the account reached its daily cap of failed logins (aidantId and recordId: the account; no device). */
  action: 'read' | 'write' | 'erase' | 'purge' | 'export' | 'login_blocked';
  collection: string;
  recordId: string;
}

/** One live value of one field of a record, as statistics read the merged state (JSON `value`). */
export interface LiveFieldRow {
  recordId: string;
  field: string;
  value: string | null;
  hlc: string;
}

/** One record of the statistics projection: the merged values of the fields statistics read, as JSON. */
export interface StatsRecordRow {
  collection: string;
  recordId: string;
  /** JSON object: the winning value of each field read (the record's id and structure left out). */
  doc: string;
  /**
   * The month "YYYY-MM" of a session dated "YYYY-MM-DD" (digits), null for any other record: the statistics
   * add a whole month's sessions up once (src/server/stats/structure-inputs.ts). Given on writes.
   */
  month?: string | null;
}

/**
 * What a part of one structure's projection holds now: the records of one collection in one month (null: the
 * records without a month), how many, and the greatest sequence number one of them was written at. A write
 * into the part raises `lastSeq` (written at a newer head); a removal alone lowers `records`.
 */
export interface StatsPartRow {
  collection: string;
  month: string | null;
  records: number;
  lastSeq: number;
}

/** Identifies one record of one collection. */
export interface RecordKey {
  collection: string;
  recordId: string;
}

/**
 * The statistics projection of one structure (src/server/stats/stats-projection.ts), inside its sync
 * transaction: a row per merged record of the collections statistics read, and the sequence number of
 * the log it is up to date with.
 */
export interface StatsProjectionTx {
  /** The sequence number the projection is up to date with; null before it was ever built. */
  mark(): Promise<number | null>;
  setMark(seq: number): Promise<void>;
  /** The records of `collections` that ops after `after` up to `upTo` wrote: the first `limit` such ops, in sequence order. */
  touchedSince(collections: readonly string[], after: number, upTo: number, limit: number): Promise<(RecordKey & { seq: number })[]>;
  /** The live values of `fields` of the given records of `collection`, record by record (a record's rows together). */
  liveFieldsOfRecords(collection: string, recordIds: readonly string[], fields: readonly string[]): Promise<LiveFieldRow[]>;
  /** As Store.liveRecordsPage, inside the transaction. */
  liveRecordsPage(collection: string, fields: readonly string[], afterRecordId: string, limit: number): Promise<LiveFieldRow[]>;
  /** Removes the given records from the projection. */
  removeRecords(records: readonly RecordKey[]): Promise<void>;
  /** Removes every record of the structure from the projection. */
  removeAll(): Promise<void>;
  /** Writes records absent from the projection, marked as written at `seq`. */
  insertRecords(rows: readonly StatsRecordRow[], seq: number): Promise<void>;
  /**
   * Writes, in one statement, every record of `collection` absent from the projection (erased ones left out) with
   * its live values of `fields`, marked as written at `seq`; returns how many. Only for fields that keep no
   * conflicts, whose live op is their winner (src/server/sync/apply-ops.ts prunes the others). `monthField`: the
   * field whose "YYYY-MM-DD" value gives the record's month (StatsRecordRow.month), null for none.
   */
  projectAllRecords(collection: string, fields: readonly string[], seq: number, monthField: string | null): Promise<number>;
}

/** What the sync service may do inside one transaction, on one structure's log. */
export interface SyncTx {
  /** The structure's statistics projection, in the same transaction. */
  readonly statsProjection: StatsProjectionTx;
  /**
   * Waits for, then holds until commit, the structure's write lock. A push takes it before reading
   * anything, so that it merges against the state left by the push before it (not a stale copy).
   */
  lockLog(): Promise<void>;
  /** Takes `count` sequence numbers for the structure; returns the first. Serialises pushes. */
  reserveSeqs(count: number): Promise<number>;
  /** The last sequence number committed for the structure. */
  head(): Promise<number>;
  /** The op ids among `opIds` the log already holds. */
  knownOpIds(opIds: string[]): Promise<Set<string>>;
  /** The live ops of the given records (all their fields). */
  liveOpsOfRecords(records: { collection: string; recordId: string }[]): Promise<OpRow[]>;
  /** Every live op of one collection of the structure (the merged state of all its records), in sequence order. */
  liveOpsOfCollection(collection: string): Promise<OpRow[]>;
  insertOps(rows: OpRow[]): Promise<void>;
  /** Marks ops as no longer live and forgets their values. */
  pruneOps(opIds: string[]): Promise<void>;
  /** Ops after `after` up to `upTo`, live, not written by `exceptClientId`, in sequence order. */
  opsAfter(after: number, upTo: number, exceptClientId: string, limit: number): Promise<OpRow[]>;
  appendAudit(entries: AuditEntry[]): Promise<void>;
}

/** One login failure counter: failures counted in a window that starts at the first one. */
export interface LoginCounter {
  key: string;
  count: number;
  windowStart: number;
  windowMs: number;
}

/** Login failure counters (src/server/accounts/login-guard.ts), in the database so that every endpoint process shares them. */
export interface LoginCounters {
  /**
   * Adds one to each counter, atomically (a counter whose window has ended starts again at 1 from `now`, not
   * reported); returns their new state. Concurrent calls never lose a count.
   */
  add(counters: { key: string; windowMs: number }[], now: number): Promise<LoginCounter[]>;
  /** Takes one back from each counter (an attempt refused before any check, or that turned out right); never below 0. */
  takeBack(keys: string[]): Promise<void>;
  /** Forgets counters (a success from that address). */
  clear(keys: string[]): Promise<void>;
  /** Marks a counter as reported; true only for the first caller in its window. */
  markReported(key: string, at: number): Promise<boolean>;
  /** Forgets the counters whose window ended before `now`. */
  prune(now: number): Promise<void>;
}

/** The endpoint's storage. */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** The database's dataset id (migration 5), read once: it changes only when the database is restored, server stopped. */
  dataset(): Promise<string>;
  /**
   * After an erasure or a purge, leaves the erased values nowhere on disk: SQLite (secure_delete on) copies
   * its WAL, which still holds the pages as they were, into the zeroed file and truncates it.
   */
  scrubErased(): Promise<void>;
  /** Gives the database a new dataset id (a restore: cursors of the old contents must no longer be taken); returns it. */
  renewDataset(): Promise<string>;

  createStructure(row: StructureRow): Promise<void>;
  getStructure(id: string): Promise<StructureRow | undefined>;
  listStructures(): Promise<StructureRow[]>;
  /** Creates an account and its first membership (its structure, its role), together. */
  createAidant(row: AidantRow): Promise<void>;
  /** Memberships, deactivation, passwords and structures' names, for the administration. */
  readonly accounts: AccountsAdmin;
  findAidantByEmail(email: string): Promise<AidantRow | undefined>;
  getAidant(id: string): Promise<AidantRow | undefined>;
  /** Replaces an aidant's password hash (a rehash at higher cost after a login, a new password). */
  updatePasswordHash(aidantId: string, passwordHash: string): Promise<void>;
  /** Login failure counters, shared by the endpoint processes on this database. */
  readonly loginCounters: LoginCounters;
  createDevice(row: DeviceRow): Promise<void>;
  findDeviceByTokenHash(tokenHash: string): Promise<DeviceRow | undefined>;
  listDevices(structureId?: string): Promise<DeviceRow[]>;
  /** Ends a device's token (the first end is kept); false when there is no such device. */
  revokeDevice(id: string, at: number, by: DeviceEnd): Promise<boolean>;
  touchDevice(id: string, at: number): Promise<void>;
  /** Keeps how many changes the device holds refused (its quarantine), as it reported at a sync. */
  reportQuarantine(id: string, count: number): Promise<void>;
  /** Keeps a run of the retention purge (not a dry run). */
  recordPurgeRun(run: PurgeRun): Promise<void>;
  /** The last run of the retention purge, if it ever ran. */
  lastPurgeRun(): Promise<PurgeRun | undefined>;

  /**
   * Runs `work` on the log of one structure. Its writes form one transaction, opened at the latest by
   * `lockLog` (which every writer calls first); reads before it see committed data.
   */
  syncTransaction<T>(structureId: string, work: (tx: SyncTx) => Promise<T>): Promise<T>;
  /** Appends entries to the audit log outside a sync (a blocked login). */
  appendAudit(entries: AuditEntry[]): Promise<void>;
  /** The audit log of one structure, oldest first (append-only: there is no update or delete). */
  listAudit(structureId: string): Promise<AuditEntry[]>;
  /**
   * The live values of `fields` of one structure's records of `collection`: the `limit` records
   * after `afterRecordId` in id order ('' for the first page), whole records only, in id order.
   * Committed data only; a structure at a time (statistics of the territory go structure by structure).
   */
  liveRecordsPage(
    structureId: string,
    collection: string,
    fields: readonly string[],
    afterRecordId: string,
    limit: number,
  ): Promise<LiveFieldRow[]>;
  /**
   * One structure's records of `collection` in the statistics projection: the `limit` records after
   * `afterRecordId` in id order ('' for the first page); with `month`, only that month's (null: those without
   * one). Committed data only.
   */
  statsRecordsPage(
    structureId: string,
    collection: string,
    afterRecordId: string,
    limit: number,
    month?: string | null,
  ): Promise<StatsRecordRow[]>;
  /** What each part (collection, month) of one structure's statistics projection holds now. Committed data only. */
  statsParts(structureId: string): Promise<StatsPartRow[]>;
}
