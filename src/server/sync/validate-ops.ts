// Checks each pushed op against the collection registry before anything is written.
import { fieldSpec } from '../../shared/schema/collections';
import type { Op } from '../../shared/schema/sync';
import { isFarFuture, parseHlc } from '../../shared/hlc';
import { ErrorCodes } from '../../shared/schema/errors';
import { HttpError } from '../http/errors';

/**
 * Throws a 4xx HttpError naming the first op that cannot be accepted. With `resend` (a tablet's held state
 * sent again to a restored endpoint), stamps of other devices are taken: the tablet holds their values.
 */
export function validateOps(ops: Op[], clientId: string, now: number, resend = false): void {
  const seen = new Set<string>();
  ops.forEach((op, index) => {
    const where = `opération n° ${index + 1}`;
    // Two ops under one id would be acked as one, and one of the two values silently lost.
    if (seen.has(op.opId)) throw new HttpError(400, 'operation_en_double', `La même opération figure deux fois dans l’envoi (${where}).`);
    seen.add(op.opId);
    const spec = fieldSpec(op.collection, op.field);
    if (!spec) {
      throw new HttpError(400, 'champ_inconnu', `Donnée inconnue (${where} : ${op.collection}.${op.field}). Mettez l'application à jour.`);
    }
    if (!spec.schema.safeParse(op.value).success) {
      throw new HttpError(400, 'valeur_invalide', `Valeur refusée pour ${op.collection}.${op.field} (${where}).`);
    }
    const stampedBy = parseHlc(op.hlc)?.clientId;
    if (stampedBy === undefined || (stampedBy !== clientId && !resend)) {
      throw new HttpError(400, 'horodatage_invalide', `Horodatage d'un autre appareil (${where}).`);
    }
    if (isFarFuture(op.hlc, now)) {
      throw new HttpError(
        422,
        ErrorCodes.clockAhead,
        "L'heure de cette tablette est en avance. Corrigez la date et l'heure dans les réglages de la tablette, puis synchronisez.",
      );
    }
  });
}
