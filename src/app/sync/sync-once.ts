// One complete sync: push the outbox in bounded batches and pull every page, one POST /api/v1/sync per round.
import {
  COMPACT_WIRE,
  compactSyncResponseSchema,
  PROTOCOL_VERSION,
  PUSH_BATCH_SIZE,
  syncResponseSchema,
  type Op,
  type SyncRequest,
  type SyncResponse,
} from '../../shared/schema/sync';
import { compactOps, expandOps } from '../../shared/sync-compact';
import type { DeclicDatabase } from '../db/database';
import { reconcileMergedFiles } from '../db/file-merge-repository';
import { forEachHeldOps, restartPull } from '../db/held-state';
import { applySyncAnswer, pendingCount, readPushBatch } from '../db/outbox-repository';
import { quarantineCount, quarantineOps } from '../db/quarantine-repository';
import type { StoredSession } from '../db/session-repository';
import { failureFromAnswer, failureMessages, networkFailure, SyncFailure } from './failures';
import { sendIsolatingRefused, type RoundDone } from './push-isolating';
import { isOnline, postJson, type Transport } from './transport';

/**
 * Most JSON bytes of ops per request: the endpoint refuses bodies over 2 MB, compressed or not, and
 * 500 long notes would pass that. At least one op always goes, so that the outbox moves.
 */
export const PUSH_BUDGET_BYTES = 1_000_000;

/** Where a long sync stands: ops pulled so far, whether the endpoint has more, changes still to send. */
export interface SyncProgress {
  pulled: number;
  more: boolean;
  pending: number;
}

/** What a complete sync did. */
export interface SyncResult {
  pulled: number;
  pushed: number;
  pending: number;
  rounds: number;
  /** Ops set aside in the quarantine (refused by the endpoint, or damaged here): no longer pending. */
  quarantined: number;
  /** How far the tablet's clock was behind the endpoint's at the last answer (negative: ahead). */
  clockSkewMs?: number;
  /** Ops of the tablet's records sent again because the endpoint no longer knew its cursor (0: none). */
  resent?: number;
}

export interface SyncOnceOptions {
  db: DeclicDatabase;
  transport: Transport;
  onProgress?: (progress: SyncProgress) => void;
  /** Safety bound when local writes keep coming during the sync. */
  maxRounds?: number;
}

/**
 * Syncs until the endpoint has nothing more and the outbox is empty (or stops growing smaller). Ops the
 * endpoint refuses as invalid, and ops damaged here, go to the quarantine; the rest is sent.
 * Each answer is merged, its acked ops removed and its cursor stored in one transaction; the last
 * page also stores the time of this success. Rejects with a SyncFailure.
 */
export async function syncOnce({ db, transport, onProgress, maxRounds = 1000 }: SyncOnceOptions): Promise<SyncResult> {
  const result: SyncResult = { pulled: 0, pushed: 0, pending: 0, rounds: 0, quarantined: 0 };
  let resentOnce = false;
  for (;;) {
    const batch = await readPushBatch(db, PUSH_BATCH_SIZE);
    const { session, clientId } = batch;
    if (!session || session.state !== 'active') {
      throw new SyncFailure('unauthenticated', session?.notice ?? failureMessages.unauthenticated);
    }
    let cursor = batch.cursor;
    let territoryCursor = batch.territoryCursor;
    const send = async (ops: Op[]): Promise<RoundDone> => {
      // How many changes wait refused here: the operator's admin home counts them.
      const quarantined = await quarantineCount(db);
      const request = {
        protocol: PROTOCOL_VERSION,
        clientId,
        cursor,
        territoryCursor,
        ops,
        structureId: session.structure.id,
        quarantined,
      };
      const answer = await exchange(transport, session.token, request);
      cursor = answer.cursor;
      territoryCursor = answer.territoryCursor ?? territoryCursor;
      result.pending = await applySyncAnswer(db, answer);
      result.clockSkewMs = answer.serverTime - db.now();
      result.pulled += answer.ops.length;
      result.pushed += answer.acked.length;
      result.rounds += 1;
      onProgress?.({ pulled: result.pulled, more: answer.more, pending: result.pending });
      return { acked: answer.acked.length, more: answer.more };
    };
    let sent: Awaited<ReturnType<typeof sendIsolatingRefused>>;
    try {
      sent = await sendIsolatingRefused(send, withinBudget(batch.ops), (op, failure) =>
        quarantineOps(db, [{ opId: op.opId, reason: failure.message, code: failure.code, damaged: false }]),
      );
    } catch (error) {
      // The endpoint was restored from a backup: it gets back all the tablet holds, then the pull starts over.
      if (!(error instanceof SyncFailure) || error.kind !== 'unknownCursor' || resentOnce) throw error;
      resentOnce = true;
      result.resent = await forEachHeldOps(db, (held) => pushHeld(transport, session, clientId, held));
      await restartPull(db);
      continue;
    }
    const setAside = batch.quarantined + sent.refused;
    result.quarantined += setAside;
    if (setAside > 0) result.pending = await pendingCount(db);
    const outboxMoved = result.pending > 0 && (setAside > 0 || sent.rounds.some((round) => round.acked > 0));
    if ((!sent.rounds.at(-1)!.more && !outboxMoved) || result.rounds >= maxRounds) {
      // Merges made elsewhere come to their end here (records moved, edits carried); those writes go at once.
      if (result.rounds < maxRounds && (await reconcileAfterPull(db)) > 0) continue;
      return result;
    }
  }
}

