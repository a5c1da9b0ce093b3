// The sync protocol's compact encoding: ops grouped by record, stamps without their client id (said once),
// op ids left out when they are the op's own stamp. Same ops, same order, a third of the bytes.
import { formatHlc, parseHlc } from './hlc';
import { hlcSchema } from './schema/ids';
import { MAX_PUSH_OPS, type CompactRecord, type CompactWrite, type Op } from './schema/sync';

/** Ops in the compact encoding: the client ids short stamps point to, and the records. */
export interface CompactOps {
  clients: string[];
  records: CompactRecord[];
}

/** A compact body that does not expand to ops; `path` names the faulty member as readJson does. */
export class CompactWireError extends Error {
  constructor(readonly path: string) {
    super(`compact sync body: bad ${path}`);
  }
}

const SHORT_STAMP = /^(\d{13}-[0-9a-f]{4})(?:-(\d{1,6}))?$/;

/** Encodes `ops` (order kept); `clients` starts with the ids already known to the reader (a request's clientId). */
export function compactOps(ops: Op[], clients: string[] = []): CompactOps {
  const index = new Map(clients.map((id, i) => [id, i]));
  const listed = [...clients];
  const stamp = (hlc: string): string => {
    const parts = parseHlc(hlc);
    if (!parts) return hlc;
    let n = index.get(parts.clientId);
    if (n === undefined) {
      n = listed.push(parts.clientId) - 1;
      index.set(parts.clientId, n);
    }
    const short = formatHlc(parts).slice(0, 18);
    return n === 0 ? short : `${short}-${n}`;
  };
  const records: CompactRecord[] = [];
  let current: CompactRecord | undefined;
  for (const op of ops) {
    if (!current || current[0] !== op.collection || current[1] !== op.recordId || current[2].length >= MAX_PUSH_OPS) {
      current = [op.collection, op.recordId, []];
      records.push(current);
    }
    const write: CompactWrite = [op.field, op.value ?? null, stamp(op.hlc)];
    if (op.base !== undefined) write.push(op.opId === op.hlc ? null : op.opId, op.base === null ? null : stamp(op.base));
    else if (op.opId !== op.hlc) write.push(op.opId);
    current[2].push(write);
  }
  return { clients: listed, records };
}

/** The ops `records` stand for, in their order; throws CompactWireError for a stamp that points nowhere or is no stamp. */
export function expandOps(records: CompactRecord[], clients: string[]): Op[] {
  const ops: Op[] = [];
  records.forEach(([collection, recordId, writes], r) => {
    writes.forEach(([field, value, stamp, opId, base], w) => {
      const at = `records.${r}.2.${w}`;
      const hlc = fullStamp(stamp, clients, `${at}.2`);
      const op: Op = { opId: opId ?? hlc, collection, recordId, field, value, hlc };
      if (base !== undefined) op.base = base === null ? null : fullStamp(base, clients, `${at}.4`);
      ops.push(op);
    });
  });
  return ops;
}

function fullStamp(stamp: string, clients: string[], path: string): string {
  const short = SHORT_STAMP.exec(stamp);
  if (!short) {
    if (!hlcSchema.safeParse(stamp).success) throw new CompactWireError(path);
    return stamp;
  }
  const clientId = clients[Number(short[2] ?? 0)];
  if (clientId === undefined) throw new CompactWireError(path);
  return `${short[1]}-${clientId}`;
}
