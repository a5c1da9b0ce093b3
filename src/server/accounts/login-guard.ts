// Login protection after OWASP's Authentication Cheat Sheet: failed logins are counted per (account, address),
// per address, and per account and day, in the store so that every endpoint process shares them. Only failures
// count, and an attempt is counted before its password is checked (a burst of parallel guesses cannot slip
// past the limit) then taken back unless it failed. Past the daily cap the coordinator is told through the
// audit log, and each address keeps only a few tries on that account: the owner, from an address that did
// not fail, still gets in.
import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';
import { normalizeEmail } from '../../shared/schema/auth';
import { ErrorCodes } from '../../shared/schema/errors';
import { HttpError } from '../http/errors';
import type { LoginCounter, Store } from '../store/store';

export interface LoginLimits {
  /** Failures allowed on one account from one address in `windowMs`; then that pair waits. */
  perAccountAddress: number;
  /** Failures allowed from one address over every account in `windowMs` (an office behind one address shares it). */
  perAddress: number;
  windowMs: number;
  /** Failures on one account from every address in `dayMs`: reaching it tells the coordinator once. */
  accountDailyCap: number;
  /** Past the daily cap, the failures each address may still make on that account until its day ends. */
  afterCapPerAddress: number;
  dayMs: number;
}

/** The endpoint's limits. */
export const defaultLoginLimits: Readonly<LoginLimits> = Object.freeze({
  perAccountAddress: 10,
  perAddress: 100,
  windowMs: 15 * 60_000,
  accountDailyCap: 50,
  afterCapPerAddress: 3,
  dayMs: 24 * 60 * 60_000,
});

/** How a login attempt admitted by the guard ended. */
export interface LoginAttempt {
  /** Right password: this address's counters on the account are cleared; the others take the attempt back. */
  succeeded(): Promise<void>;
  /** Wrong e-mail or password: the failure stays counted. */
  failed(): Promise<void>;
  /** Ended otherwise (an internal error): the attempt is taken back. */
  abandoned(): Promise<void>;
}

/** What an address counts as: an IPv6 address by its /64 (one subscriber's network), any other whole. */
export function addressKey(address: string): string {
  if (!isIPv6(address) || address.includes('.')) return address.replace(/^::ffff:/i, '');
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

// Counter keys are hashed: the table holds no e-mail address or IP address in clear.
const counterKey = (...parts: string[]) =>
  createHash('sha256')
    .update(`declic-login\n${parts.join('\n')}`)
    .digest('base64url');

/** The four counters of an attempt: (account, address) and address per window, account and (account, address) per day. */
interface CounterKeys {
  pair: string;
  address: string;
  day: string;
  pairDay: string;
}

function counterKeys(account: string, address: string): CounterKeys {
  return {
    pair: counterKey('pair', account, address),
    address: counterKey('address', address),
    day: counterKey('day', account),
    pairDay: counterKey('pair-day', account, address),
  };
}

const PRUNE_EVERY_MS = 60_000;

/** Counts login failures and refuses attempts over the limits with a 429 and Retry-After. */
export class LoginGuard {
  private lastPrune = 0;

  constructor(
    private readonly store: Store,
    private readonly limits: LoginLimits = defaultLoginLimits,
    private readonly options: { now?: () => number; log?: (line: string) => void } = {},
  ) {}

  /** Counts an attempt on `email` from `address` before its password is checked; throws a 429 when over a limit. */
  async admit(email: string, address: string): Promise<LoginAttempt> {
    const account = normalizeEmail(email);
    const now = this.options.now?.() ?? Date.now();
    await this.pruneNowAndThen(now);
    const keys = counterKeys(account, addressKey(address));
    const counts = await this.count(keys, now);
    const all = Object.values(keys);
    const over = this.overLimits(counts);
    if (over.length > 0) {
      await this.store.loginCounters.takeBack(all);
      throw tooManyAttempts(over, now);
    }
    return {
      succeeded: async () => {
        await this.store.loginCounters.clear([keys.pair, keys.pairDay]);
        await this.store.loginCounters.takeBack([keys.address, keys.day]);
      },
      failed: async () => {
        if (counts.day.count >= this.limits.accountDailyCap && (await this.store.loginCounters.markReported(keys.day, now))) {
          await this.reportCap(account, now);
        }
      },
      abandoned: () => this.store.loginCounters.takeBack(all),
    };
  }

  /** Adds the attempt to its four counters, in one statement. */
  private async count(keys: CounterKeys, now: number): Promise<Record<keyof CounterKeys, LoginCounter>> {
    const { windowMs, dayMs } = this.limits;
    const windows: Record<keyof CounterKeys, number> = { pair: windowMs, address: windowMs, day: dayMs, pairDay: dayMs };
    const names = Object.keys(keys) as (keyof CounterKeys)[];
    const added = await this.store.loginCounters.add(
      names.map((name) => ({ key: keys[name], windowMs: windows[name] })),
      now,
    );
    const byKey = new Map(added.map((c) => [c.key, c]));
    return Object.fromEntries(names.map((name) => [name, byKey.get(keys[name])!])) as Record<keyof CounterKeys, LoginCounter>;
  }

  /** The counters that refuse the attempt. Past the daily cap, it is the address's own count on the account that decides. */
  private overLimits(counts: Record<keyof CounterKeys, LoginCounter>): LoginCounter[] {
    const { perAccountAddress, perAddress, accountDailyCap, afterCapPerAddress } = this.limits;
    const over: LoginCounter[] = [];
    if (counts.pair.count > perAccountAddress) over.push(counts.pair);
    if (counts.address.count > perAddress) over.push(counts.address);
    if (counts.day.count > accountDailyCap && counts.pairDay.count > afterCapPerAddress) over.push(counts.pairDay);
    return over;
  }

  /** Tells the coordinator (the audit log of the account's structure) and the operator (one log line, no personal data). */
  private async reportCap(account: string, now: number): Promise<void> {
    const aidant = await this.store.findAidantByEmail(account);
    const { accountDailyCap, afterCapPerAddress } = this.limits;
    const what = `${accountDailyCap} échecs de connexion en 24 h`;
    if (!aidant) {
      this.log(`[declic] sécurité : ${what} sur une adresse e-mail sans compte.`);
      return;
    }
    const { id, structureId } = aidant;
    await this.store.appendAudit([
      { at: now, structureId, aidantId: id, deviceId: '', action: 'login_blocked', collection: 'aidants', recordId: id },
    ]);
    this.log(
      `[declic] sécurité : ${what} sur un compte de la structure ${structureId} ; chaque adresse n’y a plus que ${afterCapPerAddress} essais pour la journée (journal d’audit : login_blocked).`,
    );
  }

  private log(line: string): void {
    (this.options.log ?? console.warn)(line);
  }

  private async pruneNowAndThen(now: number): Promise<void> {
    if (now - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now;
    await this.store.loginCounters.prune(now);
  }
}

/** The 429 for counters over their limit: Retry-After when the last of their windows ends. */
function tooManyAttempts(over: LoginCounter[], now: number): HttpError {
  const seconds = Math.max(1, ...over.map((c) => Math.ceil((c.windowStart + c.windowMs - now) / 1000)));
  const wait = seconds <= 3600 ? `${Math.ceil(seconds / 60)} min` : `${Math.ceil(seconds / 3600)} h`;
  return new HttpError(429, ErrorCodes.rateLimited, `Trop de tentatives de connexion. Réessayez dans ${wait}.`, {
    'Retry-After': String(seconds),
  });
}
