// The devices as the administration sees them: those of the accounts of the caller's structures; revocation.
import type { AdminDevice } from '../../shared/schema/admin';
import { assertMayChange, type AdminScope } from '../accounts/admin-scope';
import { HttpError } from '../http/errors';
import type { AidantRow, DeviceRow, MembershipRow, Store } from '../store/store';

/** A device as the administration shows it: never its token hash. */
function deviceView(device: DeviceRow, aidant: AidantRow | undefined): AdminDevice {
  const { id, name, aidantId, structureId, createdAt, lastSeenAt, revokedAt, revokedBy, quarantined = 0 } = device;
  return {
    id,
    name,
    aidantId,
    aidantEmail: aidant?.email ?? null,
    aidantName: aidant?.name ?? null,
    structureId,
    createdAt,
    lastSeenAt,
    revokedAt,
    revokedBy,
    quarantined,
  };
}

/** True when the caller sees `device`: it logged in to one of their structures, or its account is a member of one. */
function sees(scope: AdminScope, device: DeviceRow, memberships: MembershipRow[]): boolean {
  return (
    scope.administers(device.structureId) || memberships.some((m) => m.aidantId === device.aidantId && scope.administers(m.structureId))
  );
}

/** The devices the caller sees, oldest first. */
export async function listTeamDevices(store: Store, scope: AdminScope): Promise<AdminDevice[]> {
  const memberships = scope.territory ? [] : await store.accounts.listAllMemberships();
  const aidants = new Map((await store.accounts.listAidants()).map((a) => [a.id, a]));
  return (await store.listDevices()).filter((d) => sees(scope, d, memberships)).map((d) => deviceView(d, aidants.get(d.aidantId)));
}

/** Revokes a device the caller sees (404 otherwise): its token stops working at once. */
export async function revokeTeamDevice(store: Store, scope: AdminScope, deviceId: string): Promise<AdminDevice> {
  const unknown = () => new HttpError(404, 'appareil_inconnu', 'Cet appareil n’existe pas dans vos structures.');
  const device = await store.accounts.getDevice(deviceId);
  if (!device) throw unknown();
  const memberships = await store.accounts.listMemberships(device.aidantId);
  if (!sees(scope, device, memberships)) throw unknown();
  assertMayChange(scope, memberships);
  await store.revokeDevice(device.id, Date.now(), 'admin');
  const revoked = (await store.accounts.getDevice(deviceId))!;
  return deviceView(revoked, await store.getAidant(device.aidantId));
}
