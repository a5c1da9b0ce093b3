// The accompaniments of some structures in La Coop's vocabulary, read from the merged records: only the
// fields the mapping needs are read (never a name, a phone, an e-mail or a note).
import { birthYearsOf, coopActivitiesOf } from '../../shared/coop/activities';
import {
  coopOrientationFields,
  coopSessionFields,
  type CoopActivity,
  type CoopCatalogue,
  type CoopOrientationInput,
  type CoopSessionInput,
} from '../../shared/coop/mapping';
import type { Period } from '../../shared/stats/period';
import { liveRecords } from '../stats/live-records';
import type { Store, StructureRow } from '../store/store';

/** An activity and the structure it was logged in. */
export interface StructureActivity {
  activity: CoopActivity;
  structure: Pick<StructureRow, 'id' | 'name'>;
}

/** The activities of `period` in every structure of `structures`, structure by structure. */
export async function coopActivitiesOfStructures(
  store: Store,
  structures: readonly Pick<StructureRow, 'id' | 'name'>[],
  period: Period,
  catalogue: CoopCatalogue,
): Promise<StructureActivity[]> {
  const found: StructureActivity[] = [];
  for (const structure of structures) {
    const orientations: CoopOrientationInput[] = [];
    for await (const page of liveRecords(store, structure.id, 'orientations', coopOrientationFields)) {
      orientations.push(...(page as CoopOrientationInput[]));
    }
    const sessions: CoopSessionInput[] = [];
    for await (const page of liveRecords(store, structure.id, 'accompagnements', coopSessionFields)) {
      for (const record of page) {
        // Each record carries only the fields asked for, and its id.
        const { structureId: _structure, ...session } = record;
        sessions.push(session as CoopSessionInput);
      }
    }
    // Only the birth year of each file is read, for the age bands La Coop derives from it.
    const people: { id: string; birthYear?: number | null }[] = [];
    for await (const page of liveRecords(store, structure.id, 'beneficiaries', ['birthYear'])) {
      for (const { id, birthYear } of page) people.push({ id, birthYear: typeof birthYear === 'number' ? birthYear : null });
    }
    for (const activity of coopActivitiesOf(sessions, orientations, catalogue, period, birthYearsOf(people))) {
      found.push({ activity, structure });
    }
  }
  return found;
}
