// Merges a batch of fresh ops into one structure's log: the log's live ops are the merged state.
import { DELETED_FIELD, fieldSpec } from '../../shared/schema/collections';
import { mergeField, type FieldState, type Stamped } from '../../shared/merge';
import type { Op } from '../../shared/schema/sync';
import type { OpRow, SyncTx } from '../store/store';

/** A live op as the merge sees it: its parsed value, its stamps and the row it came from. */
interface LiveOp extends Stamped {
  row: OpRow;
}

interface RecordState {
  collection: string;
  recordId: string;
  deleted: boolean;
  fields: Map<string, FieldState<LiveOp>>;
}

const recordKey = (collection: string, recordId: string) => `${collection}\u0000${recordId}`;

/** Writes `ops` (none already in the log) to the log, merging each into its field; `receivedAt`: the endpoint's time. */
export async function applyOps(tx: SyncTx, ops: Op[], clientId: string, receivedAt: number): Promise<void> {
  if (ops.length === 0) return;
  const records = await loadRecords(tx, ops);
  const firstSeq = await tx.reserveSeqs(ops.length);
  const rows: OpRow[] = ops.map((op, i) => toRow(op, clientId, firstSeq + i, receivedAt));
  const pruned = new Set<string>();
  for (const row of rows) {
    const record = records.get(recordKey(row.collection, row.recordId))!;
    if (record.deleted && row.field !== DELETED_FIELD) {
      row.live = false;
      continue;
    }
    mergeInto(record, row, pruned);
  }
  for (const row of rows) {
    if (pruned.has(row.opId)) {
      row.live = false;
      pruned.delete(row.opId);
    }
    if (!row.live) row.value = null;
  }
  await tx.insertOps(rows);
  await tx.pruneOps([...pruned]);
  // An erased record's values leave the statistics projection with the log's, not at its next refresh.
  const erased = [...records.values()].filter((record) => record.deleted);
  if (erased.length > 0) await tx.statsProjection.removeRecords(erased.map(({ collection, recordId }) => ({ collection, recordId })));
}

async function loadRecords(tx: SyncTx, ops: Op[]): Promise<Map<string, RecordState>> {
  const records = new Map<string, RecordState>();
  for (const { collection, recordId } of ops) {
    const key = recordKey(collection, recordId);
    if (!records.has(key)) records.set(key, { collection, recordId, deleted: false, fields: new Map() });
  }
  for (const row of await tx.liveOpsOfRecords([...records.values()])) {
    const record = records.get(recordKey(row.collection, row.recordId))!;
    const live = toLiveOp(row);
    const state = record.fields.get(row.field);
    if (!state) record.fields.set(row.field, { winner: live, conflicts: [] });
    else if (row.hlc > state.winner.hlc) record.fields.set(row.field, { winner: live, conflicts: [...state.conflicts, state.winner] });
    else state.conflicts.push(live);
    if (row.field === DELETED_FIELD && live.value === true) record.deleted = true;
  }
  return records;
}

/** Merges one row into its record; ops that leave the merged state go to `pruned`. */
function mergeInto(record: RecordState, row: OpRow, pruned: Set<string>): void {
  const before = record.fields.get(row.field);
  const rule = { freeText: fieldSpec(row.collection, row.field)?.freeText };
  const incoming = toLiveOp(row);
  const after = mergeField(before, incoming, row.field, rule);
  const liveIds = new Set([after.winner.row.opId, ...after.conflicts.map((c) => c.row.opId)]);
  for (const old of before ? [before.winner, ...before.conflicts, incoming] : [incoming]) {
    if (!liveIds.has(old.row.opId)) pruned.add(old.row.opId);
  }
  record.fields.set(row.field, after);
  if (row.field === DELETED_FIELD && after.winner.value === true) erase(record, pruned);
}

/** A tombstone wins: every other field's values leave the log. */
function erase(record: RecordState, pruned: Set<string>): void {
  record.deleted = true;
  for (const [field, state] of record.fields) {
    if (field === DELETED_FIELD) continue;
    for (const op of [state.winner, ...state.conflicts]) pruned.add(op.row.opId);
    record.fields.delete(field);
  }
}

function toRow(op: Op, clientId: string, seq: number, receivedAt: number): OpRow {
  return {
    seq,
    opId: op.opId,
    clientId,
    collection: op.collection,
    recordId: op.recordId,
    field: op.field,
    value: JSON.stringify(op.value ?? null),
    hlc: op.hlc,
    base: op.base ?? null,
    live: true,
    receivedAt,
  };
}

function toLiveOp(row: OpRow): LiveOp {
  return { value: row.value === null ? null : JSON.parse(row.value), hlc: row.hlc, base: row.base, row };
}
