// The right of access: everything the tablet holds about one person, as a JSON document and as text
// lines for the printable page.
import type { PersonData } from '../../db/person-file-repository';
import type { PlainRecord } from '../../db/record-state';

/** The export's format name, so that a reader knows what it opens. */
export const EXPORT_FORMAT = 'declic-donnees-personne/1';

/** One record as exported: its values, and the values kept after a concurrent edit (if any). */
export type ExportedRecord = Record<string, unknown>;

/** The JSON document of the export. */
export interface PersonExport {
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  structure: string;
  person: ExportedRecord;
  records: Record<string, ExportedRecord[]>;
}

/** Fields that may name other people (atelier participants, a cheque handed to someone else, erased people). */
const OTHER_PEOPLE_FIELDS = ['participantIds', 'handedTo', 'anonymousPeople'];

/**
 * One record as the person may read it: the ids of other people never leave the tablet. An atelier lists
 * the person alone and counts the others; a cheque handed to someone else does not say to whom.
 */
function exported(record: PlainRecord, personId: string): ExportedRecord {
  const { conflicts, deleted: _deleted, participantIds, handedTo, anonymousPeople: _anonymous, ...values } = record;
  const own: ExportedRecord = { ...values };
  if (Array.isArray(participantIds)) {
    const others = participantIds.filter((id) => id !== personId).length;
    own.participantIds = participantIds.includes(personId) ? [personId] : [];
    if (others > 0) own.otherParticipants = others;
  }
  if (handedTo !== undefined) own.handedTo = handedTo === personId ? handedTo : null;
  const kept = Object.entries(conflicts)
    .map(
      ([field, values_]) => [field, OTHER_PEOPLE_FIELDS.includes(field) ? values_.filter((c) => c.value === personId) : values_] as const,
    )
    .filter(([, values_]) => values_.length > 0);
  return kept.length > 0 ? { ...own, conflicts: Object.fromEntries(kept) } : own;
}

/** Builds the export of `data`, made at `now` by the structure `structure`. */
export function buildExport(data: PersonData, structure: string, now: number): PersonExport {
  const records: Record<string, ExportedRecord[]> = {};
  const personId = data.beneficiary.id;
  for (const [collection, list] of Object.entries(data.records)) {
    if (list.length > 0) records[collection] = list.map((record) => exported(record, personId));
  }
  const person = exported(data.beneficiary, personId);
  return { format: EXPORT_FORMAT, exportedAt: new Date(now).toISOString(), structure, person, records };
}

/** The file name of the download: no name of the person in it, only the start of the file's id. */
export function exportFileName(personId: string, today: string): string {
  return `declic-donnees-${personId.slice(0, 8)}-${today}.json`;
}

/** Offers the export as a file download (the browser saves it; nothing leaves the tablet otherwise). */
export function downloadExport(document_: PersonExport, fileName: string): void {
  const blob = new Blob([JSON.stringify(document_, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = Object.assign(window.document.createElement('a'), { href: url, download: fileName });
  window.document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
