// What a person is being helped with now, as the forms about them offer it first: the démarches of their
// open checklists and the needs their last diagnostic found, and the autonomy level it concluded.
import type { AutonomyLevel } from '../../shared/schema/diagnostic';
import type { DeclicDatabase } from './database';
import { listDiagnosticsOf } from './diagnostics-repository';
import { suivisOf } from './suivis-repository';

export interface PersonNeeds {
  /** Démarche ids (catalogue ids, or the aidant's own words from a diagnostic), checklists in progress first. */
  demarches: string[];
  /** The level the last diagnostic concluded, if any. */
  diagnosedAutonomy: AutonomyLevel | null;
}

/** The person's current démarches and diagnosed autonomy. */
export async function personNeeds(db: DeclicDatabase, beneficiaryId: string): Promise<PersonNeeds> {
  const [suivis, diagnostics] = await Promise.all([suivisOf(db, beneficiaryId), listDiagnosticsOf(db, beneficiaryId)]);
  const diagnostic = diagnostics.at(-1);
  const inProgress = suivis.flatMap((s) => (s.status !== 'termine' && s.demarcheId ? [s.demarcheId] : []));
  return {
    demarches: [...new Set([...inProgress, ...(diagnostic?.demarchesNeeded ?? [])])],
    diagnosedAutonomy: diagnostic?.autonomyLevel ?? null,
  };
}
