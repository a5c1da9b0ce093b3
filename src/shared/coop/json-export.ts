// La Coop's export as JSON: the activities shaped like the items of the Coop's `GET /api/v1/activites`
// (JSON:API resources), the people counted by gender, age band and situation, never named.
import type { CoopActivity, CoopParticipant } from './mapping';
import { coopGenres, coopStatutsSociaux, coopTranchesAge } from './vocabulary';

/** The counts of the people of one activity, as the Coop's API gives them. */
export interface CoopBeneficiairesCounts {
  total: number;
  genres: Record<(typeof coopGenres)[number], number>;
  tranches_age: Record<(typeof coopTranchesAge)[number], number>;
  statuts: Record<(typeof coopStatutsSociaux)[number], number>;
}

/** One activity as a JSON:API resource shaped like the Coop's `GET /api/v1/activites` items. */
export interface CoopActivityResource {
  type: 'activite';
  id: string;
  attributes: {
    type: CoopActivity['type'];
    accompagnements: number;
    date: string;
    duree: number;
    type_lieu: CoopActivity['type_lieu'];
    structure_id: string | null;
    lieu_code_postal: null;
    lieu_commune: null;
    lieu_code_insee: null;
    autonomie: CoopActivity['autonomie'];
    oriente_vers_structure: boolean | null;
    structure_de_redirection: CoopActivity['structure_de_redirection'];
    materiel: CoopActivity['materiel'];
    thematiques: CoopActivity['thematiques'];
    tags: string[];
    precisions_demarche: string | null;
    titre_atelier: string | null;
    niveau_atelier: CoopActivity['niveau_atelier'];
    beneficiaires: CoopBeneficiairesCounts;
  };
}

/** The activities as `{ data: [...] }`; `structureId` is the structure where the activities were logged. */
export function coopJson(
  activities: readonly CoopActivity[],
  structureIdOf: (activity: CoopActivity) => string | null,
): { data: CoopActivityResource[] } {
  return {
    data: activities.map((a) => ({
      type: 'activite',
      id: a.id,
      attributes: {
        type: a.type,
        accompagnements: a.participants.length,
        date: a.date,
        duree: a.duree,
        type_lieu: a.type_lieu,
        structure_id: a.type_lieu === 'lieu_activite' ? structureIdOf(a) : null,
        lieu_code_postal: null,
        lieu_commune: null,
        lieu_code_insee: null,
        autonomie: a.autonomie,
        oriente_vers_structure: a.oriente_vers_structure,
        structure_de_redirection: a.structure_de_redirection,
        materiel: a.materiel,
        thematiques: a.thematiques,
        tags: a.tags,
        precisions_demarche: a.precisions_demarche,
        titre_atelier: a.titre_atelier,
        niveau_atelier: a.niveau_atelier,
        beneficiaires: countsOf(a.participants),
      },
    })),
  };
}

function countsOf(participants: readonly CoopParticipant[]): CoopBeneficiairesCounts {
  const zero = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  const counts: CoopBeneficiairesCounts = {
    total: 0,
    genres: zero(coopGenres),
    tranches_age: zero(coopTranchesAge),
    statuts: zero(coopStatutsSociaux),
  };
  for (const p of participants) {
    counts.total++;
    counts.genres[p.genre]++;
    counts.tranches_age[p.tranche_age]++;
    counts.statuts[p.statut_social]++;
  }
  return counts;
}
