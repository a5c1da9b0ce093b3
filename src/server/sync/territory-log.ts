// Local content (localPartners, localNotes): who may write it, and the territory log every structure pulls.
//
// A coordinateur writes their structure's local content: it goes to the structure's log like any record. An
// admin may also write for the whole territory (`territory: true` when the record is made): those records live
// in one more log, under a reserved structure row (TERRITORY_LOG_ID), with its own sequence. Every sync that
// carries `territoryCursor` pulls that log after it, beside the structure's; a client that does not send it
// (written to the first contract) pulls nothing of it. One copy for the territory: a structure created later
// gets it all on its first pull, and an edit is one op, not one per structure.
import type { Role } from '../../shared/schema/auth';
import { LOCAL_CONTENT_COLLECTIONS, TERRITORY_FIELD } from '../../shared/schema/local-content';
import { PULL_PAGE_SIZE, type Op, type SyncRequest } from '../../shared/schema/sync';
import { HttpError } from '../http/errors';
import { applyOps } from './apply-ops';
import { TERRITORY_LOG_ID, type OpRow, type Store, type SyncTx } from '../store/store';

/** What the caller may write of local content: their structure's (coordinateur, admin), the territory's (admin). */
export interface LocalContentRights {
  structure: boolean;
  territory: boolean;
}

/** The part of a sync that concerns the territory log: the ops left for the structure's log, and the pulled page. */
export interface TerritoryRound {
  structureOps: Op[];
  ops: OpRow[];
  cursor: string | undefined;
  more: boolean;
}

/** The rights of an account in `structureId`: an admin membership anywhere writes for the territory. */
export async function localContentRights(store: Store, aidantId: string, structureId: string): Promise<LocalContentRights> {
  const memberships = await store.accounts.listMemberships(aidantId);
  const roleHere: Role | undefined = memberships.find((m) => m.structureId === structureId)?.role;
  const territory = memberships.some((m) => m.role === 'admin');
  return { structure: territory || roleHere === 'coordinateur' || roleHere === 'admin', territory };
}

// 400 like any op the endpoint refuses (validate-ops.ts), not 403: the tablet then sets the op apart (a
// coordinateur made aidant while offline with local edits pending) instead of being blocked on it forever.
const refused = (message: string) => new HttpError(400, 'contenu_local_refuse', message);

/**
 * Stores the territory's ops of `request` in the territory log (or refuses the whole request, before any
 * write, when the caller may not write them), and pulls that log after `territoryCursor` when it was sent.
 */
export async function syncTerritory(
  store: Store,
  request: SyncRequest,
  rights: LocalContentRights | undefined,
  now: number,
  resend = false,
): Promise<TerritoryRound> {
  const local = request.ops.filter((op) => LOCAL_CONTENT_COLLECTIONS.includes(op.collection));
  // A resend after a restore (`resend`) brings back what the tablet pulled, colleagues' and the admin's
  // local content included: it is stored where it was, whoever sends it (see README, Sauvegardes).
  if (local.length > 0 && !rights?.structure && !resend) {
    throw refused('Seuls un coordinateur ou un administrateur peuvent modifier les partenaires et les notes locales.');
  }
  const pulling = request.territoryCursor !== undefined;
  if (local.length === 0 && !pulling) return { structureOps: request.ops, ops: [], cursor: undefined, more: false };
  const after = parseTerritoryCursor(request.territoryCursor ?? null);
  return store.syncTransaction(TERRITORY_LOG_ID, async (tx) => {
    let structureOps = request.ops;
    if (local.length > 0) {
      await tx.lockLog();
      const territoryIds = await territoryRecordIds(tx, local);
      const forTerritory = local.filter((op) => territoryIds.has(op.recordId));
      if (forTerritory.length > 0 && !rights?.territory && !resend) {
        throw refused('Seul un administrateur modifie les partenaires et les notes de tout le territoire.');
      }
      structureOps = request.ops.filter((op) => !forTerritory.includes(op));
      await pushTerritoryOps(tx, forTerritory, request.clientId, now);
    }
    if (!pulling) return { structureOps, ops: [], cursor: undefined, more: false };
    const head = await tx.head();
    // A cursor past the head (the database was restored from a backup) starts again from the beginning: the
    // tablet merges what it already has idempotently, and misses nothing written since the backup.
    const from = after > head ? 0 : after;
    const rows = await tx.opsAfter(from, head, request.clientId, PULL_PAGE_SIZE + 1);
    const more = rows.length > PULL_PAGE_SIZE;
    const page = rows.slice(0, PULL_PAGE_SIZE);
    return { structureOps, ops: page, cursor: String(more ? page[page.length - 1]!.seq : head), more };
  });
}

/** The records of `ops` that belong to the territory: already in its log, or made for it in this batch. */
async function territoryRecordIds(tx: SyncTx, ops: Op[]): Promise<Set<string>> {
  const ids = new Set(ops.filter((op) => op.field === TERRITORY_FIELD && op.value === true).map((op) => op.recordId));
  const records = uniqueRecords(ops.filter((op) => !ids.has(op.recordId)));
  for (const row of await tx.liveOpsOfRecords(records)) ids.add(row.recordId);
  return ids;
}

function uniqueRecords(ops: Op[]): { collection: string; recordId: string }[] {
  const byKey = new Map(ops.map((op) => [`${op.collection}/${op.recordId}`, { collection: op.collection, recordId: op.recordId }]));
  return [...byKey.values()];
}

async function pushTerritoryOps(tx: SyncTx, ops: Op[], clientId: string, now: number): Promise<void> {
  if (ops.length === 0) return;
  const known = await tx.knownOpIds(ops.map((op) => op.opId));
  await applyOps(
    tx,
    ops.filter((op) => !known.has(op.opId)),
    clientId,
    now,
  );
}

function parseTerritoryCursor(cursor: string | null): number {
  if (cursor === null) return 0;
  if (!/^\d{1,15}$/.test(cursor)) {
    throw new HttpError(400, 'curseur_invalide', 'Curseur de synchronisation invalide. Relancez la synchronisation.');
  }
  return Number(cursor);
}
