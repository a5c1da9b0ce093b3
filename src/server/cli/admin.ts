// `npm run admin -- <command>`: manages structures, aidant accounts and devices on the configured store.
import { readConfig } from '../config';
import { openStore } from '../store/open-store';
import { adminCommands } from './admin-commands';
import { CommandError, parseAdminArgs, UsageError } from './args';
import { storageCommands } from './backup-commands';
import { purgeCommand } from './purge-command';

const HELP = `Administration de Déclic

Utilisation : npm run admin -- <commande> [options] [--json]

Commandes :
  create-structure --name NOM
      Crée une structure (mairie, France services, CCAS, association…).
  list-structures
      Liste les structures et leurs identifiants.
  create-aidant --structure ID --email E-MAIL --name NOM [--role aidant|coordinateur|admin]
                [--password-file FICHIER | --password - | --password MOT_DE_PASSE]
      Crée le compte personnel d’un aidant. Sans mot de passe, un mot de passe solide est tiré au hasard et
      affiché une seule fois (aussi avec --json). --password-file le lit dans un fichier, --password - sur
      l’entrée standard. Évitez --password MOT_DE_PASSE : il reste dans l’historique du shell et se voit
      dans la liste des processus. Règles (CNIL) : 12 caractères au moins mêlant 3 sortes parmi minuscules,
      majuscules, chiffres et caractères spéciaux, ou une phrase de passe de 16 caractères ; ni un mot de
      passe courant, ni le nom ou l’adresse e-mail de l’aidant. Un mot de passe trop faible est refusé.
  list-aidants [--structure ID]
      Liste les comptes (de toutes les structures ou d’une seule) : e-mail, nom, état (désactivé, mot de
      passe provisoire) et structures avec le rôle dans chacune.
  disable-aidant --email E-MAIL
      Désactive un compte (départ d’un aidant) : tous ses appareils cessent aussitôt de synchroniser et la
      connexion lui est refusée.
  enable-aidant --email E-MAIL
      Réactive un compte désactivé : l’aidant se reconnecte (ses anciens appareils restent révoqués).
  reset-password --email E-MAIL
      Donne un mot de passe provisoire, affiché une seule fois (aussi avec --json) ; l’aidant devra le
      changer à sa prochaine connexion.
  add-membership --email E-MAIL --structure ID [--role aidant|coordinateur|admin]
      Rattache un compte existant à une autre structure (une secrétaire de mairie qui sert plusieurs
      communes), avec son rôle dans cette structure ; change ce rôle s’il y est déjà.
  remove-membership --email E-MAIL --structure ID
      Retire un compte d’une structure : ses appareils ne reçoivent plus les dossiers de cette structure.
  list-devices [--structure ID]
      Liste les appareils connectés (tablettes, ordinateurs), de toutes les structures ou d’une seule.
  revoke-device --device ID
      Révoque un appareil perdu ou volé : il ne peut plus synchroniser.
  audit [--structure ID] [--record ID] [--since AAAA-MM-JJ]
      Affiche le journal d’audit : qui a lu, modifié ou effacé quel dossier, et les comptes dont les
      connexions ont été bloquées après trop d’échecs en 24 h (une attaque possible sur ce compte).
  import-partners --format lieux|data-inclusion --file FICHIER [--structure ID] [--zone 47|CODES_INSEE]
      Importe un annuaire de lieux aux standards ouverts dans les partenaires locaux : le CSV « Lieux de
      médiation numérique » (schéma 1.0.2) ou le JSON data·inclusion (structures et services, v1), dont
      seules les structures de la zone sont gardées (département 47 par défaut, ou des codes INSEE de
      communes séparés par des virgules). Sans --structure, pour tout le territoire ; avec, pour cette
      structure. Un lieu déjà importé n’est mis à jour que si sa date_maj est plus récente, et un champ
      modifié depuis sur une tablette est gardé. Chaque ligne refusée est affichée avec sa raison ; les
      autres sont importées. Les tablettes reçoivent les partenaires à leur prochaine synchronisation.
  purge [--dry-run]
      Efface les dossiers sans contact depuis plus de RETENTION_MONTHS mois (24 par défaut), avec leurs
      diagnostics, mandats et autres enregistrements ; les tablettes les effacent à leur prochaine
      synchronisation. Le serveur le fait aussi chaque jour. --dry-run compte sans rien effacer.
  backup --to FICHIER
      Écrit une sauvegarde cohérente des données dans FICHIER, même pendant que le serveur tourne (SQLite :
      copie en ligne de la base ; PostgreSQL : pg_dump au format personnalisé, à installer avec le paquet
      postgresql-client). Avec --json : {file, bytes, storage, createdAt}.
  restore --from FICHIER --yes
      Remplace toutes les données par celles d’une sauvegarde. Arrêtez d’abord le serveur : la commande
      refuse tant qu’il tourne sur ce stockage. --yes confirme. Les données restaurées reçoivent un nouvel
      identifiant : chaque tablette renvoie alors ce qu’elle détient, puis reprend la synchronisation,
      et rien de ce qu’elle avait envoyé après la sauvegarde n’est perdu.

Options communes :
  --json   affiche un seul objet JSON sur la sortie standard (pour les scripts)
  --help   affiche cette aide

Stockage : le même que le serveur — SQLite dans DATA_DIR (./data par défaut),
ou PostgreSQL si DATABASE_URL est défini (schéma DATABASE_SCHEMA si besoin).
`;

/** Runs the admin tool; returns the exit code (0 ok, 1 command failed, 2 usage error). */
async function runAdmin(argv: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  let store;
  try {
    const args = parseAdminArgs(argv);
    if (args.help || args.command === 'help') {
      out(HELP);
      return 0;
    }
    if (!args.command) throw new UsageError('Indiquez une commande.');
    const command = Object.hasOwn(adminCommands, args.command) ? adminCommands[args.command] : undefined;
    const onStorage = Object.hasOwn(storageCommands, args.command) ? storageCommands[args.command] : undefined;
    if (!command && !onStorage && args.command !== 'purge') throw new UsageError(`Commande inconnue : ${args.command}`);
    const config = readConfig();
    if (onStorage) {
      const result = await onStorage(config, args);
      out(args.json ? JSON.stringify(result.json) : result.text);
      return 0;
    }
    store = await openStore(config);
    const result = command ? await command(store, args.options) : await purgeCommand(store, config.retentionMonths, args.dryRun);
    out(args.json ? JSON.stringify(result.json) : result.text);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      err(`${error.message}\nAide : npm run admin -- --help`);
      return 2;
    }
    err(error instanceof CommandError ? error.message : `Échec : ${(error as Error).message}`);
    return 1;
  } finally {
    await store?.close();
  }
}

const exitCode = await runAdmin(
  process.argv.slice(2),
  (text) => process.stdout.write(`${text}\n`),
  (text) => process.stderr.write(`${text}\n`),
);
process.exitCode = exitCode;
