// Diagnostics on the device: each one dated and kept, read as plain objects, listed per person.
import type { DiagnosticValues } from '../../shared/schema/diagnostic';
import { uuidv7 } from '../../shared/schema/ids';
import type { DeclicDatabase } from './database';
import { listRecords, readRecord, writeFields } from './records-repository';

const COLLECTION = 'diagnostics';

/** A diagnostic as views read it. */
export type Diagnostic = DiagnosticValues & { id: string };

/** What a new diagnostic holds (every field but the tombstone). */
export type NewDiagnostic = Omit<DiagnosticValues, 'deleted'>;

/** Saves a new diagnostic; returns its id. */
export async function createDiagnostic(db: DeclicDatabase, values: NewDiagnostic): Promise<string> {
  const id = uuidv7(db.now());
  await writeFields(db, COLLECTION, id, values);
  return id;
}

/** One diagnostic, or undefined when unknown or erased. */
export async function getDiagnostic(db: DeclicDatabase, id: string): Promise<Diagnostic | undefined> {
  const record = await readRecord(db, COLLECTION, id);
  return record && !record.deleted && isComplete(record) ? (record as unknown as Diagnostic) : undefined;
}

/** The diagnostics of one person, oldest first (by date, then by creation). */
export async function listDiagnosticsOf(db: DeclicDatabase, beneficiaryId: string): Promise<Diagnostic[]> {
  const records = await listRecords(db, COLLECTION);
  return records
    .filter((r) => r.beneficiaryId === beneficiaryId && isComplete(r))
    .map((r) => r as unknown as Diagnostic)
    .sort(byDateThenId);
}

/** Oldest first: by date, then by id (ids are time-ordered). */
export function byDateThenId(a: { date: string; id: string }, b: { date: string; id: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

// A diagnostic whose fields are still arriving (a sync cut in the middle) is not shown until complete.
function isComplete(record: Record<string, unknown>): boolean {
  return (
    typeof record.date === 'string' &&
    typeof record.skills === 'object' &&
    record.skills !== null &&
    typeof record.autonomyLevel === 'string'
  );
}
