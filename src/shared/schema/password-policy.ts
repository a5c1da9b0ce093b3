// What makes a password acceptable, after CNIL délibération 2022-100 (passwords used alone): at least 12
// characters mixing 3 of the 4 kinds (lower case, upper case, digits, special), or a passphrase of at least 16;
// never one of the most common passwords, however decorated; never the person's name or e-mail.
import { isCommonPasswordCore } from './common-passwords';

export const MIN_PASSWORD_LENGTH = 12;
export const MIN_PASSPHRASE_LENGTH = 16;
export const MAX_PASSWORD_LENGTH = 200;
/** Cores of common passwords shorter than this are not looked up: « mar » or « lol » would refuse noise. */
const MIN_CORE_LENGTH = 4;

/** Whose password it is: what it must not contain. */
export interface PasswordOwner {
  email?: string;
  name?: string;
}

const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

/** Lower case, accents dropped, separators (spaces, - _ . ' ’) removed: « Mot-de-Passe » and « motdepasse » alike. */
function flatten(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-_.'’,;:+]/gu, '');
}

const foldLeet = (text: string) => text.replace(/[0134579@$]/g, (c) => LEET[c] ?? c);

/**
 * The word under the decorations: flattened, digits and symbols stripped from both ends, look-alike digits
 * read as letters (« P@ssw0rd2024! » → « password »). The shipped list holds the cores of common passwords.
 */
export function passwordCore(password: string): string {
  return foldLeet(flatten(password).replace(/^[^a-z]+|[^a-z]+$/g, ''));
}

function kindsOf(password: string): number {
  const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u];
  return kinds.filter((kind) => kind.test(password)).length;
}

/** True for « aaaa… », « abcdef… », « 1234567890123… » or « azerazer… »: few distinct characters, a run or a short cycle. */
function isPredictable(chars: string[]): boolean {
  if (new Set(chars).size < 6) return true;
  const codes = chars.map((c) => c.codePointAt(0) ?? 0);
  const steps = codes.slice(1).map((code, i) => code - (codes[i] ?? code));
  if (steps.every((step) => step === steps[0] && Math.abs(step) <= 1)) return true;
  for (let period = 1; period <= 10 && period < chars.length; period++) {
    if (chars.every((c, i) => i < period || c === chars[i - period])) return true;
  }
  return false;
}

/** The parts of the owner's name and e-mail a password must not contain (three letters or more). */
function ownerWords(owner: PasswordOwner): string[] {
  const local = owner.email?.split('@')[0] ?? '';
  const words = [local, ...`${local} ${owner.name ?? ''}`.split(/[^\p{L}\p{N}]+/u)].map(flatten);
  return [...new Set(words)].filter((word) => word.length >= 3);
}

/** Why `password` is refused, one French reason each (empty when it is acceptable). */
export function passwordProblems(password: string, owner: PasswordOwner = {}): string[] {
  const chars = [...password];
  const problems: string[] = [];
  if (chars.length > MAX_PASSWORD_LENGTH) return [`il est trop long (${MAX_PASSWORD_LENGTH} caractères au plus)`];
  if (chars.length < MIN_PASSWORD_LENGTH) {
    problems.push(`il est trop court : ${MIN_PASSWORD_LENGTH} caractères au moins, ou une phrase de passe de ${MIN_PASSPHRASE_LENGTH}`);
  } else if (chars.length < MIN_PASSPHRASE_LENGTH && kindsOf(password) < 3) {
    problems.push(
      `il doit mêler au moins 3 sortes de caractères parmi minuscules, majuscules, chiffres et caractères spéciaux (ou faire ${MIN_PASSPHRASE_LENGTH} caractères)`,
    );
  }
  if (isPredictable(chars)) problems.push('il est trop prévisible (caractères répétés ou qui se suivent)');
  const core = passwordCore(password);
  if (core.length >= MIN_CORE_LENGTH && isCommonPasswordCore(core)) problems.push('il fait partie des mots de passe les plus courants');
  const flat = foldLeet(flatten(password));
  if (ownerWords(owner).some((word) => flat.includes(foldLeet(word))))
    problems.push('il ne doit contenir ni votre nom ni votre adresse e-mail');
  return problems;
}

/** The French sentence refusing `password`, or null when it is acceptable. */
export function passwordWeakness(password: string, owner: PasswordOwner = {}): string | null {
  const problems = passwordProblems(password, owner);
  return problems.length ? `Mot de passe trop faible : ${problems.join(' ; ')}.` : null;
}
