// A CSV reader for the directories' open data files (RFC 4180 and what spreadsheets write): quoted fields
// with doubled quotes and line breaks inside, CRLF or LF, a byte order mark, `,` or `;` between fields.
// Linear in the size of the text: one pass, no backtracking.

/** One record of the file and the line it starts on (1 is the header's). */
export interface CsvRecord {
  line: number;
  values: string[];
}

/** The header's names and the records under it (blank lines left out). */
export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

/** A file that cannot be read as CSV at all, with a French message for the person importing it. */
export class CsvError extends Error {}

/** The separator of the header line: `;` when it has more of them than `,` (a French spreadsheet's export). */
function separatorOf(text: string): ',' | ';' {
  const end = text.search(/\r?\n/);
  const first = end === -1 ? text : text.slice(0, end);
  const count = (c: string) => first.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** Reads `text` as CSV; throws CsvError for a quote never closed or a file without a header. */
export function parseCsv(text: string): CsvTable {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const separator = separatorOf(source);
  const rows: CsvRecord[] = [];
  let values: string[] = [];
  let field = '';
  let line = 1;
  let startLine = 1;
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    values.push(field);
    if (!(values.length === 1 && (values[0] ?? '').trim() === '')) rows.push({ line: startLine, values });
    values = [];
    field = '';
  };
  while (i < source.length) {
    const c = source.charAt(i);
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else {
        if (c === '\n') line += 1;
        field += c;
      }
      i += 1;
      continue;
    }
    if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === separator) {
      values.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      endRecord();
      if (c === '\r' && source[i + 1] === '\n') i += 1;
      line += 1;
      startLine = line;
    } else field += c;
    i += 1;
  }
  if (quoted) throw new CsvError(`Guillemet ouvert ligne ${startLine} et jamais fermé : le fichier est coupé ou mal formé.`);
  endRecord();
  const [head, ...records] = rows;
  if (!head) throw new CsvError('Le fichier est vide.');
  return { header: head.values.map((name) => name.trim().toLowerCase()), records };
}
