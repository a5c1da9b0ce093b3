// The statistics projection on SQLite (stats_records and structures.stats_projected_seq), and the paged
// reads of live values it is built from; statements run on the caller's connection, in its transaction.
import { DELETED_FIELD } from '../../shared/schema/collections';
import type { Prepare } from './sqlite-sync-tx';
import type { LiveFieldRow, RecordKey, StatsProjectionTx, StatsRecordRow } from './store';

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

/** The projection's records of `collection` after `afterRecordId`, `limit` of them, in id order. */
export function readStatsRecordsPage(
  sql: Prepare,
  structureId: string,
  collection: string,
  afterRecordId: string,
  limit: number,
): StatsRecordRow[] {
  const rows = sql(
    'SELECT record_id, doc FROM stats_records WHERE structure_id = ? AND collection = ? AND record_id > ? ORDER BY record_id LIMIT ?',
  )
    .raw(true)
    .all(structureId, collection, afterRecordId, limit) as [string, string][];
  return rows.map(([recordId, doc]) => ({ collection, recordId, doc }));
}

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
    const remove = this.sql('DELETE FROM stats_records WHERE structure_id = ? AND collection = ? AND record_id = ?');
    for (const r of records) remove.run(this.structureId, r.collection, r.recordId);
  }

  async removeAll(): Promise<void> {
    this.sql('DELETE FROM stats_records WHERE structure_id = ?').run(this.structureId);
  }

  async projectAllRecords(collection: string, fields: readonly string[], seq: number): Promise<number> {
    // The document is written from the values' own JSON text, field by field in stamp order: were a field ever to
    // have two live ops, the later one comes last and is the one a JSON reader keeps. A live tombstone leaves the record out.
    const { changes } = this.sql(
      `INSERT INTO stats_records (structure_id, collection, record_id, doc, projected_seq)
       SELECT structure_id, collection, record_id,
         '{' || group_concat(json_quote(field) || ':' || coalesce(value, 'null'), ',' ORDER BY field, hlc) || '}', ?
       FROM ops WHERE structure_id = ? AND collection = ? AND live AND field IN (${marksFor(fields)})
       GROUP BY record_id HAVING sum(field = '${DELETED_FIELD}' AND value = 'true') = 0`,
    ).run(seq, this.structureId, collection, ...fields);
    return Number(changes);
  }

  async insertRecords(rows: readonly StatsRecordRow[], seq: number): Promise<void> {
    const insert = this.sql('INSERT INTO stats_records (structure_id, collection, record_id, doc, projected_seq) VALUES (?, ?, ?, ?, ?)');
    for (const r of rows) insert.run(this.structureId, r.collection, r.recordId, r.doc, seq);
  }
}
