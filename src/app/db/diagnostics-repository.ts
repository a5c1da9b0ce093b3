// Diagnostics on the device: each one dated and kept, read as plain objects, listed per person.
import { diagnosticsCollection, type DiagnosticValues } from '../../shared/schema/diagnostic';
import { uuidv7 } from '../../shared/schema/ids';
import type { DeclicDatabase } from './database';
import { completeRecords } from './record-views';
import { listRecords, readRecord, writeFields } from './records-repository';

const COLLECTION = 'diagnostics';
// A diagnostic whose fields are still arriving (a sync cut in the middle) is not shown until complete.
const complete = completeRecords(diagnosticsCollection);

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
  return record && !record.deleted ? complete(record) : undefined;
}

/** The diagnostics of one person, oldest first (by date, then by creation). */
export async function listDiagnosticsOf(db: DeclicDatabase, beneficiaryId: string): Promise<Diagnostic[]> {
  const records = await listRecords(db, COLLECTION);
  return records
    .filter((r) => r.beneficiaryId === beneficiaryId)
    .map(complete)
    .filter((d) => d !== undefined)
    .sort(byDateThenId);
}

/** Oldest first: by date, then by id (ids are time-ordered). */
export function byDateThenId(a: { date: string; id: string }, b: { date: string; id: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
