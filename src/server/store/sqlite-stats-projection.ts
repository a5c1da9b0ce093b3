// The statistics projection on SQLite (stats_records and structures.stats_projected_seq), and the paged
// reads of live values it is built from; statements run on the caller's connection, in its transaction.
import { DELETED_FIELD } from '../../shared/schema/collections';
import type { Prepare } from './sqlite-sync-tx';
import type { LiveFieldRow, RecordKey, StatsPartRow, StatsProjectionTx, StatsRecordRow } from './store';

const marksFor = (values: readonly unknown[]) => values.map(() => '?').join(', ');

function toLiveFieldRows(rows: unknown[][]): LiveFieldRow[] {
  return rows.map(([recordId, field, value, hlc]) => ({
    recordId: String(recordId),
    field: String(field),
    value: value as string | null,
    hlc: String(hlc),
  }));
}

/** The live values of `fields` of the `limit` records of `collection` after `afterRecordId`, whole records, in id order. */
export function readLiveRecordsPage(
  sql: Prepare,
  structureId: string,
  collection: string,
  fields: readonly string[],
  afterRecordId: string,
  limit: number,
): LiveFieldRow[] {
  // The page's last record first, then one range scan of the index up to it (IN (subquery) would rescan).
  const statement = sql(
    `SELECT record_id, field, value, hlc FROM ops WHERE structure_id = ? AND collection = ? AND live AND record_id > ?
     AND record_id <= (SELECT max(record_id) FROM (SELECT DISTINCT record_id FROM ops WHERE structure_id = ? AND collection = ? AND live
     AND record_id > ? ORDER BY record_id LIMIT ?)) AND field IN (${marksFor(fields)}) ORDER BY record_id`,
  );
  const args = [structureId, collection, afterRecordId, structureId, collection, afterRecordId, limit, ...fields];
  return toLiveFieldRows(statement.raw(true).all(...args) as unknown[][]);
}

/** The projection's records of `collection` (of `month` only, when given) after `afterRecordId`, `limit` of them, in id order. */
export function readStatsRecordsPage(
  sql: Prepare,
  structureId: string,
  collection: string,
  afterRecordId: string,
  limit: number,
  month?: string | null,
): StatsRecordRow[] {
  // The table is kept in month order ('' for no month, migration 11): a month is one range of it. All the records of a
  // collection, in id order, are read through the records' index.
  const inMonth = month === undefined ? '' : 'AND month = ?';
  const index = month === undefined ? 'INDEXED BY stats_records_record' : '';
  const rows = sql(
    `SELECT record_id, doc FROM stats_records ${index} WHERE structure_id = ? AND collection = ? ${inMonth} AND record_id > ?
     ORDER BY record_id LIMIT ?`,
  )
    .raw(true)
    .all(structureId, collection, ...(month === undefined ? [] : [month ?? '']), afterRecordId, limit) as [string, string][];
  return rows.map(([recordId, doc]) => ({ collection, recordId, doc }));
}

/** What each part (collection, month) of the structure's projection holds. */
export function readStatsParts(sql: Prepare, structureId: string): StatsPartRow[] {
  const rows = sql('SELECT collection, month, records, last_seq FROM stats_parts WHERE structure_id = ? AND records > 0')
    .raw(true)
    .all(structureId) as [string, string, number, number][];
  return rows.map(([collection, month, records, lastSeq]) => ({
    collection,
    month: month === '' ? null : month,
    records: Number(records),
    lastSeq: Number(lastSeq),
  }));
}

/** Adds `records` written at `seq` to a part (stats_parts, migrations.ts). */
const ADD_TO_PART = `INSERT INTO stats_parts (structure_id, collection, month, records, last_seq) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (structure_id, collection, month) DO UPDATE SET records = records + excluded.records,
  last_seq = max(last_seq, excluded.last_seq)`;

/** A JSON text holding a date "YYYY-MM-DD" written in digits, for GLOB. */
const QUOTED_DATE = '"[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"';

/** The StatsProjectionTx of the SQLite transaction in progress. */
export class SqliteStatsProjection implements StatsProjectionTx {
  constructor(
    private readonly sql: Prepare,
    private readonly structureId: string,
  ) {}

  async mark(): Promise<number | null> {
    const seq = this.sql('SELECT stats_projected_seq FROM structures WHERE id = ?').pluck().get(this.structureId);
    return seq === null || seq === undefined ? null : Number(seq);
  }

  async setMark(seq: number): Promise<void> {
    this.sql('UPDATE structures SET stats_projected_seq = ? WHERE id = ?').run(seq, this.structureId);
  }

