// Who may administer what: a coordinateur their structures (where their membership says so), an admin every
// structure; an aidant nothing. Accounts and devices are seen through their memberships of those structures.
import type { Role } from '../../shared/schema/auth';
import { HttpError } from '../http/errors';
import type { AidantRow, DeviceRow, MembershipRow, Store } from '../store/store';
import { authenticate } from './accounts';

/** What one administrator may reach. */
export interface AdminScope {
  /** The administrator's own account and device. */
  aidant: AidantRow;
  device: DeviceRow;
  /** An admin of the territory: every structure. */
  territory: boolean;
  /** True when the caller administers `structureId`. */
  administers(structureId: string): boolean;
  /** The structures a coordinateur administers (an admin: see `territory`). */
  coordinated: readonly string[];
}

export const forbidden = (message: string) => new HttpError(403, 'acces_refuse', message);
export const unknownAidant = () => new HttpError(404, 'aidant_inconnu', 'Ce compte n’existe pas dans vos structures.');

/** The scope of the bearer of `authorization`, or 401 (no token, deactivated account) or 403 (an aidant). */
export async function adminScope(store: Store, authorization: string | undefined): Promise<AdminScope> {
  const { aidant, device } = await authenticate(store, authorization);
  const memberships = await store.accounts.listMemberships(aidant.id);
  const territory = memberships.some((m) => m.role === 'admin');
  const coordinated = new Set(memberships.filter((m) => m.role !== 'aidant').map((m) => m.structureId));
  if (!territory && coordinated.size === 0) {
    throw forbidden('L’administration est réservée aux coordinateurs et aux administrateurs. Demandez à votre coordinateur.');
  }
  return { aidant, device, territory, coordinated: [...coordinated], administers: (id) => territory || coordinated.has(id) };
}

/** The ids of the structures the caller administers: every one for an admin. */
export async function administeredStructureIds(store: Store, scope: AdminScope): Promise<string[]> {
  return scope.territory ? (await store.listStructures()).map((s) => s.id) : [...scope.coordinated];
}

/** Refuses a role the caller may not give: only an admin makes an admin. */
export function assertMayGrant(scope: AdminScope, role: Role): void {
  if (role === 'admin' && !scope.territory) throw forbidden('Seul un administrateur du territoire peut donner le rôle administrateur.');
}

/** Refuses a structure outside the caller's. */
export function assertAdministers(scope: AdminScope, structureId: string): void {
  if (!scope.administers(structureId)) throw forbidden('Vous ne pouvez administrer que vos structures.');
}

/** An account the caller administers, with its memberships in the caller's structures; 404 otherwise. */
export async function administeredAidant(
  store: Store,
  scope: AdminScope,
  aidantId: string,
): Promise<{ aidant: AidantRow; memberships: MembershipRow[]; all: MembershipRow[] }> {
  const aidant = await store.getAidant(aidantId);
  if (!aidant) throw unknownAidant();
  const all = await store.accounts.listMemberships(aidant.id);
  const memberships = all.filter((m) => scope.administers(m.structureId));
  if (memberships.length === 0 && !scope.territory) throw unknownAidant();
  return { aidant, memberships, all };
}

/** Refuses a change by a coordinateur to an admin's account (an admin answers only to admins). */
export function assertMayChange(scope: AdminScope, target: MembershipRow[]): void {
  if (!scope.territory && target.some((m) => m.role === 'admin')) {
    throw forbidden('Ce compte est celui d’un administrateur du territoire : seul un administrateur peut le modifier.');
  }
}
