// The sync cursor: the dataset that gave it and the last sequence number its tablet holds, opaque to the tablet.
import { ErrorCodes } from '../../shared/schema/errors';
import { HttpError } from '../http/errors';

/** A cursor as a tablet sent it: where to pull from, and the dataset it came from (null: a bare number, as first given). */
export interface ReadCursor {
  after: number;
  dataset: string | null;
}

const BARE = /^\d{1,15}$/;
const WITH_DATASET = /^([0-9a-f]{32})\.(\d{1,15})$/;

/** Reads a cursor (null: the first sync); throws a 400 for one that no server gave. */
export function readCursor(cursor: string | null): ReadCursor {
  if (cursor === null) return { after: 0, dataset: null };
  if (BARE.test(cursor)) return { after: Number(cursor), dataset: null };
  const match = WITH_DATASET.exec(cursor);
  if (!match) throw new HttpError(400, 'curseur_invalide', 'Curseur de synchronisation invalide. Relancez la synchronisation.');
  return { after: Number(match[2]), dataset: match[1]! };
}

/** The cursor to give a tablet that holds the log up to `seq`. */
export function makeCursor(dataset: string, seq: number): string {
  return `${dataset}.${seq}`;
}

/**
 * Refuses a cursor this database did not give: from another dataset (the database was restored or
 * recreated) or past its head (a restored backup is older than what the tablet pulled). The tablet
 * then sends its whole state again and pulls from the start, so nothing it holds is lost.
 */
export function checkCursor(cursor: ReadCursor, dataset: string, head: number): void {
  if ((cursor.dataset === null || cursor.dataset === dataset) && cursor.after <= head) return;
  throw new HttpError(
    409,
    ErrorCodes.unknownCursor,
    'Le serveur ne reconnaît pas l’état de cette tablette (il a peut-être été restauré depuis une sauvegarde). ' +
      'La tablette lui renvoie ses données, puis reprend la synchronisation depuis le début.',
  );
}
