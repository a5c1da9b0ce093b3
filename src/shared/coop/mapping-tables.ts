// The mapping's tables, value by value: Déclic's places, autonomy levels, catalogue situations and partner
// kinds in La Coop's vocabulary (docs/coop.md lists them with the rest of the mapping).
import type { SessionPlace } from '../schema/accompagnement';
import type { LifeSituation, PartnerKind } from '../schema/content';
import type { AutonomyLevel } from '../schema/diagnostic';
import type { CoopAutonomie, CoopStructureRedirection, CoopThematique, CoopTypeLieu } from './vocabulary';

export const typeLieuOfPlace: Record<SessionPlace, CoopTypeLieu> = {
  domicile: 'domicile',
  mairie: 'lieu_activite',
  'france-services': 'lieu_activite',
  'a-distance': 'a_distance',
};

/** The tag that keeps apart the places La Coop calls lieu_activite alike. */
export const tagOfPlace: Record<SessionPlace, string | null> = {
  mairie: 'Mairie',
  'france-services': 'France services',
  domicile: null,
  'a-distance': null,
};

export const autonomieOfLevel: Record<AutonomyLevel, CoopAutonomie> = {
  'pas-a-pas': 'entierement_accompagne',
  'aide-ponctuelle': 'partiellement_autonome',
  autonome: 'autonome',
};

/** The administrative thematique of each catalogue situation ("numerique" has none: help with the procedure only). */
export const thematiqueOfSituation: Record<LifeSituation, CoopThematique | null> = {
  sante: 'social_sante',
  emploi: 'travail_formation',
  famille: 'famille_scolarite',
  logement: 'logement',
  retraite: 'travail_formation',
  identite: 'papiers_elections_citoyennete',
  impots: 'argent_impots',
  transport: 'transports_mobilite',
  numerique: null,
};

export const redirectionOfPartnerKind: Record<PartnerKind, CoopStructureRedirection> = {
  operateur: 'operateur_ou_organisme_en_charge',
  'france-services': 'aide_aux_demarches_administratives',
  ccas: 'aide_sociale',
  'conseiller-numerique': 'mediation_numerique',
  association: 'autre',
  mairie: 'administration',
};
