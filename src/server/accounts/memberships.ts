// An account in several structures: a membership per structure with its role; which structure a sync works on.
import type { Membership, Role } from '../../shared/schema/auth';
import { ErrorCodes } from '../../shared/schema/errors';
import { HttpError } from '../http/errors';
import type { AidantRow, DeviceRow, Store } from '../store/store';

/** The structures an account belongs to, with their names and its role there, first first. */
export async function structuresOf(store: Store, aidantId: string): Promise<Membership[]> {
  const memberships = await store.accounts.listMemberships(aidantId);
  const structures: Membership[] = [];
  for (const { structureId, role } of memberships) {
    const structure = await store.getStructure(structureId);
    if (structure) structures.push({ id: structure.id, name: structure.name, role });
  }
  return structures;
}

const notMember = () =>
  new HttpError(
    403,
    ErrorCodes.notMember,
    'Votre compte ne fait plus partie de cette structure : ses dossiers ne sont plus synchronisés sur cet appareil.',
  );

/**
 * The structure a sync of `device` works on: `requested` (a structure of the account), else the structure the
 * device logged in to. A structure the account is no longer a member of is refused (403 hors_structure).
 */
export async function syncStructureOf(store: Store, aidant: AidantRow, device: DeviceRow, requested?: string): Promise<string> {
  const wanted = requested ?? device.structureId;
  const memberships = await store.accounts.listMemberships(aidant.id);
  if (!memberships.some((m) => m.structureId === wanted)) throw notMember();
  return wanted;
}

/** Adds `aidantId` to a structure with `role`, or changes its role there. */
export async function putMembership(store: Store, aidantId: string, structureId: string, role: Role): Promise<void> {
  const existing = (await store.accounts.listMemberships(aidantId)).find((m) => m.structureId === structureId);
  await store.accounts.putMembership({ aidantId, structureId, role, createdAt: existing?.createdAt ?? Date.now() });
}
