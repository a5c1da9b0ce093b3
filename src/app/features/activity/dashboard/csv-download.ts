// Saving the CSV export on the tablet: a Blob offered as a download (no network involved), under a name
// that says whose figures and which period it holds.
import type { Period } from '../../../../shared/stats/period';

/** Offers `text` as a file named `filename`. */
export function downloadCsv(filename: string, text: string): void {
  downloadText(filename, text, 'text/csv;charset=utf-8');
}

/** Offers `text` as a file named `filename`, of the given media type. */
export function downloadText(filename: string, text: string, type: string): void {
  offerBlob(filename, new Blob([text], { type }));
}

/** Offers `bytes` (a workbook, say) as a file named `filename`, of the given media type. */
export function downloadBytes(filename: string, bytes: Uint8Array, type: string): void {
  offerBlob(filename, new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
}

function offerBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * "statistiques-declic-mairie-de-nerac-2025-01-01-au-2025-06-30.csv", or "…-territoire-…" for the whole
 * territory (`structureName` null): two exports of a coordinator and an admin never share a name.
 */
export function statsFileName(structureName: string | null, period: Period): string {
  const whose = structureName === null ? 'territoire' : fileNamePart(structureName) || 'structure';
  return `statistiques-declic-${whose}-${period.from}-au-${period.to}.csv`;
}

/** Text safe in a file name on every system: lower-case letters and digits without accents, joined by "-". */
export function fileNamePart(text: string): string {
  return text
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
}
