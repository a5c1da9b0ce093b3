// The statistics projection: one row per merged record of the collections statistics read, holding only
// the fields they read. Every change of the merged state comes with new ops of higher sequence number in
// the structure's log, so before a computation the projection is brought up to the log's head by
// re-merging the records that ops written since its mark touched. Erased records also leave it at once,
// in the push that erases them (src/server/sync/apply-ops.ts): their values must not outlive the log's.
import { fieldSpec } from '../../shared/schema/collections';
import { statsFields } from '../../shared/stats/inputs';
import type { LiveFieldRow, StatsProjectionTx, Store, SyncTx } from '../store/store';
import { mergeLiveFields, RECORDS_PER_PAGE, type LiveRecord } from './live-records';
import { forEachStructure } from './structures-at-once';

type StatsCollection = keyof typeof statsFields;

/** The collections the projection holds. */
export const STATS_COLLECTIONS = Object.keys(statsFields) as StatsCollection[];

/** The field whose date gives a record its month in the projection (StatsRecordRow.month): a session's date. */
const MONTH_FIELD: Partial<Record<StatsCollection, string>> = { accompagnements: 'date' };

/** A date "YYYY-MM-DD" written in digits (the stores test the same on the value's JSON text). */
const DIGIT_DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

/** The month a record is projected under: its month field's "YYYY-MM", null when it has none or no such date. */
export function projectedMonth(collection: string, values: Record<string, unknown>): string | null {
  const field = MONTH_FIELD[collection as StatsCollection];
  const date = field === undefined ? undefined : values[field];
  return typeof date === 'string' && DIGIT_DATE.test(date) ? date.slice(0, 7) : null;
}

/** Ops read per step of a catch-up: bounds the records re-merged at once. */
const OPS_PER_STEP = 5000;

/** Projected records read per page. */
export const PROJECTED_PER_PAGE = 5000;

/** What a refresh did: the marks before and after, and how many records it merged again. */
export interface ProjectionRefresh {
  from: number | null;
  to: number;
  records: number;
}

/**
 * Brings the structure's projection up to its log's head, in one transaction under the structure's
 * write lock: a push cannot commit between the head read and the mark written.
 */
export function refreshStatsProjection(store: Store, structureId: string): Promise<ProjectionRefresh> {
  return store.syncTransaction(structureId, async (tx) => {
    // Committed reads first: an up-to-date projection takes no lock (its mark never passes the head).
    const seen = await tx.statsProjection.mark();
    if (seen !== null && seen === (await tx.head())) return { from: seen, to: seen, records: 0 };
    await tx.lockLog();
    return refreshLocked(tx);
  });
}

/** Brings the projections of `structureIds` up to date (refreshStatsProjection), in their order; stops early when `stopped()`. */
export function refreshStatsProjections(
  store: Store,
  structureIds: readonly string[],
  stopped: () => boolean = () => false,
): Promise<ProjectionRefresh[]> {
  return forEachStructure(store, structureIds, (structureId) => refreshStatsProjection(store, structureId), stopped);
}

async function refreshLocked(tx: SyncTx): Promise<ProjectionRefresh> {
  const projection = tx.statsProjection;
  const from = await projection.mark();
  const to = await tx.head();
  if (from === to) return { from, to, records: 0 };
  const records = from === null ? await rebuild(projection, to) : await catchUp(projection, from, to);
  await projection.setMark(to);
  return { from, to, records };
}

/**
 * The first build, collection by collection: in one statement where the fields read keep no conflicts (a field's
 * live op is then its winner), else a page of records at a time, merged here.
 */
async function rebuild(projection: StatsProjectionTx, head: number): Promise<number> {
  await projection.removeAll();
  let records = 0;
  for (const collection of STATS_COLLECTIONS) {
    const fields = statsFields[collection];
    if (fields.every((field) => !fieldSpec(collection, field)?.freeText)) {
      records += await projection.projectAllRecords(collection, fields, head, MONTH_FIELD[collection] ?? null);
      continue;
    }
    for (let after = ''; ;) {
      const rows = await projection.liveRecordsPage(collection, statsFields[collection], after, RECORDS_PER_PAGE);
      if (rows.length === 0) break;
      records += await write(projection, collection, rows, head);
      after = rows[rows.length - 1]!.recordId;
    }
  }
  return records;
}

/** Merges again the records written after `mark`, a step of ops at a time (a record touched twice is merged twice). */
async function catchUp(projection: StatsProjectionTx, mark: number, head: number): Promise<number> {
  let records = 0;
  for (let after = mark; ;) {
    const touched = await projection.touchedSince(STATS_COLLECTIONS, after, head, OPS_PER_STEP);
    if (touched.length === 0) return records;
    for (const collection of STATS_COLLECTIONS) {
      const ids = [...new Set(touched.filter((t) => t.collection === collection).map((t) => t.recordId))];
      if (ids.length === 0) continue;
      await projection.removeRecords(ids.map((recordId) => ({ collection, recordId })));
      await write(projection, collection, await projection.liveFieldsOfRecords(collection, ids, statsFields[collection]), head);
      records += ids.length;
    }
    after = touched[touched.length - 1]!.seq;
  }
}

/** Writes the records merged from `rows` (erased ones left out); returns how many. */
async function write(projection: StatsProjectionTx, collection: string, rows: LiveFieldRow[], head: number): Promise<number> {
  const merged = mergeLiveFields(rows).map(({ id, values }) => ({
    collection,
    recordId: id,
    doc: JSON.stringify(values),
    month: projectedMonth(collection, values),
  }));
  await projection.insertRecords(merged, head);
  return merged.length;
}

/**
 * The structure's records of `collection` as the projection holds them (with `month`, that month's only; null:
 * those without one), page by page, in id order.
 */
export async function* projectedRecords(
  store: Store,
  structureId: string,
  collection: StatsCollection,
  month?: string | null,
  perPage = PROJECTED_PER_PAGE,
): AsyncGenerator<LiveRecord[]> {
  // A collection without months has all its records under none: read so, they come in the stores' key order.
  const inMonth = month === undefined && MONTH_FIELD[collection] === undefined ? null : month;
  for (let after = ''; ;) {
    const rows = await store.statsRecordsPage(structureId, collection, after, perPage, inMonth);
    if (rows.length === 0) return;
    yield rows.map((row) => {
      const record = JSON.parse(row.doc) as LiveRecord;
      record.id = row.recordId;
      record.structureId = structureId;
      return record;
    });
    // A page not full was the last: no query to find the next one empty.
    if (rows.length < perPage) return;
    after = rows[rows.length - 1]!.recordId;
  }
}
