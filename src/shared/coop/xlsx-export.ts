// La Coop's export as an Excel workbook: the same rows and column headers as the CSV (export.ts), one sheet,
// the header row bold and kept in view. Written by a kept library (write-excel-file) the same way on the
// tablet and on the endpoint; the tablet loads this module only when the aidant asks for the workbook.
import writeXlsxFile, { type Row } from 'write-excel-file/universal';
import { coopExportHeaders, type CoopExportRow } from './export';

/** The media type of an .xlsx file. */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The sheet's name, as the Coop's own export names it. */
export const COOP_SHEET_NAME = 'Activités';

/** The rows as an .xlsx workbook's bytes. Text is written as text, never as a formula (no cell is ever run). */
export async function coopXlsx(rows: readonly CoopExportRow[]): Promise<Uint8Array> {
  const header: Row = coopExportHeaders.map((title) => ({ value: title, fontWeight: 'bold' as const }));
  const lines: Row[] = rows.map((row) =>
    coopExportHeaders.map((title) => {
      const cell = row[title];
      if (typeof cell === 'number') return { type: Number, value: cell };
      return cell === '' ? null : { type: String, value: cell, wrap: cell.includes('\n') };
    }),
  );
  const workbook = await writeXlsxFile([header, ...lines], {
    sheet: COOP_SHEET_NAME,
    stickyRowsCount: 1,
    columns: coopExportHeaders.map((title) => ({ width: Math.min(40, Math.max(12, title.length + 2)) })),
  }).toBlob();
  return new Uint8Array(await workbook.arrayBuffer());
}
