// Where `create-aidant` takes the password from: a file (--password-file F), standard input (--password -),
// the command line (--password P, which the shell keeps in its history), or nowhere: then one is generated.
import { readFileSync } from 'node:fs';
import type { PasswordOwner } from '../../shared/schema/password-policy';
import { assertStrongPassword, generatePassword, WeakPasswordError } from '../accounts/strong-password';
import { CommandError, UsageError, type ParsedArgs } from './args';

/** The password to set and whether it was generated (then it is printed once). */
export interface PasswordChoice {
  password: string;
  generated: boolean;
}

/** Standard input, whole. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The text of a file or of standard input, without the line break that ends it. */
async function readSecret(source: 'stdin' | string): Promise<string> {
  let text: string;
  try {
    text = source === 'stdin' ? await readStdin() : readFileSync(source, 'utf8');
  } catch (error) {
    throw new CommandError(`Impossible de lire le mot de passe dans ${source} : ${(error as NodeJS.ErrnoException).code ?? 'erreur'}`);
  }
  const password = text.replace(/\r?\n$/, '');
  if (!password) throw new CommandError(`Mot de passe vide dans ${source === 'stdin' ? 'l’entrée standard' : source}.`);
  return password;
}

/** The password the options ask for, checked against the policy (a weak one: CommandError, exit 1). */
export async function choosePassword(options: ParsedArgs['options'], owner: PasswordOwner): Promise<PasswordChoice> {
  const { password: given, 'password-file': file } = options;
  if (given !== undefined && file !== undefined) throw new UsageError('Choisissez --password ou --password-file, pas les deux.');
  if (given === undefined && file === undefined) return { password: generatePassword(owner), generated: true };
  const password = file !== undefined ? await readSecret(file) : given === '-' ? await readSecret('stdin') : given!;
  try {
    assertStrongPassword(password, owner);
  } catch (error) {
    if (error instanceof WeakPasswordError) throw new CommandError(error.message);
    throw error;
  }
  return { password, generated: false };
}
