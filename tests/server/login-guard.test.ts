// The login guard's counters in time, on both stores: windows that end, the day's cap, and what an address counts as.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressKey, LoginGuard, type LoginLimits } from '../../src/server/accounts/login-guard';
import { HttpError } from '../../src/server/http/errors';
import { storeKinds } from '../fixtures/postgres';
import { openTestDb, type StoreKind, type TestDb } from '../fixtures/server-db';

const MINUTE = 60_000;
const limits: LoginLimits = {
  perAccountAddress: 2,
  perAddress: 5,
  windowMs: 15 * MINUTE,
  accountDailyCap: 4,
  afterCapPerAddress: 1,
  dayMs: 24 * 60 * MINUTE,
};

/** The seconds a refused attempt is told to wait; undefined when the attempt was admitted. */
async function refusal(guard: LoginGuard, email: string, address: string): Promise<number | undefined> {
  try {
    await (await guard.admit(email, address)).failed();
    return undefined;
  } catch (error) {
    if (!(error instanceof HttpError) || error.status !== 429) throw error;
    return Number(error.headers['Retry-After']);
  }
}

function guardSuite(kind: StoreKind) {
  let db: TestDb;
  let now = Date.UTC(2025, 2, 3, 9);
  const guard = () => new LoginGuard(db.store, limits, { now: () => now, log: () => undefined });

  beforeAll(async () => {
    db = await openTestDb(kind);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('lets an (account, address) pair try again once its window has ended, and tells how long to wait', async () => {
    const g = guard();
    expect(await refusal(g, 'lea@agen.test', '192.0.2.1')).toBeUndefined();
    now += 5 * MINUTE;
    expect(await refusal(g, 'lea@agen.test', '192.0.2.1')).toBeUndefined();
    expect(await refusal(g, 'lea@agen.test', '192.0.2.1')).toBe(10 * 60);
    now += 10 * MINUTE;
    expect(await refusal(g, 'lea@agen.test', '192.0.2.1')).toBeUndefined();
  });

  it('takes back refused and successful attempts: only failures fill a window', async () => {
    const g = guard();
    for (let i = 0; i < 5; i++) await (await g.admit('paul@agen.test', '192.0.2.2')).succeeded();
    await (await g.admit('paul@agen.test', '192.0.2.2')).abandoned();
    expect(await refusal(g, 'paul@agen.test', '192.0.2.2')).toBeUndefined();
    expect(await refusal(g, 'paul@agen.test', '192.0.2.2')).toBeUndefined();
    for (let i = 0; i < 3; i++) expect(await refusal(g, 'paul@agen.test', '192.0.2.2')).toBeGreaterThan(0);
    now += 15 * MINUTE;
    expect(await refusal(g, 'paul@agen.test', '192.0.2.2')).toBeUndefined();
  });

  it('keeps the daily cap a day, across the short windows, then forgets it', async () => {
    const g = guard();
    for (const address of ['192.0.2.10', '192.0.2.11']) for (let i = 0; i < 2; i++) await refusal(g, 'ines@nerac.test', address);
    now += 20 * MINUTE;
    expect(await refusal(g, 'ines@nerac.test', '192.0.2.10')).toBeGreaterThan(23 * 3600);
    expect(await refusal(g, 'ines@nerac.test', '192.0.2.12')).toBeUndefined();
    expect(await refusal(g, 'ines@nerac.test', '192.0.2.12')).toBeGreaterThan(23 * 3600);
    now += 24 * 60 * MINUTE;
    expect(await refusal(g, 'ines@nerac.test', '192.0.2.10')).toBeUndefined();
  });

  it('forgets ended windows from the table', async () => {
    const g = guard();
    await refusal(g, 'old@agen.test', '192.0.2.20');
    const count = async () => Number((await db.query('SELECT COUNT(*) AS n FROM login_counters'))[0]!.n);
    const before = await count();
    now += 25 * 60 * MINUTE;
    await refusal(g, 'new@agen.test', '192.0.2.21');
    expect(await count()).toBe(4);
    expect(before).toBeGreaterThan(4);
  });
}

describe.each(await storeKinds())('the login guard in time (%s)', guardSuite);

describe('what a client address counts as', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::9', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff::1', '2001:db8:1:2::/64'],
    ['::1', '0:0:0:0::/64'],
    ['local', 'local'],
  ])('%s → %s', (address, key) => {
    expect(addressKey(address)).toBe(key);
  });
});
