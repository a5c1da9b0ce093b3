// The merged state of a collection's records read from the log's live ops: each field's winning value
// (a tombstone wins, otherwise the greatest stamp) and the time of the record's last write as the endpoint
// received it.
import { parseHlc } from '../../shared/hlc';
import { wins } from '../../shared/merge';
import type { OpRow } from '../store/store';

/** One record as the log holds it now. */
export interface MergedRecord {
  id: string;
  values: Record<string, unknown>;
  /** Stamps of the winning values, by field. */
  stamps: Record<string, string>;
  /**
   * When the endpoint received the record's last write (ms, its own clock; for an op received before
   * migration 6, its stamp), or its stamp when later: a tablet's clock years behind does not age a file.
   */
  lastWriteMs: number;
}

/** The records of `rows` (live ops of one collection), by id. */
export function mergeLiveOps(rows: OpRow[]): Map<string, MergedRecord> {
  const records = new Map<string, MergedRecord>();
  for (const row of rows) {
    let record = records.get(row.recordId);
    if (!record) records.set(row.recordId, (record = { id: row.recordId, values: {}, stamps: {}, lastWriteMs: 0 }));
    const value = row.value === null ? null : JSON.parse(row.value);
    const current = record.stamps[row.field];
    if (current === undefined || wins({ value, hlc: row.hlc }, { value: record.values[row.field], hlc: current }, row.field)) {
      record.values[row.field] = value;
      record.stamps[row.field] = row.hlc;
    }
    record.lastWriteMs = Math.max(record.lastWriteMs, parseHlc(row.hlc)?.ms ?? 0, row.receivedAt ?? 0);
  }
  return records;
}
