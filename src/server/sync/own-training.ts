// An aidant records their own training only: the endpoint refuses a progress record written in the name
// of another aidant (the coordinator's counts would otherwise say anything).
import type { Op } from '../../shared/schema/sync';
import { HttpError } from '../http/errors';

/** Throws 403 when an op names another aidant than `aidantId` as the one who finished a module. */
export function checkOwnTraining(ops: Op[], aidantId: string): void {
  ops.forEach((op, index) => {
    if (op.collection === 'trainingProgress' && op.field === 'aidantId' && op.value !== aidantId) {
      throw new HttpError(
        403,
        'formation_d_un_autre',
        `Une formation ne s’enregistre qu’au nom de l’aidant connecté (opération n° ${index + 1}).`,
      );
    }
  });
}
