// Versioned schema migrations, one list per dialect; each store applies those it has not applied yet.
import { TERRITORY_LOG_ID } from './store';

/** One migration: a version number and the statements that bring the schema to it. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const auditGuardSqlite = `
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;`;

const auditGuardPostgres = `
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'audit log is append-only'; END $$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();`;

function accountsAndLog(dialect: 'sqlite' | 'postgres'): string {
  const bool = dialect === 'sqlite' ? 'INTEGER' : 'BOOLEAN';
  const serial = dialect === 'sqlite' ? 'INTEGER PRIMARY KEY AUTOINCREMENT' : 'BIGSERIAL PRIMARY KEY';
  return `
CREATE TABLE structures (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at BIGINT NOT NULL, last_seq BIGINT NOT NULL DEFAULT 0);
CREATE TABLE aidants (id TEXT PRIMARY KEY, structure_id TEXT NOT NULL REFERENCES structures(id), email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL, role TEXT NOT NULL, password_hash TEXT NOT NULL, created_at BIGINT NOT NULL);
CREATE TABLE devices (id TEXT PRIMARY KEY, aidant_id TEXT NOT NULL REFERENCES aidants(id), structure_id TEXT NOT NULL REFERENCES structures(id),
  name TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, created_at BIGINT NOT NULL, last_seen_at BIGINT, revoked_at BIGINT);
CREATE TABLE ops (structure_id TEXT NOT NULL, seq BIGINT NOT NULL, op_id TEXT NOT NULL, client_id TEXT NOT NULL,
  collection TEXT NOT NULL, record_id TEXT NOT NULL, field TEXT NOT NULL, value TEXT, hlc TEXT NOT NULL, base TEXT,
  live ${bool} NOT NULL, PRIMARY KEY (structure_id, seq), UNIQUE (structure_id, op_id));
CREATE INDEX ops_live_record ON ops (structure_id, collection, record_id) WHERE live;
CREATE TABLE audit_log (id ${serial}, at BIGINT NOT NULL, structure_id TEXT NOT NULL, aidant_id TEXT NOT NULL,
  device_id TEXT NOT NULL, action TEXT NOT NULL, collection TEXT NOT NULL, record_id TEXT NOT NULL);
CREATE INDEX audit_log_structure ON audit_log (structure_id, id);
${dialect === 'sqlite' ? auditGuardSqlite : auditGuardPostgres}`;
}

/**
 * The statistics projection: a row per merged record of the collections statistics read (the winning
 * values of the fields they read, as one JSON document; `projected_seq` is the structure's head when
 * the row was written), and per structure the head the projection is up to date with (NULL: never built).
 */
function statsProjection(dialect: 'sqlite' | 'postgres'): string {
  return `
CREATE TABLE stats_records (structure_id TEXT NOT NULL, collection TEXT NOT NULL, record_id TEXT NOT NULL, doc TEXT NOT NULL,
  projected_seq BIGINT NOT NULL, PRIMARY KEY (structure_id, collection, record_id))${dialect === 'sqlite' ? ' WITHOUT ROWID' : ''};
ALTER TABLE structures ADD COLUMN stats_projected_seq BIGINT;`;
}

/** Why a device's token stopped working: revoked by an administrator, or ended by the tablet's own logout. */
const deviceEnd = `ALTER TABLE devices ADD COLUMN revoked_by TEXT;`;

/**
 * Login failure counters (src/server/accounts/login-guard.ts), shared by every endpoint process: a row per
 * counter key (a hash: no e-mail or address in clear), failures counted in a window that starts at the first.
 */
const loginCounters = `
CREATE TABLE login_counters (key TEXT PRIMARY KEY, window_start BIGINT NOT NULL, window_ms BIGINT NOT NULL,
  count INTEGER NOT NULL, reported_at BIGINT);
CREATE INDEX login_counters_end ON login_counters (window_start);`;

/**
 * The dataset: one row naming this database's contents (random, made here; a restore gives a new one). Sync
 * cursors carry it, so a tablet whose cursor comes from another dataset is told to send its state again.
 */
function dataset(dialect: 'sqlite' | 'postgres'): string {
  const id = dialect === 'sqlite' ? 'lower(hex(randomblob(16)))' : "replace(gen_random_uuid()::text, '-', '')";
  const now = dialect === 'sqlite' ? "CAST(strftime('%s', 'now') AS INTEGER) * 1000" : '(extract(epoch FROM now()) * 1000)::bigint';
  return `
CREATE TABLE dataset (one INTEGER PRIMARY KEY CHECK (one = 1), id TEXT NOT NULL, created_at BIGINT NOT NULL);
INSERT INTO dataset (one, id, created_at) VALUES (1, ${id}, ${now});`;
}

/**
 * When the endpoint received each op (ms, its own clock): the retention purge counts a file's age from it,
 * not from the stamps, which a tablet with a clock years behind writes years in the past. NULL for ops
 * received before this migration (their stamps stand in).
 */
const receivedAt = `ALTER TABLE ops ADD COLUMN received_at BIGINT;`;

/**
 * Several structures per account: a membership per (aidant, structure) with its role, one per existing account
 * (its structure and role); accounts deactivated by a coordinator; temporary passwords to change at next login.
 */
