// A directory file chosen on the tablet, read as its format says: the text (UTF-8, or Windows-1252 as a
// spreadsheet on Windows writes it), then the standard's reader. Errors come back in French.
import { parseDataInclusion } from '../../../shared/directory/data-inclusion';
import { DirectoryFileError, type ParsedDirectory } from '../../../shared/directory/imported-partner';
import { parseLieuxCsv } from '../../../shared/directory/lieux';
import { parseZone } from '../../../shared/directory/zone';

/** The two formats, as the form names them. */
export const DIRECTORY_FORMATS = {
  lieux: 'Lieux de médiation numérique (CSV)',
  'data-inclusion': 'data·inclusion (JSON, structures et services)',
} as const;
export type DirectoryFormat = keyof typeof DIRECTORY_FORMATS;

/** The format a file's name suggests. */
export function formatOfName(name: string): DirectoryFormat | null {
  if (/\.csv$/i.test(name)) return 'lieux';
  if (/\.json$/i.test(name)) return 'data-inclusion';
  return null;
}

function decode(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Reads `file` in `format` (data·inclusion kept to `zoneText`); `{ error }` says in French why it cannot be. */
export async function readDirectoryFile(
  file: Blob,
  format: DirectoryFormat,
  zoneText: string,
): Promise<{ parsed: ParsedDirectory } | { error: string }> {
  const zone = format === 'data-inclusion' ? parseZone(zoneText) : null;
  if (format === 'data-inclusion' && !zone) {
    return { error: 'Zone invalide : un numéro de département (47) ou des codes INSEE de communes séparés par des virgules.' };
  }
  const text = decode(await file.arrayBuffer());
  try {
    return { parsed: zone ? parseDataInclusion(text, zone) : parseLieuxCsv(text) };
  } catch (error) {
    if (error instanceof DirectoryFileError) return { error: error.message };
    throw error;
  }
}
