// The admin commands on accounts after their creation: list, deactivate, reactivate, reset a password (temporary,
// printed once), add and remove memberships. The same rules as the administration over HTTP.
import { normalizeEmail, roles, roleSchema } from '../../shared/schema/auth';
import { setAccountDisabled, setTemporaryPassword } from '../accounts/account-changes';
import { putMembership } from '../accounts/memberships';
import { adminView } from '../admin/team';
import type { AidantRow, MembershipRow, Store } from '../store/store';
import type { Command } from './admin-commands';
import { CommandError, required, UsageError, type ParsedArgs } from './args';

async function accountOf(store: Store, options: ParsedArgs['options'], command: string): Promise<AidantRow> {
  const email = normalizeEmail(required(options, 'email', command));
  const aidant = await store.findAidantByEmail(email);
  if (!aidant) throw new CommandError(`Aucun compte pour l’adresse ${email}.`);
  return aidant;
}

async function structureOf(store: Store, options: ParsedArgs['options'], command: string): Promise<{ id: string; name: string }> {
  const id = required(options, 'structure', command);
  const structure = await store.getStructure(id);
  if (!structure) throw new CommandError(`Structure inconnue : ${id}`);
  return structure;
}

/** One line per account: e-mail, name, state, and its structures with its role in each. */
function line(aidant: AidantRow, memberships: MembershipRow[], names: Map<string, string>): string {
  const states = [aidant.disabledAt !== null ? 'DÉSACTIVÉ' : '', aidant.mustChangePassword ? 'MOT DE PASSE PROVISOIRE' : ''].filter(
    Boolean,
  );
  const where = memberships.map((m) => `${names.get(m.structureId) ?? m.structureId} (${m.role})`).join(', ') || 'aucune structure';
  return [`${aidant.email}  ${aidant.name}`, ...states, where].join('  ');
}

const listAidants: Command = async (store, options) => {
  const only = options.structure?.trim() ? await structureOf(store, options, 'list-aidants') : undefined;
  const names = new Map((await store.listStructures()).map((s) => [s.id, s.name]));
  const byAidant = new Map<string, MembershipRow[]>();
  for (const m of await store.accounts.listAllMemberships()) byAidant.set(m.aidantId, [...(byAidant.get(m.aidantId) ?? []), m]);
  const rows = (await store.accounts.listAidants()).filter((a) => !only || byAidant.get(a.id)?.some((m) => m.structureId === only.id));
  const lines = rows.map((a) => line(a, byAidant.get(a.id) ?? [], names));
  return {
    json: { aidants: rows.map((a) => adminView(a, byAidant.get(a.id) ?? [])) },
    text: lines.length ? lines.join('\n') : 'Aucun compte.',
  };
};

const switchAccount =
  (disabled: boolean): Command =>
  async (store, options) => {
    const aidant = await accountOf(store, options, disabled ? 'disable-aidant' : 'enable-aidant');
    await setAccountDisabled(store, aidant.id, disabled);
    const view = adminView((await store.getAidant(aidant.id))!, await store.accounts.listMemberships(aidant.id));
    const text = disabled
      ? `Compte désactivé : ${aidant.name} <${aidant.email}>. Ses appareils ne synchronisent plus et la connexion lui est refusée.`
      : `Compte réactivé : ${aidant.name} <${aidant.email}>. Il peut se reconnecter (ses anciens appareils restent révoqués).`;
    return { json: { aidant: view }, text };
  };

const resetPassword: Command = async (store, options) => {
  const aidant = await accountOf(store, options, 'reset-password');
  const temporaryPassword = await setTemporaryPassword(store, aidant);
  const view = adminView((await store.getAidant(aidant.id))!, await store.accounts.listMemberships(aidant.id));
  return {
    json: { aidant: view, temporaryPassword },
    text: [
      `Mot de passe réinitialisé : ${aidant.name} <${aidant.email}>`,
      `Mot de passe provisoire (à transmettre à l’aidant, il ne sera plus affiché ; à changer à la prochaine connexion) : ${temporaryPassword}`,
    ].join('\n'),
  };
};

const addMembership: Command = async (store, options) => {
  const aidant = await accountOf(store, options, 'add-membership');
  const structure = await structureOf(store, options, 'add-membership');
  const role = roleSchema.safeParse(options.role ?? 'aidant');
  if (!role.success) throw new UsageError(`Rôle inconnu : ${options.role} (choisir parmi ${roles.join(', ')}).`);
  await putMembership(store, aidant.id, structure.id, role.data);
  const view = adminView((await store.getAidant(aidant.id))!, await store.accounts.listMemberships(aidant.id));
  return { json: { aidant: view }, text: `${aidant.email} est membre de ${structure.name} (${role.data}).` };
};

const removeMembership: Command = async (store, options) => {
  const aidant = await accountOf(store, options, 'remove-membership');
  const structure = await structureOf(store, options, 'remove-membership');
  if (!(await store.accounts.removeMembership(aidant.id, structure.id))) {
    throw new CommandError(`${aidant.email} n’est pas membre de ${structure.name}.`);
  }
  const view = adminView((await store.getAidant(aidant.id))!, await store.accounts.listMemberships(aidant.id));
  return {
    json: { aidant: view },
    text: `${aidant.email} n’est plus membre de ${structure.name} : ses appareils ne synchronisent plus les dossiers de cette structure.`,
  };
};

/** The account commands by name. */
export const accountCommands: Record<string, Command> = {
  'list-aidants': listAidants,
  'disable-aidant': switchAccount(true),
  'enable-aidant': switchAccount(false),
  'reset-password': resetPassword,
  'add-membership': addMembership,
  'remove-membership': removeMembership,
};
