// Déclic's sessions, ateliers and orientations as La Coop's accompaniments: a pure mapping (docs/coop.md
// has its table; the value-by-value tables are mapping-tables.ts). Only anonymous fields are read: never a
// name, a phone, an e-mail or a note.
import type { AccompagnementValues } from '../schema/accompagnement';
import type { LifeSituation, PartnerKind } from '../schema/content';
import type { OrientationValues } from '../schema/orientation';
import {
  AIDE_DEMARCHES,
  coopThematiques,
  type CoopAutonomie,
  type CoopGenre,
  type CoopMateriel,
  type CoopNiveauAtelier,
  type CoopStatutSocial,
  type CoopStructureRedirection,
  type CoopThematique,
  type CoopTrancheAge,
  type CoopType,
  type CoopTypeLieu,
} from './vocabulary';
import { autonomieOfLevel, redirectionOfPartnerKind, tagOfPlace, thematiqueOfSituation, typeLieuOfPlace } from './mapping-tables';
import { trancheAgeOf } from './tranche-age';

export { autonomieOfLevel, redirectionOfPartnerKind, tagOfPlace, thematiqueOfSituation, typeLieuOfPlace };

/** Every field may be missing or null: a record may be half-synced, or written by an older app. */
type Loose<T> = { [K in keyof T]?: T[K] | null };

/** The session fields the mapping reads. */
export const coopSessionFields = [
  'date',
  'durationMinutes',
  'place',
  'mode',
  'beneficiaryId',
  'participantIds',
  'theme',
  'demarcheIds',
  'autonomyObserved',
  'commune',
  'thematiques',
  'materiel',
  'niveauAtelier',
  'genre',
  'trancheAge',
  'occupation',
  'anonymousPeople',
] as const satisfies readonly (keyof AccompagnementValues)[];
/** The orientation fields the mapping reads. */
export const coopOrientationFields = ['beneficiaryId', 'partnerId', 'date'] as const satisfies readonly (keyof OrientationValues)[];

export type CoopSessionInput = { id: string } & Loose<Pick<AccompagnementValues, (typeof coopSessionFields)[number]>>;
export type CoopOrientationInput = Loose<Pick<OrientationValues, (typeof coopOrientationFields)[number]>>;

/** What the mapping needs from the content pack: a démarche's title and situations, a partner's kind. */
export interface CoopCatalogue {
  demarche(id: string): { title: string; situations: readonly LifeSituation[] } | undefined;
  partnerKind(id: string): PartnerKind | undefined;
}

/** One person of an activity, as La Coop counts them. */
export interface CoopParticipant {
  genre: CoopGenre;
  tranche_age: CoopTrancheAge;
  statut_social: CoopStatutSocial;
  /** The person's commune at the time (individuel only). */
  commune: string | null;
}

/** One activity in La Coop's vocabulary: one accompaniment per participant. */
export interface CoopActivity {
  id: string;
  type: CoopType;
  date: string;
  duree: number;
  type_lieu: CoopTypeLieu;
  autonomie: CoopAutonomie | null;
  niveau_atelier: CoopNiveauAtelier | null;
  oriente_vers_structure: boolean | null;
  structure_de_redirection: CoopStructureRedirection | null;
  materiel: CoopMateriel[];
  thematiques: CoopThematique[];
  /** Which of the structure's places ("Mairie", "France services"), where La Coop only says lieu_activite. */
  tags: string[];
  precisions_demarche: string | null;
  titre_atelier: string | null;
  participants: CoopParticipant[];
}

const NOT_TOLD: CoopParticipant = {
  genre: 'non_communique',
  tranche_age: 'non_communique',
  statut_social: 'non_communique',
  commune: null,
};

/** A person's birth year by their id (a file, or an erased person's stand-in); undefined when unknown. */
export type BirthYearOf = (personId: string) => number | null | undefined;

/**
 * The session as La Coop's activity. `orientations` are the structure's: an individual session is
 * "réorienté" when its person was referred to a partner on the same day. A person's age band not noted
 * on the session follows from their birth year (`birthYearOf`), as La Coop derives it.
 */
