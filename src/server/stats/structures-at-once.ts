// Work done structure by structure for statistics (bringing projections up to date, computing reports) runs on
// PostgreSQL two structures at a time, each on its own connection: one structure's queries wait on the database
// while the other's figures are added up here. SQLite has one connection, so one at a time.
import type { Store } from '../store/store';

const AT_ONCE: Record<Store['kind'], number> = { sqlite: 1, postgres: 2 };

/**
 * `work` for each of `structureIds`, taken in their order, as many at once as the store allows; the results in the
 * same order. Stops taking new structures once `stopped()` (the results of those not taken are left out).
 */
export async function forEachStructure<T>(
  store: Store,
  structureIds: readonly string[],
  work: (structureId: string, index: number) => Promise<T>,
  stopped: () => boolean = () => false,
): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const takeInTurn = async () => {
    for (let i = next++; i < structureIds.length && !stopped(); i = next++) results[i] = await work(structureIds[i]!, i);
  };
  await Promise.all(Array.from({ length: AT_ONCE[store.kind] }, takeInTurn));
  return results;
}
