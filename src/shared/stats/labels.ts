// How the report's tables and categories read, in French, on screen and in the CSV export.
import { autonomyLevels } from '../schema/diagnostic';
import type { TableId } from './report-schema';

/** What a table shows: title, name of its categories, what its count counts, whether it has minutes. */
export interface TableSpec {
  title: string;
  category: string;
  count: string;
  minutes: boolean;
  /**
   * How the rows come: in the categories' own order (months, age bands…, whatever the figures), or by
   * their figures, largest first (communes, démarches…), where a hidden row must not keep its place.
   */
  order: 'category' | 'figures';
}

const sessions = { count: 'Séances', minutes: true };
const participations = { count: 'Accompagnements reçus', minutes: false };
const byCategory = { order: 'category' } as const;
const byFigures = { order: 'figures' } as const;

/** Every table of a report. */
export const tableSpecs: Record<TableId, TableSpec> = {
  month: { title: 'Par mois', category: 'Mois', ...sessions, ...byCategory },
  place: { title: 'Par lieu', category: 'Lieu', ...sessions, ...byCategory },
  mode: { title: 'Individuel ou atelier', category: 'Mode', ...sessions, ...byCategory },
  operator: { title: 'Par organisme', category: 'Organisme', ...sessions, ...byFigures },
  demarche: { title: 'Par démarche', category: 'Démarche', ...sessions, ...byFigures },
  commune: { title: 'Par commune des personnes', category: 'Commune', ...participations, ...byFigures },
  ageBand: { title: 'Par tranche d’âge', category: 'Tranche d’âge', ...participations, ...byCategory },
  autonomy: { title: 'Par niveau d’autonomie (le dernier observé)', category: 'Autonomie', ...participations, ...byCategory },
  orientationOutcome: {
    title: 'Orientations par suite donnée',
    category: 'Suite',
    count: 'Orientations',
    minutes: false,
    ...byCategory,
  },
  orientationPartner: {
    title: 'Orientations par partenaire',
    category: 'Partenaire',
    count: 'Orientations',
    minutes: false,
    ...byFigures,
  },
  structure: { title: 'Par structure', category: 'Structure', ...sessions, ...byFigures },
};

export const placeLabels: Record<string, string> = {
  domicile: 'À domicile',
  mairie: 'En mairie',
  'france-services': 'En France services',
  'a-distance': 'À distance',
  inconnu: 'Non renseigné',
};

export const modeLabels: Record<string, string> = { individuel: 'Individuel', atelier: 'Atelier collectif', inconnu: 'Non renseigné' };

export const autonomyLabels: Record<string, string> = {
  'pas-a-pas': 'À accompagner pas à pas',
  'aide-ponctuelle': 'Autonome avec une aide ponctuelle',
  autonome: 'Autonome',
  'non-observe': 'Non observé',
};
/** The autonomy keys of a report, in scale order. */
export const autonomyKeys = [...autonomyLevels, 'non-observe'] as const;

export const ageBandLabels: Record<string, string> = {
  'moins-de-26': 'Moins de 26 ans',
  '26-44': '26 à 44 ans',
  '45-59': '45 à 59 ans',
  '60-74': '60 à 74 ans',
  '75-et-plus': '75 ans et plus',
  inconnu: 'Âge non renseigné',
};

export const outcomeLabels: Record<string, string> = {
  'en-attente': 'En attente',
  recue: 'Reçue par le partenaire',
  'sans-suite': 'Sans suite',
};

const monthNames = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** The usual French abbreviations of the months (as in a printed calendar). */
const shortMonthNames = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

/** "2025-03" → "mars 2025". */
export function monthLabel(month: string): string {
  const [year, index] = month.split('-');
  return `${monthNames[Number(index) - 1] ?? index} ${year}`;
}

/** "2025-03" → "mars 25", "2025-07" → "juil. 25": for a chart's axis, where space is short. */
export function shortMonthLabel(month: string): string {
  const [year, index] = month.split('-');
  return `${shortMonthNames[Number(index) - 1] ?? index} ${year?.slice(2) ?? ''}`;
}

/** "2025-03-14" → "14/03/2025". */
export function frenchDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** Labels of catalogue and tenant ids that the report itself does not know (the content pack and the endpoint do). */
export interface ReportLabels {
  demarche?: Record<string, string>;
  operator?: Record<string, string>;
  partner?: Record<string, string>;
  structure?: Record<string, string>;
}

/** The French label of a category of `table`. */
export function categoryLabel(table: TableId, key: string, labels: ReportLabels = {}): string {
  switch (table) {
    case 'month':
      return monthLabel(key);
    case 'place':
      return placeLabels[key] ?? key;
    case 'mode':
      return modeLabels[key] ?? key;
    case 'autonomy':
      return autonomyLabels[key] ?? key;
    case 'ageBand':
      return ageBandLabels[key] ?? key;
    case 'orientationOutcome':
      return outcomeLabels[key] ?? key;
    case 'commune':
      return key === '' ? 'Non renseignée' : key;
    case 'demarche':
      return labels.demarche?.[key] ?? key;
    case 'operator':
      return labels.operator?.[key] ?? key;
    case 'orientationPartner':
      return labels.partner?.[key] ?? key;
    case 'structure':
      return labels.structure?.[key] ?? key;
  }
}
