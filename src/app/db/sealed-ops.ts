// How pending ops are stored in the outbox: a personal value is sealed, bound to the op itself
// (collection, record, field and op id), so that a sealed value moved to another op does not open.
import type { Op } from '../../shared/schema/sync';
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

/** The ops of outbox rows, values opened in memory; rows that do not open are left out (and stay in the outbox). */
export async function openOps(keyring: Keyring, rows: OutboxRow[]): Promise<Op[]> {
  const key = keyring.key();
  const opened = await Promise.all(
    rows.map(async ({ seq: _seq, sealed, ...op }): Promise<Op | null> => {
      if (!sealed) return op;
      try {
        return { ...op, value: await unseal(key, opPlace(op), sealed) };
      } catch (error) {
        if (!(error instanceof UnsealError)) throw error;
        // It can never be sent: say so without its content; it stays counted as not sent.
        console.warn(`Modification illisible sur cette tablette (${op.opId}) : elle ne peut pas être envoyée.`);
        return null;
      }
    }),
  );
  return opened.filter((op): op is Op => op !== null);
}
