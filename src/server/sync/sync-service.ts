// POST /api/v1/sync in one transaction: store the unseen ops, merge them, answer what the caller lacks.
import { DELETED_FIELD } from '../../shared/schema/collections';
import { PULL_PAGE_SIZE, type Op, type SyncRequest, type SyncResponse } from '../../shared/schema/sync';
import type { AuditEntry, OpRow, Store, SyncTx } from '../store/store';
import { applyOps } from './apply-ops';
import { checkCursor, makeCursor, readCursor } from './cursor';
import { checkOwnTraining } from './own-training';
import { syncTerritory, type LocalContentRights } from './territory-log';
import { validateOps } from './validate-ops';

/** Who is syncing, as the device token says (never as the body says). */
export interface SyncCaller {
  structureId: string;
  aidantId: string;
  deviceId: string;
  /** What the caller may write of local content (none when absent). */
  localContent?: LocalContentRights;
}

/** Collections whose reads and writes go to the audit log, record by record. */
const AUDITED = new Set(['beneficiaries']);

/** Runs one sync round trip for `caller`. */
export async function runSync(store: Store, caller: SyncCaller, request: SyncRequest, now = Date.now()): Promise<SyncResponse> {
  const resend = request.resend === true;
  validateOps(request.ops, request.clientId, now, resend);
  // A resend after a restore brings back what the tablet holds, colleagues' progress included.
  if (!resend) checkOwnTraining(request.ops, caller.aidantId);
  const cursor = readCursor(request.cursor);
  const after = cursor.after;
  const dataset = await store.dataset();
  let erasing = false;
  // Local content of the whole territory first: a refusal comes before anything is written.
  const territory = await syncTerritory(store, request, caller.localContent, now, resend);
  const response = await store.syncTransaction(caller.structureId, async (tx) => {
    // Checked before the push: a cursor past the head must not become valid through the ops it brings.
    checkCursor(cursor, dataset, after > 0 ? await tx.head() : 0);
    const fresh = await pushInTx(tx, territory.structureOps, request.clientId, now);
    erasing = fresh.some(isErasure);
    const head = await tx.head();
    const rows = await tx.opsAfter(after, head, request.clientId, PULL_PAGE_SIZE + 1);
    const more = rows.length > PULL_PAGE_SIZE;
    const page = rows.slice(0, PULL_PAGE_SIZE);
    await tx.appendAudit([...audit(caller, 'write', fresh, now), ...audit(caller, 'read', page, now)]);
    return {
      acked: request.ops.map((op) => op.opId),
      ops: [...page, ...territory.ops].map(toOp),
      cursor: makeCursor(dataset, more ? page[page.length - 1]!.seq : Math.max(head, after)),
      more: more || territory.more,
      serverTime: now,
      dataset,
      ...(territory.cursor === undefined ? {} : { territoryCursor: territory.cursor }),
    };
  });
  if (erasing) await store.scrubErased();
  return response;
}

/** True for an op that erases its record. */
const isErasure = (op: Op) => op.field === DELETED_FIELD && op.value === true;

/** Writes ops without pulling (server-side writers such as the demo); returns how many were new. */
export async function writeOps(store: Store, caller: SyncCaller, clientId: string, ops: Op[], now = Date.now()): Promise<number> {
  validateOps(ops, clientId, now);
  checkOwnTraining(ops, caller.aidantId);
  return store.syncTransaction(caller.structureId, async (tx) => {
    const fresh = await pushInTx(tx, ops, clientId, now);
    await tx.appendAudit(audit(caller, 'write', fresh, now));
    return fresh.length;
  });
}

/** Stores and merges the ops the log does not hold yet, received at `now`; returns them. */
async function pushInTx(tx: SyncTx, ops: Op[], clientId: string, now: number): Promise<Op[]> {
  if (ops.length === 0) return [];
  await tx.lockLog();
  const known = await tx.knownOpIds(ops.map((op) => op.opId));
  const fresh = uniqueById(ops.filter((op) => !known.has(op.opId)));
  await applyOps(tx, fresh, clientId, now);
  return fresh;
}

function uniqueById(ops: Op[]): Op[] {
  const seen = new Set<string>();
  return ops.filter((op) => !seen.has(op.opId) && seen.add(op.opId));
}

function toOp(row: OpRow): Op {
  const op: Op = {
    opId: row.opId,
    collection: row.collection,
    recordId: row.recordId,
    field: row.field,
    value: JSON.parse(row.value ?? 'null'),
    hlc: row.hlc,
  };
  if (row.base) op.base = row.base;
  return op;
}

function audit(
  caller: SyncCaller,
  action: 'read' | 'write',
  ops: { collection: string; recordId: string; field: string }[],
  at: number,
): AuditEntry[] {
  const records = new Map<string, AuditEntry>();
  for (const op of ops) {
    if (!AUDITED.has(op.collection)) continue;
    const erasing = action === 'write' && op.field === DELETED_FIELD && (op as { value?: unknown }).value === true;
    const key = `${op.collection}/${op.recordId}`;
    if (!records.has(key) || erasing) {
      records.set(key, { at, ...caller, action: erasing ? 'erase' : action, collection: op.collection, recordId: op.recordId });
    }
  }
  return [...records.values()];
}
