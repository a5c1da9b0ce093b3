// The national standard « Lieux de médiation numérique » (LaMednum/standard-mediation-num, schema 1.0.2): a
// CSV, one place per row, multi-valued cells separated by `|`, hours in OpenStreetMap's opening_hours.
import { CsvError, parseCsv, type CsvRecord } from './csv';
import { LOCAL_MARKDOWN_MAX } from '../schema/local-content';
import {
  cell,
  clipped,
  checkedValues,
  DirectoryFileError,
  firstOfEachId,
  listCell,
  listOrNull,
  phoneNumber,
  postalCode,
  requiredCell,
  RowError,
  updateDate,
  type ColumnNames,
  type ImportedPartner,
  type ParsedDirectory,
  type RefusedLine,
} from './imported-partner';

/** The columns the schema requires in every row. */
export const LIEUX_REQUIRED = ['id', 'pivot', 'nom', 'commune', 'code_postal', 'adresse', 'date_maj'] as const;

const COLUMNS: ColumnNames = {
  name: 'nom',
  commune: 'commune',
  postalCode: 'code_postal',
  address: 'adresse',
  phone: 'telephone',
  email: 'courriels',
  website: 'site_web',
  openingHours: 'horaires',
  appointment: 'modalites_acces',
  services: 'services',
  modalities: 'modalites_accompagnement',
  notes: 'presentation_detail',
};

/** A SIRET (14 digits) or an RNA number (W and 9 digits), as the schema's pattern allows. */
const PIVOT = /^[a-zA-Z0-9]{9,14}$/;

function readRow(row: Record<string, string>, line: number): ImportedPartner {
  const [id, pivot, name] = LIEUX_REQUIRED.map((column) => requiredCell(row[column], column));
  if (pivot === undefined || !PIVOT.test(pivot)) throw new RowError(`pivot invalide : « ${pivot} » (SIRET ou numéro RNA attendu)`);
  const updatedOn = updateDate(row.date_maj);
  const complement = cell(row.complement_adresse);
  const access = listCell(row.modalites_acces).join(', ');
  const booking = cell(row.prise_rdv);
  const presentation = [cell(row.presentation_resume), cell(row.presentation_detail)].filter(Boolean).join('\n\n');
  const values = checkedValues(
    {
      name: name ?? '',
      commune: cell(row.commune),
      postalCode: postalCode(row.code_postal, true),
      address: [cell(row.adresse), complement].filter(Boolean).join(', '),
      phone: phoneNumber(row.telephone),
      email: listCell(row.courriels).join(', ') || null,
      website: listCell(row.site_web).join(' ') || null,
      openingHours: cell(row.horaires),
      appointment: [access, booking && `en ligne : ${booking}`].filter(Boolean).join(' ; ') || null,
      services: listOrNull(listCell(row.services)),
      modalities: listOrNull(listCell(row.modalites_accompagnement)),
      notes: clipped(presentation || null, LOCAL_MARKDOWN_MAX),
    },
    COLUMNS,
  );
  return { line, source: 'lieux', sourceId: id ?? '', updatedOn, values };
}

function rowObject(header: string[], record: CsvRecord): Record<string, string> {
  if (record.values.length !== header.length) {
    throw new RowError(`${record.values.length} champ${record.values.length > 1 ? 's' : ''} au lieu de ${header.length}`);
  }
  return Object.fromEntries(header.map((name, i) => [name, record.values[i] ?? '']));
}

/** Reads a « Lieux de médiation numérique » CSV; throws DirectoryFileError when it cannot be read at all. */
export function parseLieuxCsv(text: string): ParsedDirectory {
  let table;
  try {
    table = parseCsv(text);
  } catch (error) {
    throw new DirectoryFileError(error instanceof CsvError ? error.message : String(error));
  }
  const missing = LIEUX_REQUIRED.filter((column) => !table.header.includes(column));
  if (missing.length > 0) {
    throw new DirectoryFileError(
      `Ce n’est pas un fichier « Lieux de médiation numérique » : colonne${missing.length > 1 ? 's' : ''} ${missing.join(', ')} absente${missing.length > 1 ? 's' : ''} de la première ligne.`,
    );
  }
  const partners: ImportedPartner[] = [];
  const refused: RefusedLine[] = [];
  for (const record of table.records) {
    try {
      partners.push(readRow(rowObject(table.header, record), record.line));
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      refused.push({ line: record.line, reason: error.message });
    }
  }
  const kept = firstOfEachId(partners, refused);
  return { source: 'lieux', partners: kept, refused: refused.sort((a, b) => a.line - b.line), outOfZone: 0 };
}
