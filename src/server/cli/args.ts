// Command-line parsing for the admin tools (node:util parseArgs), with usage errors in French.
import { parseArgs } from 'node:util';

/** A mistake in how the command was typed: exit code 2 and a hint to read the help. */
export class UsageError extends Error {}

/** A failure of the command itself (unknown structure, duplicate account…): exit code 1. */
export class CommandError extends Error {}

/** The parsed command line: the command name, its options, and the global flags. */
export interface ParsedArgs {
  command: string | undefined;
  options: Record<string, string | undefined>;
  json: boolean;
  help: boolean;
  /** `--dry-run`: say what would be done, change nothing (purge). */
  dryRun: boolean;
  /** `--yes`: the administrator confirms a command that replaces data (restore). */
  yes: boolean;
}

const OPTIONS = {
  name: { type: 'string' },
  structure: { type: 'string' },
  email: { type: 'string' },
  role: { type: 'string' },
  password: { type: 'string' },
  'password-file': { type: 'string' },
  device: { type: 'string' },
  record: { type: 'string' },
  since: { type: 'string' },
  to: { type: 'string' },
  from: { type: 'string' },
  format: { type: 'string' },
  file: { type: 'string' },
  zone: { type: 'string' },
  yes: { type: 'boolean' },
  json: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Parses `argv` (without node and the script); throws UsageError for unknown options or extra words. */
export function parseAdminArgs(argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const option = /'([^']+)'/.exec((error as Error).message)?.[1];
    throw new UsageError(option ? `Option inconnue ou mal écrite : ${option}` : 'Ligne de commande invalide.');
  }
  const { positionals, values } = parsed;
  if (positionals.length > 1) throw new UsageError(`Un seul ordre à la fois (reçu : ${positionals.join(' ')}).`);
  const { json, help, 'dry-run': dryRun, yes, ...options } = values;
  return { command: positionals[0], options, json: json ?? false, help: help ?? false, dryRun: dryRun ?? false, yes: yes ?? false };
}

/** The value of a required option, or a UsageError naming it. */
export function required(options: ParsedArgs['options'], name: string, command: string): string {
  const value = options[name]?.trim();
  if (!value) throw new UsageError(`L’option --${name} est obligatoire pour « ${command} ».`);
  return value;
}
