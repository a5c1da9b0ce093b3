// How pending ops are stored in the outbox: a personal value is sealed, bound to the op itself
// (collection, record, field and op id), so that a sealed value moved to another op does not open.
import { opSchema, type Op } from '../../shared/schema/sync';
import type { Keyring } from '../security/keyring';
import { seal, unseal, UnsealError } from '../security/seal';
import type { OutboxRow } from './database';
import { isPersonalField } from './sealed-rows';

/** The associated data of an op's sealed value. */
export function opPlace(op: Pick<Op, 'collection' | 'recordId' | 'field' | 'opId'>): string {
  return `outbox/${op.collection}/${op.recordId}/${op.field}/${op.opId}`;
}

/**
 * The outbox rows of `ops`: personal values sealed (`value` null), the others as they are. `personal`
 * says which are personal (by default the field's spec; held ops of unknown fields seal everything).
 */
export async function sealOps(
  keyring: Keyring,
  ops: Op[],
  personal: (op: Op) => boolean = (op) => isPersonalField(op.collection, op.field),
): Promise<OutboxRow[]> {
  const key = keyring.key();
  return Promise.all(
    ops.map(async (op): Promise<OutboxRow> => {
      if (!personal(op)) return { ...op };
      return { ...op, value: null, sealed: await seal(key, opPlace(op), op.value) };
    }),
  );
}

/** Outbox rows read for sending: the ops that open, and the rows that cannot be read here (damaged). */
export interface OpenedOps {
  ops: Op[];
  damaged: OutboxRow[];
}

/**
 * The ops of outbox rows, values opened in memory. A row whose sealed value does not open, or that is
 * not an op any more, is returned apart: it can never be sent (see quarantine-repository.ts).
 */
export async function openOutboxRows(keyring: Keyring, rows: OutboxRow[]): Promise<OpenedOps> {
  const key = keyring.key();
  const opened = await Promise.all(
    rows.map(async (row): Promise<Op | null> => {
      const { seq: _seq, sealed, ...op } = row;
      let value = op.value;
      if (sealed) {
        try {
          value = await unseal(key, opPlace(op), sealed);
        } catch (error) {
          if (!(error instanceof UnsealError)) throw error;
          return null;
        }
      }
      const parsed = opSchema.safeParse({ ...pickOp(op), value });
      return parsed.success ? parsed.data : null;
    }),
  );
  const damaged = rows.filter((_, i) => opened[i] === null);
  // The op id only: never a value.
  for (const row of damaged) console.warn(`Modification illisible sur cette tablette (${String(row.opId)}) : elle ne peut pas être envoyée.`);
  return { ops: opened.filter((op): op is Op => op !== null), damaged };
}

/** The ops of outbox rows that open (see openOutboxRows). */
export async function openOps(keyring: Keyring, rows: OutboxRow[]): Promise<Op[]> {
  return (await openOutboxRows(keyring, rows)).ops;
}

/** The op's own members, without what the outbox or the quarantine adds to it. */
function pickOp(row: Partial<Op>): Partial<Op> {
  const { opId, collection, recordId, field, value, hlc, base } = row;
  return base === undefined ? { opId, collection, recordId, field, value, hlc } : { opId, collection, recordId, field, value, hlc, base };
}