  async touchedSince(collections: readonly string[], after: number, upTo: number, limit: number): Promise<(RecordKey & { seq: number })[]> {
    const rows = this.sql(
      `SELECT seq, collection, record_id FROM ops WHERE structure_id = ? AND seq > ? AND seq <= ?
       AND collection IN (${marksFor(collections)}) ORDER BY seq LIMIT ?`,
    )
      .raw(true)
      .all(this.structureId, after, upTo, ...collections, limit) as [number, string, string][];
    return rows.map(([seq, collection, recordId]) => ({ seq: Number(seq), collection, recordId }));
  }

  async liveFieldsOfRecords(collection: string, recordIds: readonly string[], fields: readonly string[]): Promise<LiveFieldRow[]> {
    // One indexed lookup per record (in-process calls are cheap): rows come record by record.
    const select = this.sql(
      `SELECT record_id, field, value, hlc FROM ops INDEXED BY ops_live_record WHERE structure_id = ? AND collection = ?
       AND record_id = ? AND live AND field IN (${marksFor(fields)})`,
    ).raw(true);
    return recordIds.flatMap((recordId) => toLiveFieldRows(select.all(this.structureId, collection, recordId, ...fields) as unknown[][]));
  }

  async liveRecordsPage(collection: string, fields: readonly string[], afterRecordId: string, limit: number): Promise<LiveFieldRow[]> {
    return readLiveRecordsPage(this.sql, this.structureId, collection, fields, afterRecordId, limit);
  }

  async removeRecords(records: readonly RecordKey[]): Promise<void> {
    const remove = this.sql(
      'DELETE FROM stats_records INDEXED BY stats_records_record WHERE structure_id = ? AND collection = ? AND record_id = ? RETURNING month',
    ).pluck();
    const removed = new Map<string, { collection: string; month: string; records: number }>();
    for (const r of records) {
      const month = remove.get(this.structureId, r.collection, r.recordId) as string | undefined;
      if (month === undefined) continue;
      const key = `${r.collection} ${month}`;
      const part = removed.get(key) ?? { collection: r.collection, month, records: 0 };
      part.records += 1;
      removed.set(key, part);
    }
    const lower = this.sql('UPDATE stats_parts SET records = records - ? WHERE structure_id = ? AND collection = ? AND month = ?');
    for (const part of removed.values()) lower.run(part.records, this.structureId, part.collection, part.month);
  }

  async removeAll(): Promise<void> {
    this.sql('DELETE FROM stats_records WHERE structure_id = ?').run(this.structureId);
    this.sql('DELETE FROM stats_parts WHERE structure_id = ?').run(this.structureId);
  }

  async projectAllRecords(collection: string, fields: readonly string[], seq: number, monthField: string | null): Promise<number> {
    // The document is written from the values' own JSON text, field by field in stamp order: were a field ever to
    // have two live ops, the later one comes last and is the one a JSON reader keeps. A live tombstone leaves the record out.
    // The month is read from the date's JSON text: "YYYY-MM-DD" in digits, quotes included.
    const { changes } = this.sql(
      `INSERT INTO stats_records (structure_id, collection, record_id, doc, projected_seq, month)
       SELECT structure_id, collection, record_id,
         '{' || group_concat(json_quote(field) || ':' || coalesce(value, 'null'), ',' ORDER BY field, hlc) || '}', ?,
         coalesce(max(CASE WHEN field = ? AND value GLOB '${QUOTED_DATE}' THEN substr(value, 2, 7) END), '')
       FROM ops WHERE structure_id = ? AND collection = ? AND live AND field IN (${marksFor(fields)})
       GROUP BY record_id HAVING sum(field = '${DELETED_FIELD}' AND value = 'true') = 0`,
    ).run(seq, monthField, this.structureId, collection, ...fields);
    const parts = this.sql(
      `SELECT month, count(*) FROM stats_records WHERE structure_id = ? AND collection = ? AND projected_seq = ? GROUP BY month`,
    )
      .raw(true)
      .all(this.structureId, collection, seq) as [string, number][];
    const add = this.sql(ADD_TO_PART);
    for (const [month, records] of parts) add.run(this.structureId, collection, month, records, seq);
    return Number(changes);
  }

  async insertRecords(rows: readonly StatsRecordRow[], seq: number): Promise<void> {
    const insert = this.sql(
      'INSERT INTO stats_records (structure_id, collection, record_id, doc, projected_seq, month) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const added = new Map<string, { collection: string; month: string; records: number }>();
    for (const r of rows) {
      insert.run(this.structureId, r.collection, r.recordId, r.doc, seq, r.month ?? '');
      const key = `${r.collection} ${r.month ?? ''}`;
      const part = added.get(key) ?? { collection: r.collection, month: r.month ?? '', records: 0 };
      part.records += 1;
      added.set(key, part);
    }
    const add = this.sql(ADD_TO_PART);
    for (const part of added.values()) add.run(this.structureId, part.collection, part.month, part.records, seq);
  }
}
