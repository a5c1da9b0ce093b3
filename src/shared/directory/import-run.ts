// One import of a directory file into the local partners of a place (the territory or a structure): the ids,
// the current state, the plan of each partner, the writes, the counts. The endpoint's CLI and the app give
// their own reads and writes (PartnerTarget): the same rules on both.
import { frenchCount } from '../french-count';
import { itemAt } from '../item-at';
import type { ParsedDirectory, RefusedLine } from './imported-partner';
import { importedPartnerId, type ImportScope } from './partner-ids';
import { planUpsert, type ImportAuthor, type StoredPartner } from './partner-upsert';

/** The local partners an import reads and writes. */
export interface PartnerTarget {
  /** The stored state of these records (absent from the map: never written there). */
  read(recordIds: string[]): Promise<Map<string, StoredPartner>>;
  /** Writes the changed fields of records (a batch of at most BATCH_SIZE). */
  write(writes: { recordId: string; changes: Record<string, unknown> }[]): Promise<void>;
}

/** Partners written at a time: one transaction on the tablet, one progress step. */
export const BATCH_SIZE = 100;

/** What an import did, for the person who ran it. */
export interface ImportReport {
  added: number;
  updated: number;
  /** Not changed: the directory's date is not newer, or the partner was removed here. */
  unchanged: number;
  refused: RefusedLine[];
  /** data·inclusion: structures left out because they are outside the zone. */
  outOfZone: number;
  /** Fields a person changed since the last import, kept although the directory changed them too. */
  keptEdits: number;
  /** Stopped by the person: how many partners of the file were gone through (their batches written); absent when whole. */
  stoppedAfter?: number;
}

/** What follows an import as it runs: its progress, and the person asking it to stop. */
export interface ImportRunOptions {
  /** Hears how many partners are done, out of how many, after each batch. */
  onProgress?: (done: number, total: number) => void;
  /** Aborted (an AbortController's signal): the import ends after the batch being written; what is written stays. */
  signal?: { readonly aborted: boolean };
}

/** Imports `parsed` into `target`, batch by batch, telling the progress and stopping when asked (options). */
export async function runPartnerImport(
  parsed: ParsedDirectory,
  target: PartnerTarget,
  scope: ImportScope,
  by: Omit<ImportAuthor, 'territory'>,
  { onProgress, signal }: ImportRunOptions = {},
): Promise<ImportReport> {
  const report: ImportReport = { added: 0, updated: 0, unchanged: 0, refused: parsed.refused, outOfZone: parsed.outOfZone, keptEdits: 0 };
  const ids = await Promise.all(parsed.partners.map((p) => importedPartnerId(scope, p.source, p.sourceId)));
  const stored = await target.read(ids);
  const total = parsed.partners.length;
  let batch: { recordId: string; changes: Record<string, unknown> }[] = [];
  for (const [i, partner] of parsed.partners.entries()) {
    const recordId = itemAt(ids, i);
    const plan = planUpsert(stored.get(recordId), partner, { ...by, territory: scope.territory });
    if (plan.outcome === 'added' || plan.outcome === 'updated') {
      batch.push({ recordId, changes: plan.changes });
      report[plan.outcome] += 1;
    } else report.unchanged += 1;
    report.keptEdits += plan.keptEdits.length;
    if ((i + 1) % BATCH_SIZE === 0 || i + 1 === total) {
      if (batch.length > 0) await target.write(batch);
      batch = [];
      onProgress?.(i + 1, total);
      if (signal?.aborted && i + 1 < total) return { ...report, stoppedAfter: i + 1 };
    }
  }
  return report;
}

/** « ajoutés 3, mis à jour 1, inchangés 2, refusés 4 » (and the places outside the zone, when any). */
export function reportCounts(report: ImportReport): string {
  const [added, updated, unchanged, refused] = [report.added, report.updated, report.unchanged, report.refused.length].map(frenchCount);
  const counts = `ajoutés ${added}, mis à jour ${updated}, inchangés ${unchanged}, refusés ${refused}`;
  return report.outOfZone > 0 ? `${counts} (hors zone : ${frenchCount(report.outOfZone)})` : counts;
}

/** « Import arrêté après 300 lieux sur 850 : les autres n’ont pas été importés. », or null for a whole import. */
export function stoppedText(report: ImportReport, total: number): string | null {
  if (report.stoppedAfter === undefined) return null;
  return `Import arrêté après ${frenchCount(report.stoppedAfter)} lieux sur ${frenchCount(total)} : les autres n’ont pas été importés. Ceux déjà enregistrés le restent.`;
}

/** « ligne 4 : date_maj invalide … », one per refused line. */
export function refusedLines(report: Pick<ImportReport, 'refused'>): string[] {
  return report.refused.map((r) => `ligne ${r.line} : ${r.reason}`);
}
