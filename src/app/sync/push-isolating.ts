// A batch the endpoint refuses as invalid (400) never blocks the outbox: the batch is split in halves
// until each refused op stands alone; those go to the quarantine with the endpoint's reason, the others
// are sent. A request refused for itself (not for one of its ops) blames no op: its failure is thrown.
import type { Op } from '../../shared/schema/sync';
import { SyncFailure } from './failures';

/** What one round trip did, once its answer was applied. */
export interface RoundDone {
  acked: number;
  more: boolean;
}

/** Sends `ops` in one round trip and applies its answer; rejects with a SyncFailure. */
export type SendRound = (ops: Op[]) => Promise<RoundDone>;

/** Keeps one refused op apart, with the endpoint's failure. */
export type KeepRefused = (op: Op, failure: SyncFailure) => Promise<unknown>;

/** What sending a batch did: its rounds, in order, and how many ops went to the quarantine. */
export interface IsolatedPush {
  rounds: RoundDone[];
  refused: number;
}

/** True for the endpoint's "this request is invalid" (400): the one refusal that splitting the batch can get past. */
export function isInvalidRequest(error: unknown): error is SyncFailure {
  return error instanceof SyncFailure && error.status === 400;
}

/**
 * Sends `ops`. When the endpoint refuses them as invalid, the same request without ops goes first: if
 * that is refused too, the request itself is at fault and its failure is thrown. Otherwise the batch is
 * bisected: every half accepted is applied, every op refused on its own is handed to `keepRefused`.
 */
export async function sendIsolatingRefused(send: SendRound, ops: Op[], keepRefused: KeepRefused): Promise<IsolatedPush> {
  const pushed: IsolatedPush = { rounds: [], refused: 0 };
  let refusal: SyncFailure;
  try {
    pushed.rounds.push(await send(ops));
    return pushed;
  } catch (error) {
    if (!isInvalidRequest(error) || ops.length === 0) throw error;
    refusal = error;
  }
  pushed.rounds.push(await send([]));
  const refuse = async (op: Op, failure: SyncFailure) => {
    await keepRefused(op, failure);
    pushed.refused += 1;
  };
  const isolate = async (part: Op[]): Promise<void> => {
    try {
      pushed.rounds.push(await send(part));
      return;
    } catch (error) {
      if (!isInvalidRequest(error)) throw error;
      if (part.length === 1) return refuse(part[0]!, error);
    }
    await bisect(part);
  };
  const bisect = async (part: Op[]) => {
    const middle = Math.ceil(part.length / 2);
    await isolate(part.slice(0, middle));
    await isolate(part.slice(middle));
  };
  if (ops.length === 1) await refuse(ops[0]!, refusal);
  else await bisect(ops);
  return pushed;
}
