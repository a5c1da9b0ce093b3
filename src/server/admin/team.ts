// The team as a coordinateur or an admin manages it: accounts, roles, deactivation, temporary passwords, memberships.
import type { AddMembershipRequest, AdminAidant, CreateAidantRequest, PatchAidantRequest } from '../../shared/schema/admin';
import { normalizeEmail } from '../../shared/schema/auth';
import { createAidant, type PasswordOptions } from '../accounts/accounts';
import { setAccountDisabled, setTemporaryPassword } from '../accounts/account-changes';
import {
  administeredAidant,
  assertAdministers,
  assertMayChange,
  assertMayGrant,
  forbidden,
  type AdminScope,
} from '../accounts/admin-scope';
import { putMembership } from '../accounts/memberships';
import { generatePassword } from '../accounts/strong-password';
import { HttpError } from '../http/errors';
import type { AidantRow, MembershipRow, Store } from '../store/store';

/** An account as the administration shows it, with its memberships in the caller's structures. */
export function adminView(aidant: AidantRow, memberships: MembershipRow[]): AdminAidant {
  const first = memberships[0] ?? { structureId: aidant.structureId, role: aidant.role };
  return {
    id: aidant.id,
    email: aidant.email,
    name: aidant.name,
    role: first.role,
    structureId: first.structureId,
    disabled: aidant.disabledAt !== null,
    mustChangePassword: aidant.mustChangePassword,
    memberships: memberships.map(({ structureId, role }) => ({ structureId, role })),
    createdAt: aidant.createdAt,
  };
}

async function freshView(store: Store, scope: AdminScope, aidantId: string): Promise<AdminAidant> {
  const { aidant, memberships } = await administeredAidant(store, scope, aidantId);
  return adminView(aidant, memberships);
}

async function existingStructure(store: Store, scope: AdminScope, structureId: string): Promise<void> {
  assertAdministers(scope, structureId);
  if (!(await store.getStructure(structureId))) throw new HttpError(404, 'structure_inconnue', 'Cette structure n’existe pas.');
}

const notOnYourself = () =>
  forbidden('Vous ne pouvez pas changer ici votre propre compte : demandez-le à un autre coordinateur ou administrateur.');

/** The accounts with a membership in the caller's structures (in `structureId` only, when given). */
export async function listTeam(store: Store, scope: AdminScope, structureId?: string): Promise<AdminAidant[]> {
  if (structureId !== undefined) await existingStructure(store, scope, structureId);
  const wanted = (m: MembershipRow) => scope.administers(m.structureId) && (structureId === undefined || m.structureId === structureId);
  const byAidant = new Map<string, MembershipRow[]>();
  for (const m of await store.accounts.listAllMemberships())
    if (wanted(m)) byAidant.set(m.aidantId, [...(byAidant.get(m.aidantId) ?? []), m]);
  const everyone = scope.territory && structureId === undefined;
  return (await store.accounts.listAidants())
    .filter((a) => everyone || byAidant.has(a.id))
    .map((a) => adminView(a, byAidant.get(a.id) ?? []));
}

/** Creates an account with a temporary password, shown once in the answer. */
export async function addToTeam(
  store: Store,
  scope: AdminScope,
  request: CreateAidantRequest,
  options: PasswordOptions,
): Promise<{ aidant: AdminAidant; temporaryPassword: string }> {
  await existingStructure(store, scope, request.structureId);
  assertMayGrant(scope, request.role);
  if (await store.findAidantByEmail(normalizeEmail(request.email))) {
    throw new HttpError(
      409,
      'compte_existant',
      'Un compte existe déjà pour cette adresse e-mail. Ajoutez-le à votre structure comme membre au lieu d’en créer un autre.',
    );
  }
  const temporaryPassword = generatePassword({ email: request.email, name: request.name });
  const created = await createAidant(store, { ...request, password: temporaryPassword, temporary: true }, options);
  return { aidant: await freshView(store, scope, created.id), temporaryPassword };
}

/** Changes an account's role (in one structure or every one the caller administers) or deactivates it. */
export async function changeTeamMember(
  store: Store,
  scope: AdminScope,
  aidantId: string,
  request: PatchAidantRequest,
): Promise<AdminAidant> {
  const { memberships, all } = await administeredAidant(store, scope, aidantId);
  if (aidantId === scope.aidant.id) throw notOnYourself();
  assertMayChange(scope, all);
  if (request.role !== undefined) {
    assertMayGrant(scope, request.role);
    const targets = request.structureId === undefined ? memberships : memberships.filter((m) => m.structureId === request.structureId);
    if (request.structureId !== undefined) assertAdministers(scope, request.structureId);
    if (targets.length === 0) throw new HttpError(404, 'membre_inconnu', 'Ce compte n’est pas membre de cette structure.');
    for (const m of targets) await putMembership(store, aidantId, m.structureId, request.role);
  }
  if (request.disabled !== undefined) await setAccountDisabled(store, aidantId, request.disabled);
  return freshView(store, scope, aidantId);
}

/** Gives an account a new temporary password, to be changed at its next login. */
export async function resetTeamPassword(store: Store, scope: AdminScope, aidantId: string, options: PasswordOptions): Promise<string> {
  const { aidant, all } = await administeredAidant(store, scope, aidantId);
  if (aidantId === scope.aidant.id) throw notOnYourself();
  assertMayChange(scope, all);
  return setTemporaryPassword(store, aidant, options.passwordCost);
}

/** An existing account (by e-mail) joins one of the caller's structures with a role, or changes its role there. */
export async function addMembership(store: Store, scope: AdminScope, request: AddMembershipRequest): Promise<AdminAidant> {
  await existingStructure(store, scope, request.structureId);
  assertMayGrant(scope, request.role);
  const aidant = await store.findAidantByEmail(normalizeEmail(request.email));
  if (!aidant) throw new HttpError(404, 'aidant_inconnu', 'Aucun compte n’existe pour cette adresse e-mail.');
  assertMayChange(scope, await store.accounts.listMemberships(aidant.id));
  await putMembership(store, aidant.id, request.structureId, request.role);
  return freshView(store, scope, aidant.id);
}

/** Takes an account out of one of the caller's structures: it no longer syncs that structure's files. */
export async function removeMembership(store: Store, scope: AdminScope, aidantId: string, structureId: string): Promise<AdminAidant> {
  assertAdministers(scope, structureId);
  const { aidant, all } = await administeredAidant(store, scope, aidantId);
  if (aidantId === scope.aidant.id) throw notOnYourself();
  assertMayChange(scope, all);
  if (!(await store.accounts.removeMembership(aidantId, structureId))) {
    throw new HttpError(404, 'membre_inconnu', 'Ce compte n’est pas membre de cette structure.');
  }
  const left = (await store.accounts.listMemberships(aidantId)).filter((m) => scope.administers(m.structureId));
  return adminView((await store.getAidant(aidantId)) ?? aidant, left);
}
