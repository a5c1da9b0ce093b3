// The statistics projection on PostgreSQL (stats_records and structures.stats_projected_seq), and the paged
// reads of live values it is built from; each step is one statement over arrays, on the caller's connection.
import type pg from 'pg';
import { DELETED_FIELD } from '../../shared/schema/collections';
import type { LiveFieldRow, RecordKey, StatsPartRow, StatsProjectionTx, StatsRecordRow } from './store';

/** Runs one statement: on the pool (committed data) or on a transaction's connection. */
export type Query = (text: string, values: unknown[]) => Promise<pg.QueryResult>;

const toLiveFieldRow = (row: Record<string, unknown>): LiveFieldRow => ({
  recordId: String(row.record_id),
  field: String(row.field),
  value: row.value as string | null,
  hlc: String(row.hlc),
});

/** The live values of `fields` of the `limit` records of `collection` after `afterRecordId`, whole records, in id order. */
export async function readLiveRecordsPage(
  query: Query,
  structureId: string,
  collection: string,
  fields: readonly string[],
  afterRecordId: string,
  limit: number,
): Promise<LiveFieldRow[]> {
  const { rows } = await query(
    `SELECT record_id, field, value, hlc FROM ops WHERE structure_id = $1 AND collection = $2 AND live AND record_id > $4
     AND record_id <= (SELECT max(record_id) FROM (SELECT DISTINCT record_id FROM ops WHERE structure_id = $1 AND collection = $2 AND live
     AND record_id > $4 ORDER BY record_id LIMIT $5) AS page) AND field = ANY($3) ORDER BY record_id`,
    [structureId, collection, fields, afterRecordId, limit],
  );
  return rows.map(toLiveFieldRow);
}

/** The projection's records of `collection` (of `month` only, when given) after `afterRecordId`, `limit` of them, in id order. */
export async function readStatsRecordsPage(
  query: Query,
  structureId: string,
  collection: string,
  afterRecordId: string,
  limit: number,
  month?: string | null,
): Promise<StatsRecordRow[]> {
  const inMonth = month === undefined ? '' : month === null ? 'AND month IS NULL' : 'AND month = $5';
  const { rows } = await query(
    `SELECT record_id, doc FROM stats_records WHERE structure_id = $1 AND collection = $2 ${inMonth} AND record_id > $3
     ORDER BY record_id LIMIT $4`,
    [structureId, collection, afterRecordId, limit, ...(typeof month === 'string' ? [month] : [])],
  );
  return rows.map((row) => ({ collection, recordId: String(row.record_id), doc: String(row.doc) }));
}

/** What each part (collection, month) of the structure's projection holds. */
export async function readStatsParts(query: Query, structureId: string): Promise<StatsPartRow[]> {
  const { rows } = await query('SELECT collection, month, records, last_seq FROM stats_parts WHERE structure_id = $1 AND records > 0', [
    structureId,
  ]);
  return rows.map((row) => ({
    collection: String(row.collection),
    month: row.month === '' ? null : String(row.month),
    records: Number(row.records),
    lastSeq: Number(row.last_seq),
  }));
}

/**
 * Adds to the parts (stats_parts, migrations.ts) the records `counted` (a query of collection, month, records)
 * written at `seq` ($1 the structure; `seq`: the sequence number's parameter, $2 unless told).
 */
const addToParts = (counted: string, seq = '$2') => `INSERT INTO stats_parts (structure_id, collection, month, records, last_seq)
  SELECT $1, collection, month, records, ${seq}::bigint FROM (${counted}) AS counted
  ON CONFLICT (structure_id, collection, month) DO UPDATE SET records = stats_parts.records + excluded.records,
  last_seq = GREATEST(stats_parts.last_seq, excluded.last_seq)`;

/** A JSON text holding a date "YYYY-MM-DD" written in digits. */
const QUOTED_DATE = '^"[0-9]{4}-[0-9]{2}-[0-9]{2}"$';

/** Memory for the sort of a first build (a structure of 20,000 sessions sorts about 30 MB of ops). */
const BUILD_WORK_MEM = '64MB';

/** The StatsProjectionTx of a PostgreSQL sync transaction. */
export class PostgresStatsProjection implements StatsProjectionTx {
  constructor(
    private readonly query: Query,
    private readonly structureId: string,
  ) {}

  async mark(): Promise<number | null> {
    const { rows } = await this.query('SELECT stats_projected_seq FROM structures WHERE id = $1', [this.structureId]);
    const seq = rows[0]?.stats_projected_seq;
    return seq === null || seq === undefined ? null : Number(seq);
  }

  async setMark(seq: number): Promise<void> {
    await this.query('UPDATE structures SET stats_projected_seq = $1 WHERE id = $2', [seq, this.structureId]);
  }

  async touchedSince(collections: readonly string[], after: number, upTo: number, limit: number): Promise<(RecordKey & { seq: number })[]> {
    const { rows } = await this.query(
      `SELECT seq, collection, record_id FROM ops WHERE structure_id = $1 AND seq > $2 AND seq <= $3 AND collection = ANY($4)
       ORDER BY seq LIMIT $5`,
      [this.structureId, after, upTo, collections, limit],
    );
    return rows.map((row) => ({ seq: Number(row.seq), collection: String(row.collection), recordId: String(row.record_id) }));
  }

