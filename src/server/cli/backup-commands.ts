// `npm run admin -- backup --to FILE` and `restore --from FILE --yes`: they work on the storage itself, not through a Store.
import type { Config } from '../config';
import { backupStorage, restoreStorage } from '../store/backup';
import type { CommandOutput } from './admin-commands';
import { CommandError, required, UsageError, type ParsedArgs } from './args';

type StorageCommand = (config: Config, args: ParsedArgs) => Promise<CommandOutput>;

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;

const backupCommand: StorageCommand = async (config, args) => {
  const to = required(args.options, 'to', 'backup');
  const report = await backupStorage(config, to).catch(failed);
  return {
    json: { ...report },
    text: `Sauvegarde écrite : ${report.file} (${megabytes(report.bytes)}, ${report.storage}).`,
  };
};

const restoreCommand: StorageCommand = async (config, args) => {
  const from = required(args.options, 'from', 'restore');
  if (!args.yes) {
    throw new UsageError(
      `La restauration remplace toutes les données du serveur par celles de ${from}. ` +
        'Les tablettes renverront ensuite ce qu’elles détiennent. Relancez avec --yes pour confirmer.',
    );
  }
  const report = await restoreStorage(config, from).catch(failed);
  return {
    json: { restored: report },
    text:
      `Sauvegarde restaurée (${report.storage}) depuis ${report.from}. Nouvel identifiant des données : ${report.dataset}.\n` +
      'Relancez le serveur : chaque tablette renverra ses données à sa prochaine synchronisation.',
  };
};

function failed(error: unknown): never {
  throw new CommandError((error as Error).message);
}

/** The commands that work on the storage itself (no store opened for them). */
export const storageCommands: Record<string, StorageCommand> = { backup: backupCommand, restore: restoreCommand };
