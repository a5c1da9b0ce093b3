// The quarantine: ops the endpoint refused, and ops that no longer open on this tablet. They leave the
// outbox (so that nothing behind them waits, and the pending counter does not count them), stay sealed
// as they were, and wait in Réglages for the aidant to send them again or export them for the coordinator.
import { peopleOf } from '../../shared/rgpd/person-links';
import type { DeclicDatabase, OutboxRow, QuarantineRow } from './database';
import { fieldLabel } from './field-labels';
import { isErased, toPlainRecord } from './record-state';
import { readRow } from './records-repository';
import { openOutboxRows } from './sealed-ops';

/** Why an op that does not open on this tablet is kept apart. */
export const DAMAGED_REASON =
  'Cette modification est illisible sur cette tablette (données abîmées) : elle ne peut pas être envoyée telle quelle.';

/** One op to put in quarantine, and why. */
export interface Refusal {
  opId: string;
  reason: string;
  code: string | null;
  damaged: boolean;
}

/** A quarantined change as Réglages shows it: what, in which file, why. */
export interface QuarantinedChange {
  opId: string;
  /** The field as the forms name it ("Le téléphone"), or the technical name for a field this version does not know. */
  what: string;
  /** The person's name when their file is on this tablet; null otherwise. */
  person: string | null;
  reason: string;
  damaged: boolean;
  quarantinedAt: number;
}

/** Moves these ops from the outbox to the quarantine, in one transaction; returns how many moved. */
export async function quarantineOps(db: DeclicDatabase, refusals: Refusal[]): Promise<number> {
  if (refusals.length === 0) return 0;
  const moved = await db.transaction('rw', [db.outbox, db.quarantine], async () => {
    const why = new Map(refusals.map((r) => [r.opId, r]));
    const rows = await db.outbox
      .where('opId')
      .anyOf([...why.keys()])
      .toArray();
    const kept = rows.flatMap(({ seq: _seq, ...row }): QuarantineRow[] => {
      const refusal = why.get(row.opId);
      return refusal ? [{ ...row, reason: refusal.reason, code: refusal.code, damaged: refusal.damaged, quarantinedAt: db.now() }] : [];
    });
    await db.quarantine.bulkPut(kept);
    await db.outbox
      .where('opId')
      .anyOf([...why.keys()])
      .delete();
    return kept.length;
  });
  if (moved > 0) db.notifyLocalWrite();
  return moved;
}

/** Puts quarantined ops (all of them by default) back at the end of the outbox: the next sync sends them again. */
export async function retryQuarantined(db: DeclicDatabase, opIds?: string[]): Promise<number> {
  const moved = await db.transaction('rw', [db.outbox, db.quarantine], async () => {
    const rows = opIds ? (await db.quarantine.bulkGet(opIds)).filter((row) => row !== undefined) : await db.quarantine.toArray();
    await db.outbox.bulkAdd(rows.sort((a, b) => a.quarantinedAt - b.quarantinedAt).map(toOutboxRow));
    await db.quarantine.bulkDelete(rows.map((row) => row.opId));
    return rows.length;
  });
  if (moved > 0) db.notifyLocalWrite();
  return moved;
}

/** How many changes are in quarantine (readable while locked: nothing personal). */
export async function quarantineCount(db: DeclicDatabase): Promise<number> {
  return db.quarantine.count();
}

/** The quarantined changes, oldest first, in the aidant's words. */
export async function listQuarantine(db: DeclicDatabase): Promise<QuarantinedChange[]> {
  const rows = await quarantinedRows(db);
  return Promise.all(
    rows.map(async (row) => ({
      opId: row.opId,
      what: fieldLabel(row.collection, row.field)?.name ?? `${row.collection}.${row.field}`,
      person: await personOf(db, row),
      reason: row.reason,
      damaged: row.damaged,
      quarantinedAt: row.quarantinedAt,
    })),
  );
}

/** The content of the quarantine for the coordinator: every op with its value opened (null when illegible) and why. */
export async function exportQuarantine(db: DeclicDatabase): Promise<QuarantineExport> {
  const rows = await quarantinedRows(db);
  const { ops } = await openOutboxRows(db.keyring, rows.map(toOutboxRow));
  const opened = new Map(ops.map((op) => [op.opId, op]));
  return {
    format: 'declic-quarantaine-1',
    exportedAt: new Date(db.now()).toISOString(),
    changes: rows.map((row) => ({
      opId: row.opId,
      collection: row.collection,
      recordId: row.recordId,
      field: row.field,
      what: fieldLabel(row.collection, row.field)?.name ?? null,
      value: opened.get(row.opId)?.value ?? null,
      readable: opened.has(row.opId),
      hlc: row.hlc,
      reason: row.reason,
      code: row.code,
      quarantinedAt: new Date(row.quarantinedAt).toISOString(),
    })),
  };
}

/** The JSON the coordinator receives. */
export interface QuarantineExport {
  format: 'declic-quarantaine-1';
  exportedAt: string;
  changes: {
    opId: string;
    collection: string;
    recordId: string;
    field: string;
    what: string | null;
    value: unknown;
    readable: boolean;
    hlc: string;
    reason: string;
    code: string | null;
    quarantinedAt: string;
  }[];
}

/** Every quarantined row, oldest first (a handful: sorted in memory rather than through an index). */
async function quarantinedRows(db: DeclicDatabase): Promise<QuarantineRow[]> {
  return (await db.quarantine.toArray()).sort((a, b) => a.quarantinedAt - b.quarantinedAt);
}

function toOutboxRow(row: QuarantineRow): OutboxRow {
  const { reason: _reason, code: _code, damaged: _damaged, quarantinedAt: _at, ...op } = row;
  return op;
}

/** The name of the person the op's record belongs to, when that file is on this tablet. */
async function personOf(db: DeclicDatabase, row: QuarantineRow): Promise<string | null> {
  const personId = row.collection === 'beneficiaries' ? row.recordId : await ownerOf(db, row.collection, row.recordId);
  if (!personId) return null;
  const person = await readable(db, 'beneficiaries', personId);
  if (!person) return null;
  return [person.firstName, person.lastName].filter((part) => typeof part === 'string' && part.trim()).join(' ') || null;
}

async function ownerOf(db: DeclicDatabase, collection: string, recordId: string): Promise<string | null> {
  const record = await readable(db, collection, recordId);
  if (!record) return null;
  if (collection === 'checklistItems' && typeof record.suiviId === 'string') return ownerOf(db, 'demarcheSuivis', record.suiviId);
  return peopleOf(record)[0] ?? null;
}

/** A record's values, or null when it is not here, erased or does not open. */
async function readable(db: DeclicDatabase, collection: string, id: string): Promise<Record<string, unknown> | null> {
  try {
    const row = await readRow(db, collection, id);
    return row && !isErased(row) ? toPlainRecord(row, collection) : null;
  } catch {
    return null;
  }
}
