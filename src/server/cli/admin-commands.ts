// The admin commands: structures, aidant accounts and devices. Each returns its JSON object and a French text.
import { createAidant, createStructure } from '../accounts/accounts';
import type { DeviceEnd, DeviceRow, Store } from '../store/store';
import { roles, roleSchema } from '../../shared/schema/auth';
import { CommandError, required, UsageError, type ParsedArgs } from './args';
import { accountCommands } from './account-commands';
import { auditCommand } from './audit-command';
import { importPartnersCommand } from './import-partners-command';
import { choosePassword } from './password-input';

/** What a command prints: one JSON object with `--json`, else the text. */
export interface CommandOutput {
  json: Record<string, unknown>;
  text: string;
}

/** One admin command: its options in, its output out. */
export type Command = (store: Store, options: ParsedArgs['options']) => Promise<CommandOutput>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const date = (ms: number | null) => (ms === null ? '—' : new Date(ms).toLocaleString('fr-FR', { timeZone: 'Europe/Paris' }));

/** How the device list says that a device's token stopped working, and why. */
function ended(revokedAt: number | null, revokedBy: DeviceEnd | null): string {
  if (revokedAt === null) return '';
  return revokedBy === 'logout' ? `  DÉCONNECTÉ le ${date(revokedAt)}` : `  RÉVOQUÉ le ${date(revokedAt)}`;
}

/** A device as the admin sees it: never its token hash. */
function publicDevice(device: DeviceRow, aidantEmail: string | undefined) {
  const { id, name, aidantId, structureId, createdAt, lastSeenAt, revokedAt, revokedBy } = device;
  return { id, name, aidantId, aidantEmail: aidantEmail ?? null, structureId, createdAt, lastSeenAt, revokedAt, revokedBy };
}

const createStructureCommand: Command = async (store, options) => {
  const structure = await createStructure(store, required(options, 'name', 'create-structure'));
  return { json: { structure }, text: `Structure créée : ${structure.name}\nIdentifiant : ${structure.id}` };
};

const listStructuresCommand: Command = async (store) => {
  const structures = await store.listStructures();
  const lines = structures.map((s) => `${s.id}  ${s.name}`);
  return { json: { structures }, text: lines.length ? lines.join('\n') : 'Aucune structure.' };
};

const createAidantCommand: Command = async (store, options) => {
  const structureId = required(options, 'structure', 'create-aidant');
  const email = required(options, 'email', 'create-aidant');
  const name = required(options, 'name', 'create-aidant');
  if (!EMAIL.test(email)) throw new UsageError(`Adresse e-mail invalide : ${email}`);
  const role = roleSchema.safeParse(options.role ?? 'aidant');
  if (!role.success) throw new UsageError(`Rôle inconnu : ${options.role} (choisir parmi ${roles.join(', ')}).`);
  const { password, generated } = await choosePassword(options, { email, name });
  let created;
  try {
    created = await createAidant(store, { structureId, email, name, role: role.data, password });
  } catch (error) {
    throw new CommandError((error as Error).message);
  }
  const aidant = { id: created.id, email: created.email, name: created.name, role: created.role, structureId: created.structureId };
  const text = [`Compte créé : ${aidant.name} <${aidant.email}> (${aidant.role})`, `Identifiant : ${aidant.id}`];
  if (generated) text.push(`Mot de passe (à transmettre à l’aidant, il ne sera plus affiché) : ${password}`);
  return { json: generated ? { aidant, password } : { aidant }, text: text.join('\n') };
};

const listDevicesCommand: Command = async (store, options) => {
  const structureId = options.structure?.trim() || undefined;
  if (structureId && !(await store.getStructure(structureId))) throw new CommandError(`Structure inconnue : ${structureId}`);
  const rows = await store.listDevices(structureId);
  const emails = new Map<string, string | undefined>();
  for (const row of rows) if (!emails.has(row.aidantId)) emails.set(row.aidantId, (await store.getAidant(row.aidantId))?.email);
  const devices = rows.map((row) => publicDevice(row, emails.get(row.aidantId)));
  const lines = devices.map(
    (d) => `${d.id}  ${d.name}  ${d.aidantEmail ?? '?'}  vu le ${date(d.lastSeenAt)}${ended(d.revokedAt, d.revokedBy)}`,
  );
  return { json: { devices }, text: lines.length ? lines.join('\n') : 'Aucun appareil.' };
};

const revokeDeviceCommand: Command = async (store, options) => {
  const id = required(options, 'device', 'revoke-device');
  if (!(await store.revokeDevice(id, Date.now(), 'admin'))) throw new CommandError(`Appareil inconnu : ${id}`);
  const row = (await store.listDevices()).find((d) => d.id === id)!;
  const device = publicDevice(row, (await store.getAidant(row.aidantId))?.email);
  return {
    json: { revoked: true, device },
    text: `Appareil révoqué : ${device.name} (${device.aidantEmail ?? '?'}). Il ne peut plus synchroniser.`,
  };
};

/** The commands by name. */
export const adminCommands: Record<string, Command> = {
  'create-structure': createStructureCommand,
  'list-structures': listStructuresCommand,
  'create-aidant': createAidantCommand,
  'list-devices': listDevicesCommand,
  'revoke-device': revokeDeviceCommand,
  audit: auditCommand,
  'import-partners': importPartnersCommand,
  ...accountCommands,
};
