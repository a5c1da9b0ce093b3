// CSV export of anonymous aggregates that opens as it should in a French spreadsheet: UTF-8 with a BOM,
// ";" between fields, decimal comma, CRLF line ends, text in double quotes. Small cells are always hidden.
import { categoryLabel, frenchDate, tableSpecs, type ReportLabels } from './labels';
import { tableIds, type StatsReport, type StatsRow, type StatsTotals } from './report-schema';
import { rowsForDisplay, suppressSmallCells } from './suppression';

/** What the file says about itself. */
export interface CsvOptions {
  /** The structure's name, or "Territoire (toutes les structures)". */
  scopeLabel: string;
  labels?: ReportLabels;
}

type Cell = string | number | null;

const HIDDEN_NOTE =
  'Chaque tableau compte des personnes : une ligne de moins de 5 personnes est masquée avec toutes ses valeurs, et dans les tableaux classés du plus grand au plus petit, les lignes masquées viennent à la fin, par ordre alphabétique. « < 5 » : moins de 5 personnes, chiffre masqué pour que personne ne soit reconnaissable. « masqué » : chiffre masqué pour qu’il ne puisse pas être retrouvé par soustraction.';

/** The report as a CSV file's text (BOM included), with small cells hidden. */
export function statsToCsv(report: StatsReport, options: CsvOptions): string {
  const safe = suppressSmallCells(report);
  const lines: Cell[][] = [
    ['Statistiques Déclic — données anonymes'],
    ['Périmètre', options.scopeLabel],
    ['Période', `du ${frenchDate(safe.period.from)} au ${frenchDate(safe.period.to)}`],
    [],
    ['Ensemble', 'Valeur'],
    ...totalLines(safe.totals),
  ];
  for (const id of tableIds) {
    const spec = tableSpecs[id];
    const rows = rowsForDisplay(id, safe.tables[id], options.labels);
    if (id === 'structure' && rows.length === 0) continue;
    lines.push([], [spec.title], [spec.category, 'Personnes', spec.count, ...(spec.minutes ? ['Heures'] : [])]);
    if (rows.length === 0) lines.push(['Aucune donnée sur la période']);
    for (const row of rows) lines.push(rowLine(row, categoryLabel(id, row.key, options.labels), spec.minutes));
  }
  lines.push([], [HIDDEN_NOTE]);
  return `\uFEFF${lines.map((line) => line.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

/** A number with a decimal comma and at most `digits` decimals ("22,5"). */
export function frenchNumber(value: number, digits = 1): string {
  const factor = 10 ** digits;
  return String(Math.round(value * factor) / factor).replace('.', ',');
}

/** Minutes as hours with one decimal ("22,5"). */
export function hours(minutes: number): string {
  return frenchNumber(minutes / 60, 1);
}

function totalLines(t: StatsTotals): Cell[][] {
  return [
    ['Personnes accompagnées', peopleCell(t.people)],
    ['Séances', t.sessions],
    ['Heures d’accompagnement', hours(t.minutes)],
    ['Ateliers collectifs', t.ateliers],
    ['Places occupées en atelier', t.atelierSeats],
    ['Orientations vers un partenaire', t.orientations],
    ['Orientations sans nouvelles depuis 30 jours', t.staleOrientations],
    ['Pass numériques remis', t.passHandedOut],
    ['Valeur des pass remis (€)', (t.passValueHandedOutCents / 100).toFixed(2).replace('.', ',')],
    ['Personnes ayant reçu un pass', peopleCell(t.passPeople)],
    ['Pass numériques utilisés', t.passUsed],
    ['Pass numériques expirés', t.passExpired],
    ['Pass numériques en stock', t.passInStock],
    ['Aidants formés (au moins un module « Se former » terminé)', t.trainedAidants ?? 0],
    ['Modules « Se former » terminés', t.modulesFinished ?? 0],
  ];
}

function rowLine(row: StatsRow, label: string, withMinutes: boolean): Cell[] {
  const masked = row.hidden === undefined ? undefined : 'masqué';
  const people = row.hidden === 'petit-effectif' ? '< 5' : (masked ?? row.people);
  const line: Cell[] = [label, people, masked ?? row.count];
  if (withMinutes) line.push(masked ?? hours(row.minutes ?? 0));
  return line;
}

function peopleCell(people: number | null): Cell {
  return people === null ? '< 5' : people;
}

/** Integers as they are; text in quotes (inner quotes doubled), defused when a spreadsheet would run it as a formula. */
function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  if (/^\d+(,\d+)?$/.test(cell)) return cell;
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return `"${text.replace(/"/g, '""')}"`;
}
