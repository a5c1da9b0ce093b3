// How the Coop's export spreadsheet writes each value (its labels, as in its export), and back.
import type {
  CoopAutonomie,
  CoopGenre,
  CoopMateriel,
  CoopNiveauAtelier,
  CoopStatutSocial,
  CoopStructureRedirection,
  CoopThematique,
  CoopTrancheAge,
  CoopType,
  CoopTypeLieu,
} from './vocabulary';

export const coopTypeLabels: Record<CoopType, string> = {
  individuel: 'Accompagnement individuel',
  collectif: 'Atelier collectif',
};

export const coopThematiqueLabels: Record<CoopThematique, string> = {
  diagnostic_numerique: 'Diagnostic numérique',
  prendre_en_main_du_materiel: 'Prendre en main du matériel',
  maintenance_de_materiel: 'Maintenance de matériel',
  gere_ses_contenus_numeriques: 'Gérer ses contenus numériques',
  navigation_sur_internet: 'Navigation sur internet',
  email: 'E-mail',
  bureautique: 'Bureautique',
  reseaux_sociaux: 'Réseaux sociaux communication',
  sante: 'Santé',
  banque_et_achats_en_ligne: 'Banque et achats en ligne',
  entrepreneuriat: 'Accompagner un professionnel',
  insertion_professionnelle: 'Insertion professionnelle',
  securite_numerique: 'Prévention en sécurité numérique',
  parentalite: 'Parentalité',
  scolarite_et_numerique: 'Scolarité et numérique',
  creer_avec_le_numerique: 'Créer avec le numérique',
  culture_numerique: 'Culture numérique',
  intelligence_artificielle: 'Intelligence artificielle (IA)',
  aide_aux_demarches_administratives: 'Aide aux démarches administratives',
  papiers_elections_citoyennete: 'Papiers - Élections - Citoyenneté',
  famille_scolarite: 'Famille - Scolarité',
  social_sante: 'Social - Santé',
  travail_formation: 'Travail - Formation - Entreprise',
  logement: 'Logement',
  transports_mobilite: 'Transports - Mobilité',
  argent_impots: 'Argent - Impôts',
  justice: 'Justice',
  etrangers_europe: 'Étrangers - Europe',
  loisirs_sports_culture: 'Loisirs - Sports - Culture',
  associations: 'Associations',
};

export const coopTypeLieuLabels: Record<CoopTypeLieu, string> = {
  lieu_activite: 'Lieu d’activité',
  domicile: 'À domicile',
  a_distance: 'À distance',
  autre: 'Autre lieu',
};

export const coopMaterielLabels: Record<CoopMateriel, string> = {
  ordinateur: 'Ordinateur',
  telephone: 'Téléphone',
  tablette: 'Tablette',
  autre: 'Autre',
  aucun: 'Pas de matériel',
};

export const coopAutonomieLabels: Record<CoopAutonomie, string> = {
  entierement_accompagne: 'Avec guidage',
  partiellement_autonome: 'Autonome avec guidage en cas de besoin',
  autonome: 'Autonome',
};

export const coopStructureRedirectionLabels: Record<CoopStructureRedirection, string> = {
  operateur_ou_organisme_en_charge: 'Opérateur ou organisme en charge de la démarche administrative',
  aide_aux_demarches_administratives: 'Structure d’aide aux démarches administratives (France Services…)',
  administration: 'Administration (mairie, préfecture…)',
  mediation_numerique: 'Autre structure de médiation numérique',
  aide_sociale: 'Structure d’aide sociale (maison des solidarités, centre social…)',
  insertion_professionnelle: 'Structure d’insertion professionnelle (France Travail, mission locale, chambre de commerce…)',
  autre: 'Autre',
};

export const coopNiveauAtelierLabels: Record<CoopNiveauAtelier, string> = {
  debutant: 'Débutant',
  intermediaire: 'Intermédiaire',
  avance: 'Avancé',
};

export const coopGenreLabels: Record<CoopGenre, string> = {
  masculin: 'Masculin',
  feminin: 'Féminin',
  non_communique: 'Non communiqué',
};

export const coopTrancheAgeLabels: Record<CoopTrancheAge, string> = {
  moins_de_douze: 'Moins de 12 ans',
  douze_dix_huit: '12 - 17 ans',
  dix_huit_vingt_quatre: '18 - 24 ans',
  vingt_cinq_trente_neuf: '25 - 39 ans',
  quarante_cinquante_neuf: '40 - 59 ans',
  soixante_soixante_neuf: '60 - 69 ans',
  soixante_dix_plus: '70 ans et plus',
  non_communique: 'Non communiqué',
};

export const coopStatutSocialLabels: Record<CoopStatutSocial, string> = {
  scolarise: 'Scolarisé',
  sans_emploi: 'Sans emploi',
  en_emploi: 'En emploi',
  retraite: 'Retraité',
  non_communique: 'Non communiqué ou hétérogène',
};

/** The value a label stands for in `labels`, or undefined. */
export function valueOfLabel<V extends string>(labels: Record<V, string>, label: string): V | undefined {
  return (Object.keys(labels) as V[]).find((value) => labels[value] === label);
}
