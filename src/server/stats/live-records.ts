// A structure's merged records of one collection, read page by page from the log's live ops.
import { wins } from '../../shared/merge';
import { DELETED_FIELD } from '../../shared/schema/collections';
import type { LiveFieldRow, Store } from '../store/store';

/** Records read per page: bounded memory whatever the size of the log. */
export const RECORDS_PER_PAGE = 2000;

/** A merged record: its id, its structure and the winning value of each field read. */
export type LiveRecord = { id: string; structureId: string } & Record<string, unknown>;

/** A merged record's id and the winning value of each field read. */
export interface MergedFields {
  id: string;
  values: Record<string, unknown>;
}

/**
 * The structure's records of `collection` (erased ones left out), with the winning value of each of
 * `fields`: the live op with the greatest stamp, as src/shared/merge.ts decides (a free-text field's
 * kept conflicts are live too, and lose here).
 */
export async function* liveRecords(
  store: Store,
  structureId: string,
  collection: string,
  fields: readonly string[],
  perPage = RECORDS_PER_PAGE,
): AsyncGenerator<LiveRecord[]> {
  const wanted = fields.includes(DELETED_FIELD) ? fields : [...fields, DELETED_FIELD];
  let after = '';
  for (;;) {
    const rows = await store.liveRecordsPage(structureId, collection, wanted, after, perPage);
    if (rows.length === 0) return;
    yield mergeLiveFields(rows).map(({ id, values }): LiveRecord => ({ id, structureId, ...values }));
    after = rows[rows.length - 1]!.recordId;
  }
}

/**
 * Groups rows (record by record) into records; the winning write of each field gives its value. A
 * record whose tombstone wins is left out.
 */
export function mergeLiveFields(rows: readonly LiveFieldRow[]): MergedFields[] {
  const records: MergedFields[] = [];
  let current: { id: string; winners: Map<string, LiveFieldRow> } | undefined;
  const flush = () => {
    if (!current) return;
    const values: Record<string, unknown> = {};
    for (const [field, row] of current.winners) values[field] = row.value === null ? null : JSON.parse(row.value);
    if (values[DELETED_FIELD] !== true) records.push({ id: current.id, values });
  };
  for (const row of rows) {
    if (row.recordId !== current?.id) {
      flush();
      current = { id: row.recordId, winners: new Map() };
    }
    const best = current.winners.get(row.field);
    if (!best || wins(stamped(row), stamped(best), row.field)) current.winners.set(row.field, row);
  }
  flush();
  return records;
}

function stamped(row: LiveFieldRow) {
  return { value: row.field === DELETED_FIELD ? row.value === 'true' : null, hlc: row.hlc };
}
