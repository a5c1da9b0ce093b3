// `import-partners`: a directory of the open data standards into the local partners of the territory (or of
// one structure with --structure), written as synced ops: every tablet gets them at its next sync.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseDataInclusion } from '../../shared/directory/data-inclusion';
import { refusedLines, reportCounts } from '../../shared/directory/import-run';
import { DirectoryFileError, type ParsedDirectory } from '../../shared/directory/imported-partner';
import { parseLieuxCsv } from '../../shared/directory/lieux';
import { DEFAULT_ZONE, describeZone, parseZone } from '../../shared/directory/zone';
import type { ImportScope } from '../../shared/directory/partner-ids';
import { importPartners } from '../sync/partner-import';
import { CommandError, required, UsageError } from './args';
import type { Command } from './admin-commands';

const FORMATS = { lieux: 'Lieux de médiation numérique', 'data-inclusion': 'data·inclusion' } as const;
type Format = keyof typeof FORMATS;

/** The file's text: UTF-8, or Windows-1252 when it is not (a spreadsheet's « CSV » on Windows). */
export function decodeDirectoryFile(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function readDirectory(format: Format, file: string, zoneText: string | undefined): { parsed: ParsedDirectory; zone: string | null } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new CommandError(`Fichier illisible ou introuvable : ${file}`);
  }
  try {
    const text = decodeDirectoryFile(bytes);
    if (format === 'lieux') return { parsed: parseLieuxCsv(text), zone: null };
    const zone = parseZone(zoneText ?? DEFAULT_ZONE);
    if (!zone) throw new UsageError(`Zone invalide : ${zoneText} (un département comme 47, ou des codes INSEE séparés par des virgules).`);
    return { parsed: parseDataInclusion(text, zone), zone: describeZone(zone) };
  } catch (error) {
    if (error instanceof DirectoryFileError) throw new CommandError(`${basename(file)} : ${error.message}`);
    throw error;
  }
}

export const importPartnersCommand: Command = async (store, options) => {
  const format = required(options, 'format', 'import-partners');
  if (!Object.hasOwn(FORMATS, format)) throw new UsageError(`Format inconnu : ${format} (lieux ou data-inclusion).`);
  const file = required(options, 'file', 'import-partners');
  const structureId = options.structure?.trim() || undefined;
  if (options.zone !== undefined && format !== 'data-inclusion') throw new UsageError('--zone ne sert qu’avec --format data-inclusion.');
  const structure = structureId ? await store.getStructure(structureId) : undefined;
  if (structureId && !structure) throw new CommandError(`Structure inconnue : ${structureId}`);
  const { parsed, zone } = readDirectory(format as Format, file, options.zone);
  const scope: ImportScope = structureId ? { territory: false, structureId } : { territory: true };
  const report = await importPartners(store, parsed, scope, `Import ${FORMATS[format as Format]}`);
  const where = structure ? `pour ${structure.name}` : 'pour tout le territoire';
  const text = [
    `Import « ${FORMATS[format as Format]} » ${where}${zone ? `, zone : ${zone}` : ''} (${basename(file)}) :`,
    reportCounts(report),
  ];
  if (report.keptEdits > 0) text.push(`Modifications faites sur les tablettes gardées : ${report.keptEdits}`);
  if (report.refused.length > 0) text.push('Lignes refusées :', ...refusedLines(report).map((line) => `  ${line}`));
  return { json: { format, file, territory: scope.territory, structureId: structureId ?? null, ...report }, text: text.join('\n') };
};
