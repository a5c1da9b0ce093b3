// La Coop de la médiation numérique's vocabulary for accompaniments ("CRA"): the values its API speaks
// and the labels its export writes, as listed in inclusion-numerique/coop-mediation-numerique
// (apps/web/src/features/activites/use-cases/cra/…, beneficiaire/domain/…, api/v1/activites).
import * as z from 'zod/mini';

/** An activity: one person, or a group workshop. */
export const coopTypes = ['individuel', 'collectif'] as const;

/** The thematiques that are not about an administrative procedure. */
export const coopThematiquesNumeriques = [
  'diagnostic_numerique',
  'prendre_en_main_du_materiel',
  'maintenance_de_materiel',
  'gere_ses_contenus_numeriques',
  'navigation_sur_internet',
  'email',
  'bureautique',
  'reseaux_sociaux',
  'sante',
  'banque_et_achats_en_ligne',
  'entrepreneuriat',
  'insertion_professionnelle',
  'securite_numerique',
  'parentalite',
  'scolarite_et_numerique',
  'creer_avec_le_numerique',
  'culture_numerique',
  'intelligence_artificielle',
  'aide_aux_demarches_administratives',
] as const;

/** The 11 administrative thematiques: allowed only together with aide_aux_demarches_administratives. */
export const coopThematiquesAdministratives = [
  'papiers_elections_citoyennete',
  'famille_scolarite',
  'social_sante',
  'travail_formation',
  'logement',
  'transports_mobilite',
  'argent_impots',
  'justice',
  'etrangers_europe',
  'loisirs_sports_culture',
  'associations',
] as const;

export const coopThematiques = [...coopThematiquesNumeriques, ...coopThematiquesAdministratives] as const;
/** The thematique every administrative one requires. */
export const AIDE_DEMARCHES = 'aide_aux_demarches_administratives' as const;

export const coopTypesLieu = ['lieu_activite', 'domicile', 'a_distance', 'autre'] as const;
export const coopMateriels = ['ordinateur', 'telephone', 'tablette', 'autre', 'aucun'] as const;
/** Autonomy, from the least to the most (1, 2, 3 stars). */
export const coopAutonomies = ['entierement_accompagne', 'partiellement_autonome', 'autonome'] as const;
export const coopStructuresRedirection = [
  'operateur_ou_organisme_en_charge',
  'aide_aux_demarches_administratives',
  'administration',
  'mediation_numerique',
  'aide_sociale',
  'insertion_professionnelle',
  'autre',
] as const;
/** A workshop's level, from beginner (1 star) to advanced (3 stars). */
export const coopNiveauxAtelier = ['debutant', 'intermediaire', 'avance'] as const;
export const coopGenres = ['masculin', 'feminin', 'non_communique'] as const;
export const coopTranchesAge = [
  'moins_de_douze',
  'douze_dix_huit',
  'dix_huit_vingt_quatre',
  'vingt_cinq_trente_neuf',
  'quarante_cinquante_neuf',
  'soixante_soixante_neuf',
  'soixante_dix_plus',
  'non_communique',
] as const;
export const coopStatutsSociaux = ['scolarise', 'sans_emploi', 'en_emploi', 'retraite', 'non_communique'] as const;

export const coopTypeSchema = z.enum(coopTypes);
export const coopThematiqueSchema = z.enum(coopThematiques);
export const coopTypeLieuSchema = z.enum(coopTypesLieu);
export const coopMaterielSchema = z.enum(coopMateriels);
export const coopAutonomieSchema = z.enum(coopAutonomies);
export const coopStructureRedirectionSchema = z.enum(coopStructuresRedirection);
export const coopNiveauAtelierSchema = z.enum(coopNiveauxAtelier);
export const coopGenreSchema = z.enum(coopGenres);
export const coopTrancheAgeSchema = z.enum(coopTranchesAge);
export const coopStatutSocialSchema = z.enum(coopStatutsSociaux);

export type CoopType = (typeof coopTypes)[number];
export type CoopThematique = (typeof coopThematiques)[number];
export type CoopTypeLieu = (typeof coopTypesLieu)[number];
export type CoopMateriel = (typeof coopMateriels)[number];
export type CoopAutonomie = (typeof coopAutonomies)[number];
export type CoopStructureRedirection = (typeof coopStructuresRedirection)[number];
export type CoopNiveauAtelier = (typeof coopNiveauxAtelier)[number];
export type CoopGenre = (typeof coopGenres)[number];
export type CoopTrancheAge = (typeof coopTranchesAge)[number];
export type CoopStatutSocial = (typeof coopStatutsSociaux)[number];

/** True when the thematiques are a set the Coop accepts: administrative ones only with aide_aux_demarches_administratives. */
export function thematiquesAreValid(thematiques: readonly string[]): boolean {
  const administrative = thematiques.some((t) => (coopThematiquesAdministratives as readonly string[]).includes(t));
  return (
    thematiques.every((t) => (coopThematiques as readonly string[]).includes(t)) &&
    new Set(thematiques).size === thematiques.length &&
    (!administrative || thematiques.includes(AIDE_DEMARCHES))
  );
}
