// A directory import on the endpoint (`npm run admin -- import-partners`): the local partners of the territory
// log or of one structure's, read and written in one transaction of that log as ops of the importer's own
// client id, merged like any tablet's push, so that every tablet pulls them at its next sync.
import { runPartnerImport, type ImportReport, type PartnerTarget } from '../../shared/directory/import-run';
import type { ParsedDirectory } from '../../shared/directory/imported-partner';
import type { ImportScope } from '../../shared/directory/partner-ids';
import type { StoredPartner } from '../../shared/directory/partner-upsert';
import { HybridClock } from '../../shared/hlc';
import { DELETED_FIELD } from '../../shared/schema/collections';
import { uuidv7 } from '../../shared/schema/ids';
import type { Op } from '../../shared/schema/sync';
import { TERRITORY_LOG_ID, type OpRow, type Store, type SyncTx } from '../store/store';
import { applyOps } from './apply-ops';
import { validateOps } from './validate-ops';

/** The client id of the endpoint's imports: their ops are never a tablet's. */
export const IMPORT_CLIENT_ID = 'import-annuaire';

const COLLECTION = 'localPartners';

/** The merged state of records from their live ops: the winner of each field is the greatest stamp. */
function mergedRecords(rows: OpRow[]): Map<string, { partner: StoredPartner; stamps: Map<string, string> }> {
  const records = new Map<string, { fields: Record<string, unknown>; stamps: Map<string, string> }>();
  for (const row of rows) {
    const record = records.get(row.recordId) ?? { fields: {}, stamps: new Map<string, string>() };
    records.set(row.recordId, record);
    const stamp = record.stamps.get(row.field);
    if (stamp !== undefined && stamp > row.hlc) continue;
    record.stamps.set(row.field, row.hlc);
    record.fields[row.field] = row.value === null ? null : JSON.parse(row.value);
  }
  return new Map(
    [...records].map(([id, { fields, stamps }]) => [id, { partner: { deleted: fields[DELETED_FIELD] === true, fields }, stamps }]),
  );
}

/** Reads and writes the local partners of one log inside `tx`; the writes wait in `ops` until the end. */
function logTarget(tx: SyncTx, clock: HybridClock, now: number, ops: Op[]): PartnerTarget {
  let stamps = new Map<string, Map<string, string>>();
  return {
    async read(recordIds) {
      const rows = await tx.liveOpsOfRecords(recordIds.map((recordId) => ({ collection: COLLECTION, recordId })));
      // The import's stamps come after every stamp it replaces, so that its values win the merge.
      for (const row of rows) clock.receive(row.hlc);
      const records = mergedRecords(rows);
      stamps = new Map([...records].map(([id, r]) => [id, r.stamps]));
      return new Map([...records].map(([id, r]) => [id, r.partner]));
    },
    async write(writes) {
      for (const { recordId, changes } of writes) {
        for (const [field, value] of Object.entries(changes)) {
          const base = stamps.get(recordId)?.get(field) ?? null;
          ops.push({ opId: uuidv7(now), collection: COLLECTION, recordId, field, value, hlc: clock.now(), base });
        }
      }
    },
  };
}

/** Imports `parsed` into the territory's local partners or one structure's, as `author`; returns the counts. */
export async function importPartners(
  store: Store,
  parsed: ParsedDirectory,
  scope: ImportScope,
  author: string,
  now = Date.now(),
): Promise<ImportReport> {
  const logId = scope.territory ? TERRITORY_LOG_ID : scope.structureId;
  const clock = new HybridClock(IMPORT_CLIENT_ID, () => now);
  return store.syncTransaction(logId, async (tx) => {
    await tx.lockLog();
    const ops: Op[] = [];
    const updatedOn = new Date(now).toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
    const report = await runPartnerImport(parsed, logTarget(tx, clock, now, ops), scope, { author, updatedOn });
    validateOps(ops, IMPORT_CLIENT_ID, now);
    await applyOps(tx, ops, IMPORT_CLIENT_ID, now);
    return report;
  });
}
