// Field-level last-writer-wins merge: pure and deterministic, the same on the tablet and the endpoint.
//
// Per field the value with the greatest HLC stamp wins (the stamp ends with the clientId, so equal
// times break ties the same way everywhere). A tombstone (`deleted: true`) wins over any stamp.
// For free-text fields, a value that lost to a concurrent edit is kept in `conflicts`: "concurrent"
// means the winner's writer had not seen it (its `base` stamp is older) and no other kept value's
// writer had seen it either. These rules depend only on the set of values, never on arrival order.
// A writer cannot have seen past its own stamp: a `base` later than the write's own stamp (a device
// whose clock ran behind) counts as the write's own stamp, else the rule would depend on arrival order.
import { DELETED_FIELD } from './schema/collections';

/** A value with the stamp of its write and the stamp of the value it replaced. */
export interface Stamped {
  value: unknown;
  hlc: string;
  base?: string | null | undefined;
}

/** The merged state of one field: the winning write and, for free text, concurrent losers. */
export interface FieldState<S extends Stamped = Stamped> {
  winner: S;
  conflicts: S[];
}

/** How a field merges. */
export interface MergeRule {
  freeText?: boolean | undefined;
}

/** True when `a` wins over `b` on the field `field`. */
export function wins(a: Stamped, b: Stamped, field: string): boolean {
  if (field === DELETED_FIELD) {
    const aDeleted = a.value === true;
    const bDeleted = b.value === true;
    if (aDeleted !== bDeleted) return aDeleted;
  }
  return a.hlc > b.hlc;
}

/** Merges one incoming write into a field's state; returns the new state (inputs untouched). */
export function mergeField<S extends Stamped>(
  state: FieldState<S> | undefined,
  incoming: S,
  field: string,
  rule: MergeRule = {},
): FieldState<S> {
  if (!state) return { winner: incoming, conflicts: [] };
  if (state.winner.hlc === incoming.hlc || state.conflicts.some((c) => c.hlc === incoming.hlc)) return state;
  const winner = wins(incoming, state.winner, field) ? incoming : state.winner;
  if (!rule.freeText) return { winner, conflicts: [] };
  const candidates = [...state.conflicts, state.winner, incoming].filter((c) => c.hlc !== winner.hlc);
  return { winner, conflicts: keptConflicts(winner, candidates) };
}

/** Merges two states of the same field (state-based: the union of what both replicas saw). */
export function mergeFieldStates<S extends Stamped>(
  a: FieldState<S>,
  b: FieldState<S>,
  field: string,
  rule: MergeRule = {},
): FieldState<S> {
  let merged = mergeField(a, b.winner, field, rule);
  for (const conflict of b.conflicts) merged = mergeField(merged, conflict, field, rule);
  return merged;
}

/** The conflicts worth showing: those whose value differs from the winner's. */
export function visibleConflicts(state: FieldState): Stamped[] {
  const current = JSON.stringify(state.winner.value);
  return state.conflicts.filter((c) => JSON.stringify(c.value) !== current);
}

/** The latest stamp the writer of `write` had seen, never later than the write itself. */
function seenUpTo(write: Stamped): string {
  const base = write.base ?? '';
  return base < write.hlc ? base : write.hlc;
}

function keptConflicts<S extends Stamped>(winner: S, candidates: S[]): S[] {
  const kept = candidates.filter(
    (loser) => loser.hlc > seenUpTo(winner) && !candidates.some((other) => other !== loser && seenUpTo(other) >= loser.hlc),
  );
  return kept.sort((x, y) => (x.hlc < y.hlc ? -1 : 1));
}