  async liveFieldsOfRecords(collection: string, recordIds: readonly string[], fields: readonly string[]): Promise<LiveFieldRow[]> {
    if (recordIds.length === 0) return [];
    const { rows } = await this.query(
      `SELECT record_id, field, value, hlc FROM ops WHERE structure_id = $1 AND collection = $2 AND record_id = ANY($3::text[])
       AND live AND field = ANY($4::text[]) ORDER BY record_id`,
      [this.structureId, collection, recordIds, fields],
    );
    return rows.map(toLiveFieldRow);
  }

  async liveRecordsPage(collection: string, fields: readonly string[], afterRecordId: string, limit: number): Promise<LiveFieldRow[]> {
    return readLiveRecordsPage(this.query, this.structureId, collection, fields, afterRecordId, limit);
  }

  async removeRecords(records: readonly RecordKey[]): Promise<void> {
    if (records.length === 0) return;
    await this.query(
      `WITH removed AS (DELETE FROM stats_records s USING unnest($2::text[], $3::text[]) AS r(collection, record_id)
         WHERE s.structure_id = $1 AND s.collection = r.collection AND s.record_id = r.record_id
         RETURNING s.collection, coalesce(s.month, '') AS month)
       UPDATE stats_parts p SET records = p.records - counted.records
       FROM (SELECT collection, month, count(*) AS records FROM removed GROUP BY collection, month) AS counted
       WHERE p.structure_id = $1 AND p.collection = counted.collection AND p.month = counted.month`,
      [this.structureId, records.map((r) => r.collection), records.map((r) => r.recordId)],
    );
  }

  async removeAll(): Promise<void> {
    await this.query('DELETE FROM stats_records WHERE structure_id = $1', [this.structureId]);
    await this.query('DELETE FROM stats_parts WHERE structure_id = $1', [this.structureId]);
  }

  async projectAllRecords(collection: string, fields: readonly string[], seq: number, monthField: string | null): Promise<number> {
    // As on SQLite (sqlite-stats-projection.ts): the values' own JSON text in stamp order (were a field ever to have two live ops,
    // the later one is read last and wins); a live tombstone leaves the record out; the month from the date's JSON text. The field
    // names are those of statsFields (field = ANY($3)): plain identifiers, quoted as they are. Stamps are ASCII, compared byte by
    // byte. The structure's ops are sorted once, by record then stamp: in memory rather than on disk, for this transaction only,
    // and by the ids' bytes (grouping only needs equal ids together; the database's collation made that sort 10–15 % slower).
    // Each record's values then reach string_agg in that order: PostgreSQL 15 sorts again each record's few ops for an
    // `ORDER BY` inside the aggregate, which cost a tenth of the build (BENCHMARKS.md; no join reorders the sorted rows here,
    // and tests/server/stats-projection-build.test.ts checks that the later op wins). The parts are counted from the rows the
    // statement wrote, not read again.
    await this.query(`SET LOCAL work_mem = '${BUILD_WORK_MEM}'`, []);
    const { rows } = await this.query(
      `WITH written AS (
         INSERT INTO stats_records (structure_id, collection, record_id, doc, projected_seq, month)
         SELECT $1, $2, record_id, '{' || string_agg('"' || field || '":' || coalesce(value, 'null'), ',') || '}', $4,
           max(CASE WHEN field = $5 AND value ~ '${QUOTED_DATE}' THEN substr(value, 2, 7) END)
         FROM (SELECT record_id COLLATE "C" AS record_id, field, value FROM ops
               WHERE structure_id = $1 AND collection = $2 AND live AND field = ANY($3)
               ORDER BY record_id COLLATE "C", hlc COLLATE "C") AS live_ops
         GROUP BY record_id HAVING count(*) FILTER (WHERE field = '${DELETED_FIELD}' AND value = 'true') = 0
         RETURNING month),
       parts AS (${addToParts(`SELECT $2 AS collection, coalesce(month, '') AS month, count(*) AS records FROM written GROUP BY month`, '$4')})
       SELECT count(*) AS records FROM written`,
      [this.structureId, collection, fields, seq, monthField],
    );
    return Number(rows[0]?.records ?? 0);
  }

  async insertRecords(rows: readonly StatsRecordRow[], seq: number): Promise<void> {
    if (rows.length === 0) return;
    await this.query(
      `INSERT INTO stats_records (structure_id, collection, record_id, doc, projected_seq, month)
       SELECT $1, collection, record_id, doc, $5, month
       FROM unnest($2::text[], $3::text[], $4::text[], $6::text[]) AS r(collection, record_id, doc, month)`,
      [
        this.structureId,
        rows.map((r) => r.collection),
        rows.map((r) => r.recordId),
        rows.map((r) => r.doc),
        seq,
        rows.map((r) => r.month ?? null),
      ],
    );
    await this.query(
      addToParts(`SELECT collection, coalesce(month, '') AS month, count(*) AS records
        FROM unnest($3::text[], $4::text[]) AS r(collection, month) GROUP BY collection, month`),
      [this.structureId, seq, rows.map((r) => r.collection), rows.map((r) => r.month ?? null)],
    );
  }
}
