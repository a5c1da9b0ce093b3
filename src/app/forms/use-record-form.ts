// A form that edits a synced record remembers what it opened with (its base: the values shown and the
// stamp of each stored value) and writes only what the aidant changed against that base — never against
// the record as it is now. A colleague's change that arrives by sync while the form is open (or while its
// draft waits overnight) is then left alone unless the aidant changed the same field; on a free-text
// field both versions are kept as a conflict (the base stamp tells the merge what the aidant had seen).
// The base travels inside the form's draft, so a draft restored later keeps it.
import { useRef } from 'preact/hooks';
import type { SeenStamps } from '../db/records-repository';
import { sameValue, stampsOf } from '../db/record-state';
import { useDraft, type DraftState } from './use-draft';

/** What a form opened with: its values, and the stamp of each stored field then. */
export interface FormBase<V> {
  values: V;
  /** Null when the record's stamps were not known (see stampsOf). */
  stamps: Readonly<Record<string, string>> | null;
}

/** A record form's draft: what is typed, and what the form opened with. */
export interface RecordDraft<V> {
  typed: V;
  base: FormBase<V>;
}

/** The fields of `typed` whose value differs from `base`'s (values are JSON). */
export function changedSince<T extends object>(base: T, typed: T): Partial<T> {
  const changed: Partial<T> = {};
  for (const field of Object.keys(typed) as (keyof T)[]) {
    if (!sameValue(base[field] ?? null, typed[field] ?? null)) changed[field] = typed[field];
  }
  return changed;
}

/** The stamps the base had for `fields` (null: no value then): what writeFields takes as `seen`. */
export function seenStamps(base: FormBase<unknown>, fields: readonly string[]): SeenStamps {
  const stamps = base.stamps;
  return stamps ? Object.fromEntries(fields.map((field) => [field, stamps[field] ?? null])) : {};
}

/** The write a form makes: the stored values changed since its base, and the stamps the aidant had seen. */
export interface FormWrite<S> {
  changes: Partial<S>;
  seen: SeenStamps;
}

/** What to write for `draft`; `toStored` turns form values into stored values (the same for base and typed). */
export function formWrite<V, S extends object>(draft: RecordDraft<V>, toStored: (values: V) => S): FormWrite<S> {
  const changes = changedSince(toStored(draft.base.values), toStored(draft.typed));
  return { changes, seen: seenStamps(draft.base, Object.keys(changes)) };
}

/** The base of a form opened on `record` (a record read from src/app/db), shown as `values`. */
export function baseOf<V>(record: object, values: V): FormBase<V> {
  return { values, stamps: stampsOf(record) };
}

/**
 * The stamp of `record`'s value of `field` as read (null: no value; undefined: not known): what a
 * one-field form has seen.
 */
export function stampOf(record: object, field: string): string | null | undefined {
  const stamps = stampsOf(record);
  return stamps ? (stamps[field] ?? null) : undefined;
}

/** A draft saved before forms kept their base holds the typed values alone. */
function isRecordDraft<V>(value: unknown): value is RecordDraft<V> {
  return typeof value === 'object' && value !== null && 'typed' in value && 'base' in value;
}

/** A record form's state: the draft, its typed values, and the write they make. */
export interface RecordFormState<V> extends Omit<DraftState<RecordDraft<V>>, 'set' | 'value'> {
  values: V;
  set(typed: V): void;
  write<S extends object>(toStored: (values: V) => S): FormWrite<S>;
}

/**
 * The form `key` editing `record`, shown as `toForm(record)`: the base is taken when the form opens (or
 * comes back with a restored draft). A draft from before bases were kept is read as typed over the
 * record as it is now.
 */
export function useRecordForm<R extends object, V>(key: string, record: R, toForm: (record: R) => V): RecordFormState<V> {
  // Taken once per form (a new key is another record's form, opened afresh).
  const opened = useRef<{ key: string; draft: RecordDraft<V> } | null>(null);
  if (opened.current?.key !== key) {
    const values = toForm(record);
    opened.current = { key, draft: { typed: values, base: baseOf(record, values) } };
  }
  const initial = opened.current.draft;
  const draft = useDraft<RecordDraft<V> | V>(key, initial);
  const current: RecordDraft<V> = isRecordDraft<V>(draft.value) ? draft.value : { typed: draft.value, base: initial.base };
  return {
    ready: draft.ready,
    restoredFrom: draft.restoredFrom,
    clear: draft.clear,
    values: current.typed,
    set: (typed) => draft.set({ typed, base: current.base }),
    write: (toStored) => formWrite(current, toStored),
  };
}
