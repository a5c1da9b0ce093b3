// How the ten démarche families of a mandate read on screen and on paper: the names Aidants Connect gives
// them, and what each covers in plain words (examples, not a closed list).
import type { MandateDays, MandateFamily } from '../../shared/schema/mandate';

/** One family: its name and what it covers. */
export interface FamilyLabel {
  title: string;
  description: string;
}

/** Each family's name and description, in Aidants Connect's order. */
export const familyLabels: Record<MandateFamily, FamilyLabel> = {
  papiers: {
    title: 'Papiers, citoyenneté, élections',
    description: 'Carte d’identité, passeport, actes d’état civil, inscription sur les listes électorales, identité numérique.',
  },
  famille: {
    title: 'Famille, scolarité',
    description: 'Allocations familiales, naissance, mariage ou Pacs, école et études des enfants.',
  },
  social: {
    title: 'Social, santé',
    description: 'Assurance maladie et carte Vitale, RSA et prime d’activité, handicap, aides aux personnes âgées.',
  },
  travail: {
    title: 'Travail, formation',
    description: 'Recherche d’emploi et France Travail, formation, contrat de travail, retraite.',
  },
  logement: {
    title: 'Logement',
    description: 'Aides au logement, logement social, énergie et travaux, déménagement, fin de bail.',
  },
  transports: {
    title: 'Transports, mobilité',
    description: 'Carte grise, permis de conduire, contrôle technique, amendes et infractions.',
  },
  argent: {
    title: 'Argent, impôts, consommation',
    description: 'Impôts, banque et épargne, assurances, crédit, surendettement.',
  },
  justice: {
    title: 'Justice',
    description: 'Extrait de casier judiciaire, plainte, aide juridictionnelle, saisies.',
  },
  etranger: {
    title: 'Étranger, Europe',
    description: 'Titre de séjour, attestation d’accueil, regroupement familial.',
  },
  loisirs: {
    title: 'Loisirs, sport, culture',
    description: 'Animaux, tourisme et voyages, permis de chasser ou de bateau.',
  },
};

/** How each mandate duration reads, with its number of days when the word alone would be vague. */
export const durationDaysLabels: Record<MandateDays, string> = {
  1: '1 jour',
  31: '1 mois (31 jours)',
  182: '6 mois (182 jours)',
  365: '1 an (365 jours)',
};
