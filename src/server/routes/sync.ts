// POST /api/v1/sync: the device pushes its ops and pulls its structure's: one of its account's memberships, never another.
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { ErrorCodes } from '../../shared/schema/errors';
import {
  compactRecordSchema,
  COMPACT_WIRE,
  MAX_PUSH_OPS,
  opSchema,
  PROTOCOL_VERSION,
  syncRequestSchema,
  type CompactSyncResponse,
  type SyncRequest,
  type SyncResponse,
} from '../../shared/schema/sync';
import { clientIdSchema } from '../../shared/schema/ids';
import { compactOps, CompactWireError, expandOps } from '../../shared/sync-compact';
import { authenticate } from '../accounts/accounts';
import { syncStructureOf } from '../accounts/memberships';
import { HttpError } from '../http/errors';
import { readJson } from '../http/read-json';
import type { Store } from '../store/store';
import { runSync } from '../sync/sync-service';
import { localContentRights } from '../sync/territory-log';

/** The sync body, its batch size checked after parsing so that an oversized batch gets its own 413. */
const syncBodySchema = z.extend(syncRequestSchema, {
  ops: z.array(opSchema),
  // The compact encoding's members (README, « sync, compact »), read only when `compact` is 1: a client of the
  // first contract never sends them, and members a request carries besides the contract's stay ignored.
  compact: z.optional(z.unknown()),
  clients: z.optional(z.unknown()),
  records: z.optional(z.unknown()),
});
/** The compact members of a request that asks for the compact encoding. */
const compactMembersSchema = z.object({
  clients: z.optional(z.array(clientIdSchema).check(z.maxLength(MAX_PUSH_OPS))),
  records: z.array(compactRecordSchema).check(z.maxLength(MAX_PUSH_OPS)),
});
/** JSON values a full batch can hold: an op is an object of 7 members whose value holds at most 60 items. */
const SYNC_BODY = { maxValues: (MAX_PUSH_OPS + 1) * 100 };

/** The sync route. */
export function syncRoutes(store: Store): Hono {
  return new Hono().post('/api/v1/sync', async (c) => {
    const { device, aidant } = await authenticate(store, c.req.header('authorization'));
    const body = await readJson(c, syncBodySchema, SYNC_BODY);
    const compact = body.compact === COMPACT_WIRE;
    const request = compact ? expandRequest(body) : stripCompact(body);
    if (request.ops.length > MAX_PUSH_OPS) {
      throw new HttpError(
        413,
        'lot_trop_grand',
        `Trop de modifications dans un seul envoi (${MAX_PUSH_OPS} au plus). La synchronisation les enverra en plusieurs fois.`,
      );
    }
    if (request.protocol < PROTOCOL_VERSION) {
      throw new HttpError(
        426,
        ErrorCodes.protocolTooOld,
        'Cette version de Déclic est trop ancienne. Mettez l’application à jour pour synchroniser.',
      );
    }
    if (request.protocol > PROTOCOL_VERSION) {
      throw new HttpError(400, 'version_inconnue', 'Version de protocole inconnue du serveur.');
    }
    const structureId = await syncStructureOf(store, aidant, device, request.structureId);
    const localContent = await localContentRights(store, aidant.id, structureId);
    const caller = { structureId, aidantId: aidant.id, deviceId: device.id, localContent };
    const response = await runSync(store, caller, request);
    // "Last seen" is for the admin's device list: once a minute is precise enough, and spares a write per sync.
    if (device.lastSeenAt === null || Date.now() - device.lastSeenAt > 60_000) await store.touchDevice(device.id, Date.now());
    if (request.quarantined !== undefined && request.quarantined !== device.quarantined) {
      await store.reportQuarantine(device.id, request.quarantined);
    }
    return c.json(compact ? compactAnswer(response) : response);
  });
}

/** A compact request as the first shape: its `records` expanded after its `ops`; members that do not expand are a 400. */
function expandRequest(body: z.infer<typeof syncBodySchema>): SyncRequest {
  const { compact: _compact, clients: _clients, records: _records, ...request } = body;
  const members = compactMembersSchema.safeParse({ clients: body.clients, records: body.records ?? [] });
  if (!members.success) throw invalid(members.error.issues[0]?.path.join('.') || 'records');
  try {
    return { ...request, ops: [...request.ops, ...expandOps(members.data.records, members.data.clients ?? [request.clientId])] };
  } catch (error) {
    if (!(error instanceof CompactWireError)) throw error;
    throw invalid(error.path);
  }
}

/** The 400 readJson gives to a member its schema refuses. */
const invalid = (where: string) => new HttpError(400, 'requete_invalide', `Requête invalide (champ « ${where} »).`);

/** The answer in the compact encoding: the pulled ops grouped by record. */
function compactAnswer(response: SyncResponse): CompactSyncResponse {
  return { ...response, ops: [], compact: COMPACT_WIRE, ...compactOps(response.ops) };
}

/** A first-shape request without the compact members it may carry (ignored, as any member besides the contract's). */
function stripCompact(body: z.infer<typeof syncBodySchema>): SyncRequest {
  const { compact: _compact, clients: _clients, records: _records, ...request } = body;
  return request;
}
