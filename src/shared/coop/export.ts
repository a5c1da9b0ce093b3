// La Coop's export as a spreadsheet: one row per accompaniment under the Coop export's column headers
// (CSV, UTF-8 with a BOM and ";"). The JSON export is json-export.ts.
import {
  coopGenreLabels,
  coopMaterielLabels,
  coopStatutSocialLabels,
  coopStructureRedirectionLabels,
  coopThematiqueLabels,
  coopTrancheAgeLabels,
  coopTypeLabels,
  coopTypeLieuLabels,
} from './labels';
import type { CoopActivity, CoopParticipant } from './mapping';
import { coopAutonomies, coopNiveauxAtelier } from './vocabulary';

/** The Coop export's columns, in its order (those naming a person, the mediator or notes left out). */
export const coopExportHeaders = [
  'Date',
  'Enregistré le',
  'Dernière modification le',
  'Type',
  'Participants',
  'Canaux d’accompagnement',
  'Nom du lieu',
  'Adresse',
  'Commune',
  'Code postal',
  'Code Insee',
  'Durée (min)',
  'Nom de l’atelier',
  'Matériel numérique utilisé',
  'Thématique(s) d’accompagnement',
  'Tags',
  'Nom de la démarche administrative',
  'Niveau d’autonomie (ou de l’atelier)',
  'Bénéficiaire réorienté',
  'Structure de redirection',
  'Commune du bénéficiaire',
  'Code postal du bénéficiaire',
  'Code Insee du bénéficiaire',
  'Genre du bénéficiaire',
  'Tranche d’âge du bénéficiaire',
  'Statut du bénéficiaire',
  'ID CRA',
] as const;

export type CoopExportHeader = (typeof coopExportHeaders)[number];
export type CoopExportRow = Record<CoopExportHeader, string | number>;

/** Where the activities took place when the place is the structure's own (the "Nom du lieu"). */
export interface CoopExportPlace {
  structureName: string;
}

/** Several values in one cell are one per line, as in the Coop's export. */
const IN_CELL = '\n';

/** One row per accompaniment: an atelier of 8 participants gives 8 rows, "1/8" … "8/8". */
export function coopExportRows(
  activities: readonly CoopActivity[],
  place: (activity: CoopActivity) => CoopExportPlace | null,
): CoopExportRow[] {
  return activities.flatMap((activity) =>
    activity.participants.map((participant, index) => rowOf(activity, participant, index, place(activity))),
  );
}

function rowOf(a: CoopActivity, p: CoopParticipant, index: number, place: CoopExportPlace | null): CoopExportRow {
  const count = a.participants.length;
  return {
    Date: frenchDate(a.date),
    'Enregistré le': '',
    'Dernière modification le': '',
    Type: coopTypeLabels[a.type],
    Participants: count === 1 ? 1 : `${index + 1}/${count}`,
    'Canaux d’accompagnement': coopTypeLieuLabels[a.type_lieu],
    'Nom du lieu': a.type_lieu === 'lieu_activite' ? (place?.structureName ?? '') : '',
    Adresse: '',
    Commune: '',
    'Code postal': '',
    'Code Insee': '',
    'Durée (min)': a.duree,
    'Nom de l’atelier': a.titre_atelier ?? '',
    'Matériel numérique utilisé': a.materiel.map((m) => coopMaterielLabels[m]).join(IN_CELL),
    'Thématique(s) d’accompagnement': a.thematiques.map((t) => coopThematiqueLabels[t]).join(IN_CELL),
    Tags: a.tags.join(IN_CELL),
    'Nom de la démarche administrative': a.precisions_demarche ?? '',
    'Niveau d’autonomie (ou de l’atelier)': levelCell(a),
    'Bénéficiaire réorienté': a.oriente_vers_structure === null ? '' : a.oriente_vers_structure ? 'Oui' : 'Non',
    'Structure de redirection': a.structure_de_redirection ? coopStructureRedirectionLabels[a.structure_de_redirection] : '',
    'Commune du bénéficiaire': p.commune ?? '',
    'Code postal du bénéficiaire': '',
    'Code Insee du bénéficiaire': '',
    'Genre du bénéficiaire': coopGenreLabels[p.genre],
    'Tranche d’âge du bénéficiaire': coopTrancheAgeLabels[p.tranche_age],
    'Statut du bénéficiaire': coopStatutSocialLabels[p.statut_social],
    'ID CRA': a.id,
  };
}

/** "2/3" stars: the autonomy of an individual session, or the level of an atelier. */
function levelCell(a: CoopActivity): string {
  if (a.autonomie) return `${coopAutonomies.indexOf(a.autonomie) + 1}/${coopAutonomies.length}`;
  if (a.niveau_atelier) return `${coopNiveauxAtelier.indexOf(a.niveau_atelier) + 1}/${coopNiveauxAtelier.length}`;
  return '';
}

function frenchDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return iso ? `${day}/${month}/${year}` : '';
}

/** The rows as a CSV file's text: UTF-8 BOM, ";" between fields, CRLF line ends, text quoted. */
export function coopCsv(rows: readonly CoopExportRow[]): string {
  const lines = [coopExportHeaders.map(csvCell), ...rows.map((row) => coopExportHeaders.map((h) => csvCell(row[h])))];
  return `\uFEFF${lines.map((cells) => cells.join(';')).join('\r\n')}\r\n`;
}

/** Numbers as they are; text in quotes (inner quotes doubled), defused when a spreadsheet would run it as a formula. */
function csvCell(cell: string | number): string {
  if (typeof cell === 'number') return String(cell);
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return `"${text.replace(/"/g, '""')}"`;
}