export function coopActivityOf(
  session: CoopSessionInput,
  orientations: readonly CoopOrientationInput[],
  catalogue: CoopCatalogue,
  birthYearOf: BirthYearOf = () => undefined,
): CoopActivity {
  const individuel = session.mode !== 'atelier';
  const demarcheIds = session.demarcheIds ?? [];
  const orientation = individuel
    ? orientations.find((o) => o.beneficiaryId != null && o.beneficiaryId === session.beneficiaryId && o.date === session.date)
    : undefined;
  const kind = orientation?.partnerId ? catalogue.partnerKind(orientation.partnerId) : undefined;
  const titles = demarcheIds.map((id) => catalogue.demarche(id)?.title ?? id);
  const tag = session.place ? tagOfPlace[session.place] : null;
  const erased = new Map((session.anonymousPeople ?? []).map((p) => [p.id, p.birthYear]));
  const bandOf = (id: string | null | undefined): CoopTrancheAge =>
    (id ? trancheAgeOf(erased.has(id) ? erased.get(id) : birthYearOf(id), session.date ?? '') : null) ?? 'non_communique';
  return {
    id: session.id,
    type: individuel ? 'individuel' : 'collectif',
    date: session.date ?? '',
    duree: session.durationMinutes ?? 0,
    type_lieu: session.place ? typeLieuOfPlace[session.place] : 'autre',
    autonomie: individuel && session.autonomyObserved ? autonomieOfLevel[session.autonomyObserved] : null,
    niveau_atelier: individuel ? null : (session.niveauAtelier ?? null),
    oriente_vers_structure: individuel ? orientation !== undefined : null,
    structure_de_redirection: orientation ? (kind ? redirectionOfPartnerKind[kind] : 'autre') : null,
    materiel: [...new Set(session.materiel ?? [])],
    thematiques: thematiquesOf(session.thematiques ?? [], demarcheIds, catalogue),
    tags: tag ? [tag] : [],
    precisions_demarche: titles.length > 0 ? titles.join(', ') : null,
    titre_atelier: individuel ? null : (session.theme ?? null),
    participants: individuel ? [participantOf(session, bandOf)] : atelierParticipants(session.participantIds ?? [], bandOf),
  };
}

/**
 * The chosen thematiques, plus what the démarches imply: aide_aux_demarches_administratives and the
 * administrative thematique of each situation. An administrative thematique never goes alone.
 */
export function thematiquesOf(
  chosen: readonly CoopThematique[],
  demarcheIds: readonly string[],
  catalogue: CoopCatalogue,
): CoopThematique[] {
  const found = new Set<CoopThematique>(chosen);
  for (const id of demarcheIds) {
    found.add(AIDE_DEMARCHES);
    for (const situation of catalogue.demarche(id)?.situations ?? []) {
      const thematique = thematiqueOfSituation[situation];
      if (thematique) found.add(thematique);
    }
  }
  const administrative = [...found].some((t) => coopThematiques.indexOf(t) > coopThematiques.indexOf(AIDE_DEMARCHES));
  if (administrative) found.add(AIDE_DEMARCHES);
  // In the Coop's order, so that two equal sets read the same.
  return coopThematiques.filter((t) => found.has(t));
}

function participantOf(session: CoopSessionInput, bandOf: (id: string | null | undefined) => CoopTrancheAge): CoopParticipant {
  return {
    genre: session.genre ?? 'non_communique',
    tranche_age: session.trancheAge ?? bandOf(session.beneficiaryId),
    statut_social: session.occupation ?? 'non_communique',
    commune: session.commune ?? null,
  };
}

/** One accompaniment per participant listed, their age band from their birth year; an atelier listed with nobody still counts as one. */
function atelierParticipants(ids: readonly string[], bandOf: (id: string) => CoopTrancheAge): CoopParticipant[] {
  if (ids.length === 0) return [NOT_TOLD];
  return ids.map((id) => ({ ...NOT_TOLD, tranche_age: bandOf(id) }));
}
