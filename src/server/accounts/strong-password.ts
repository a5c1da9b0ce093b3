// The password policy (src/shared/schema/password-policy.ts) on the endpoint: a weak password is a 400
// `mot_de_passe_faible` over HTTP and a failed command (exit 1) in the admin tool; and strong passwords made for people.
import { randomInt } from 'node:crypto';
import { ErrorCodes } from '../../shared/schema/errors';
import { passwordWeakness, type PasswordOwner } from '../../shared/schema/password-policy';
import { HttpError } from '../http/errors';

/** A password the policy refuses; its message says why, in French. */
export class WeakPasswordError extends HttpError {
  constructor(message: string) {
    super(400, ErrorCodes.weakPassword, message);
  }
}

/** Throws a WeakPasswordError unless `password` is acceptable for `owner`. */
export function assertStrongPassword(password: string, owner: PasswordOwner): void {
  const weakness = passwordWeakness(password, owner);
  if (weakness) throw new WeakPasswordError(weakness);
}

// No 0/o, 1/l/i: the password is read aloud or copied by hand.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A random password of four groups of four, e.g. "kq7m-3xpt-9bzr-w4hn" (about 79 bits), that the policy accepts for `owner`. */
export function generatePassword(owner: PasswordOwner = {}): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  for (;;) {
    const password = [group(), group(), group(), group()].join('-');
    if (!passwordWeakness(password, owner)) return password;
  }
}