const memberships = `
CREATE TABLE memberships (aidant_id TEXT NOT NULL REFERENCES aidants(id), structure_id TEXT NOT NULL REFERENCES structures(id),
  role TEXT NOT NULL, created_at BIGINT NOT NULL, PRIMARY KEY (aidant_id, structure_id));
CREATE INDEX memberships_structure ON memberships (structure_id);
INSERT INTO memberships (aidant_id, structure_id, role, created_at) SELECT id, structure_id, role, created_at FROM aidants;
ALTER TABLE aidants ADD COLUMN disabled_at BIGINT;
ALTER TABLE aidants ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
CREATE INDEX audit_log_structure_at ON audit_log (structure_id, at);`;

/**
 * The territory log: local content an admin writes for every structure (src/server/sync/territory-log.ts) is
 * kept in the ops table under a reserved structure row, with its own sequence; the store hides that row.
 */
const territoryLog = `INSERT INTO structures (id, name, created_at, last_seq) VALUES ('${TERRITORY_LOG_ID}', 'Territoire', 0, 0);`;

/**
 * What an operator watches (the admin home): how many changes each device holds refused (its quarantine, as
 * it reported at its last sync), and each run of the retention purge.
 */
const operatorFigures = `
ALTER TABLE devices ADD COLUMN quarantined INTEGER NOT NULL DEFAULT 0;
CREATE TABLE purge_runs (at BIGINT NOT NULL, files INTEGER NOT NULL, cutoff TEXT NOT NULL);`;

/**
 * The statistics projection's months and parts. A session's month is the "YYYY-MM" of its date written "YYYY-MM-DD"
 * in digits, so that each month's sessions are read, and added up, apart (src/server/stats/structure-inputs.ts); the
 * rows already projected get theirs from their document. A part is one collection's records of one month ('' for
 * the records without one) of one structure: how many it holds, and the greatest sequence number one was written at
 * (it never goes down: a write raises it, a removal lowers the count), kept up to date with every write.
 */
function statsMonths(dialect: 'sqlite' | 'postgres'): string {
  const date = dialect === 'sqlite' ? "json_extract(doc, '$.date')" : "(doc::json ->> 'date')";
  const isDate = dialect === 'sqlite' ? "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'" : "~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'";
  return `
ALTER TABLE stats_records ADD COLUMN month TEXT;
UPDATE stats_records SET month = substr(${date}, 1, 7) WHERE collection = 'accompagnements' AND ${date} ${isDate};
CREATE INDEX stats_records_month ON stats_records (structure_id, collection, month, record_id);
CREATE TABLE stats_parts (structure_id TEXT NOT NULL, collection TEXT NOT NULL, month TEXT NOT NULL, records BIGINT NOT NULL,
  last_seq BIGINT NOT NULL, PRIMARY KEY (structure_id, collection, month));
INSERT INTO stats_parts (structure_id, collection, month, records, last_seq)
  SELECT structure_id, collection, coalesce(month, ''), count(*), max(projected_seq) FROM stats_records
  GROUP BY structure_id, collection, coalesce(month, '');`;
}

/**
 * On SQLite, the projection's rows are kept in month order: its key becomes (structure, collection, month, record),
 * '' for the records without a month, and a unique index finds a record by its id. Reading a month is then one walk
 * along the table, where looking up each of its records (kept in id order, so a month's lay far apart) cost four
 * times as long. PostgreSQL keeps its table: its rows are in no key's order anyway, and it reads a month through
 * stats_records_month.
 */
function statsRecordsByMonth(dialect: 'sqlite' | 'postgres'): string {
  if (dialect === 'postgres') return '';
  return `
CREATE TABLE stats_records_by_month (structure_id TEXT NOT NULL, collection TEXT NOT NULL, month TEXT NOT NULL,
  record_id TEXT NOT NULL, doc TEXT NOT NULL, projected_seq BIGINT NOT NULL,
  PRIMARY KEY (structure_id, collection, month, record_id)) WITHOUT ROWID;
INSERT INTO stats_records_by_month (structure_id, collection, month, record_id, doc, projected_seq)
  SELECT structure_id, collection, coalesce(month, ''), record_id, doc, projected_seq FROM stats_records;
DROP TABLE stats_records;
ALTER TABLE stats_records_by_month RENAME TO stats_records;
CREATE UNIQUE INDEX stats_records_record ON stats_records (structure_id, collection, record_id);`;
}

/** The migrations of a dialect, in order. */
export function migrationsFor(dialect: 'sqlite' | 'postgres'): Migration[] {
  return [
    { version: 1, name: 'accounts, sync log and audit log', sql: accountsAndLog(dialect) },
    { version: 2, name: 'statistics projection', sql: statsProjection(dialect) },
    { version: 3, name: 'why a device ended', sql: deviceEnd },
    { version: 4, name: 'login failure counters', sql: loginCounters },
    { version: 5, name: 'dataset id', sql: dataset(dialect) },
    { version: 6, name: 'when the endpoint received each op', sql: receivedAt },
    { version: 7, name: 'memberships, deactivated accounts, temporary passwords', sql: memberships },
    { version: 8, name: 'territory log for local content', sql: territoryLog },
    { version: 9, name: 'what an operator watches', sql: operatorFigures },
    { version: 10, name: 'months of the statistics projection', sql: statsMonths(dialect) },
    { version: 11, name: 'statistics projection in month order (SQLite)', sql: statsRecordsByMonth(dialect) },
  ];
}
