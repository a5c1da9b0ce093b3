// Structures as the administration manages them: a coordinateur reads theirs; an admin creates and renames.
import { createStructure } from '../accounts/accounts';
import { administeredStructureIds, forbidden, type AdminScope } from '../accounts/admin-scope';
import { HttpError } from '../http/errors';
import type { Store, StructureRow } from '../store/store';

const adminOnly = () => forbidden('Seul un administrateur du territoire crée ou renomme les structures.');

/** The structures the caller administers. */
export async function listAdministered(store: Store, scope: AdminScope): Promise<StructureRow[]> {
  const ids = new Set(await administeredStructureIds(store, scope));
  return (await store.listStructures()).filter((s) => ids.has(s.id));
}

/** Creates a structure (admin only). */
export function addStructure(store: Store, scope: AdminScope, name: string): Promise<StructureRow> {
  if (!scope.territory) throw adminOnly();
  return createStructure(store, name);
}

/** Renames a structure (admin only). */
export async function renameStructure(store: Store, scope: AdminScope, structureId: string, name: string): Promise<StructureRow> {
  if (!scope.territory) throw adminOnly();
  if (!(await store.accounts.renameStructure(structureId, name))) {
    throw new HttpError(404, 'structure_inconnue', 'Cette structure n’existe pas.');
  }
  return (await store.getStructure(structureId))!;
}