/**
 * Moves what the pull left pointing to merged files (file-merge-repository.ts); 0 while locked (the
 * records cannot be read: done at the next sync after unlocking) or when nothing needed it.
 */
async function reconcileAfterPull(db: DeclicDatabase): Promise<number> {
  if (!db.keyring.unlocked) return 0;
  // A failure here (locked meanwhile, a record that does not open) must not fail the sync that succeeded:
  // the merges are brought to their end at the next one.
  return reconcileMergedFiles(db).catch(() => 0);
}

/** The first ops of `ops` whose JSON fits in PUSH_BUDGET_BYTES (never fewer than one). */
export function withinBudget(ops: Op[]): Op[] {
  let bytes = 0;
  for (let i = 0; i < ops.length; i++) {
    bytes += JSON.stringify(ops[i]).length;
    if (bytes > PUSH_BUDGET_BYTES && i > 0) return ops.slice(0, i);
  }
  return ops;
}

/**
 * Sends ops in requests the endpoint takes. With a null cursor, always known; the page each answer
 * brings is left for the pull from the start that follows.
 */
async function pushHeld(transport: Transport, session: StoredSession, clientId: string, ops: Op[]): Promise<void> {
  const structureId = session.structure.id;
  for (let rest = ops; rest.length > 0;) {
    const batch = withinBudget(rest.slice(0, PUSH_BATCH_SIZE));
    await exchange(transport, session.token, { protocol: PROTOCOL_VERSION, clientId, cursor: null, ops: batch, resend: true, structureId });
    rest = rest.slice(batch.length);
  }
}

/**
 * One round trip in the compact encoding (README, « sync, compact »); every answer is parsed with the
 * protocol schemas. An endpoint that answers in the first shape ignored the compact ops: the same request
 * goes again in the first shape.
 */
async function exchange(transport: Transport, token: string, request: SyncRequest): Promise<SyncResponse> {
  const answer = await post(transport, token, compactRequest(request));
  if (typeof answer === 'object' && answer !== null && 'compact' in answer) {
    const compact = compactSyncResponseSchema.safeParse(answer);
    if (!compact.success) throw new SyncFailure('server', failureMessages.server);
    const { compact: _compact, clients, records, ...response } = compact.data;
    try {
      return { ...response, ops: [...response.ops, ...expandOps(records, clients)] };
    } catch {
      throw new SyncFailure('server', failureMessages.server);
    }
  }
  const plain = syncResponseSchema.safeParse(answer);
  if (!plain.success) throw new SyncFailure('server', failureMessages.server);
  if (request.ops.length === 0) return plain.data;
  const again = syncResponseSchema.safeParse(await post(transport, token, request));
  if (!again.success) throw new SyncFailure('server', failureMessages.server);
  return again.data;
}

/** `request` in the compact encoding: its ops grouped by record, the clientId said once. */
export function compactRequest(request: SyncRequest) {
  const { clients, records } = compactOps(request.ops, [request.clientId]);
  return { ...request, ops: [], compact: COMPACT_WIRE, ...(clients.length > 1 ? { clients } : {}), records };
}

/** One POST; its JSON answer when it is a 200. */
async function post(transport: Transport, token: string, body: unknown): Promise<unknown> {
  let answer;
  try {
    answer = await postJson(transport, '/api/v1/sync', body, token);
  } catch {
    throw networkFailure(isOnline());
  }
  if (answer.status !== 200) throw failureFromAnswer(answer, Date.now());
  return answer.body;
}
