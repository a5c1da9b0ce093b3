// How the catalogue's codes read on screen: operators and life situations, in French.
import type * as z from 'zod/mini';
import type { Demarche, lifeSituationSchema, operatorIdSchema } from '../../shared/schema/content';

export type OperatorId = z.infer<typeof operatorIdSchema>;
export type LifeSituation = z.infer<typeof lifeSituationSchema>;

/** Each operator's usual short name and its name in full. */
export const operatorLabels: Record<OperatorId, { short: string; long: string }> = {
  caf: { short: 'CAF', long: 'Caisse d’allocations familiales' },
  cpam: { short: 'CPAM', long: 'Assurance Maladie (ameli)' },
  'france-travail': { short: 'France Travail', long: 'Anciennement Pôle emploi' },
  msa: { short: 'MSA', long: 'Mutualité sociale agricole' },
  'assurance-retraite': { short: 'Assurance retraite', long: 'Retraite du régime général (CARSAT)' },
  dgfip: { short: 'Impôts', long: 'Finances publiques (impots.gouv.fr)' },
  ants: { short: 'ANTS', long: 'Papiers d’identité, permis de conduire, carte grise' },
  'la-poste': { short: 'La Poste', long: 'Identité numérique et services de La Poste' },
  sncf: { short: 'SNCF', long: 'Trains, cartes de réduction' },
  'mission-locale': { short: 'Mission locale', long: 'Jeunes de 16 à 25 ans : emploi, formation' },
  'cap-emploi': { short: 'Cap emploi', long: 'Emploi des personnes en situation de handicap' },
  mdph: { short: 'MDPH', long: 'Maison départementale des personnes handicapées' },
  urssaf: { short: 'Urssaf', long: 'Cotisations : Cesu, micro-entreprise' },
  mairie: { short: 'Mairie', long: 'Démarches faites en mairie' },
  autre: { short: 'Autres organismes', long: 'Amendes et autres services publics' },
};

/** Each life situation's name. */
export const situationLabels: Record<LifeSituation, string> = {
  sante: 'Santé',
  emploi: 'Emploi',
  famille: 'Famille',
  logement: 'Logement',
  retraite: 'Retraite',
  identite: 'Identité et papiers',
  impots: 'Impôts',
  transport: 'Transport',
  numerique: 'Numérique',
};

/** A démarche's title when the id is in the catalogue; otherwise the entry as written (a free entry). */
export function demarcheLabel(entry: string, catalogue: Demarche[] | undefined): string {
  const found = catalogue?.find((d) => d.id === entry);
  return found ? `${found.title} (${operatorLabels[found.operator].short})` : entry;
}
