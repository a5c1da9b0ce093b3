// Password hashes at OWASP's cost: the production default, bounds on what a stored hash may ask, and the
// rehash of an older hash at the next successful login (both stores).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAidant, createStructure } from '../../src/server/accounts/accounts';
import { hashPassword, needsRehash, OWASP_SCRYPT, parseStoredHash, verifyPassword } from '../../src/server/accounts/passwords';
import { TEST_PASSWORD_COST } from '../fixtures/password-cost';
import { storeKinds } from '../fixtures/postgres';
import { postJson } from '../fixtures/server-api';
import { openTestDb, type StoreKind, type TestDb } from '../fixtures/server-db';
import { startTestServer } from '../fixtures/test-server';

const PASSWORD = 'une phrase de passe de test';
const OLD_COST = { N: 2 ** 14, r: 8, p: 1 };

describe('password hashes', () => {
  it('are made at OWASP’s scrypt profile by default (N=2^17, r=8, p=1) and carry it', async () => {
    expect(OWASP_SCRYPT).toEqual({ N: 131072, r: 8, p: 1 });
    const stored = await hashPassword(PASSWORD);
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword(PASSWORD, stored)).toBe(true);
    expect(await verifyPassword('une autre phrase de passe', stored)).toBe(false);
    expect(needsRehash(stored)).toBe(false);
  });

  it('still verify at an older cost, and say they need a rehash', async () => {
    const old = await hashPassword(PASSWORD, OLD_COST);
    expect(old).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword(PASSWORD, old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash(old, TEST_PASSWORD_COST)).toBe(false);
  });

  const salt = Buffer.alloc(16, 1).toString('base64url');
  const key = Buffer.alloc(32, 2).toString('base64url');
  it.each([
    ['N=2^30 (128 GiB)', `scrypt$${2 ** 30}$8$1$${salt}$${key}`],
    ['N=2^20 (1 GiB)', `scrypt$${2 ** 20}$8$1$${salt}$${key}`],
    ['r=1000', `scrypt$16384$1000$1$${salt}$${key}`],
    ['p=1000', `scrypt$16384$8$1000$${salt}$${key}`],
    ['an N that is not a power of two', `scrypt$100000$8$1$${salt}$${key}`],
    ['N=2', `scrypt$2$8$1$${salt}$${key}`],
    ['a fractional N', `scrypt$16384.5$8$1$${salt}$${key}`],
    ['an empty salt', `scrypt$16384$8$1$$${key}`],
    ['another scheme', `bcrypt$16384$8$1$${salt}$${key}`],
    ['a missing part', `scrypt$16384$8$1$${salt}`],
  ])('are refused, not run, when the stored hash asks %s', async (_case, stored) => {
    expect(parseStoredHash(stored)).toBeUndefined();
    expect(await verifyPassword(PASSWORD, stored)).toBe(false);
    expect(needsRehash(stored)).toBe(false);
  });
});

function rehashSuite(kind: StoreKind) {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb(kind);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  const storedHash = async (id: string) => (await db.store.getAidant(id))!.passwordHash;
  const loginTo = (url: string, email: string, password = PASSWORD) =>
    postJson(`${url}/api/v1/auth/login`, { email, password, deviceName: 'Tablette' });

  it('hashes an N=2^14 password again at OWASP’s cost at the next successful login, not after a failure', async () => {
    const structure = await createStructure(db.store, 'Mairie de Nérac');
    const aidant = await createAidant(
      db.store,
      { structureId: structure.id, email: 'ines@nerac.test', name: 'Inès', role: 'aidant', password: PASSWORD },
      { passwordCost: OLD_COST },
    );
    const server = await startTestServer({ store: db.store, passwordCost: null });
    try {
      const old = await storedHash(aidant.id);
      expect((await loginTo(server.url, 'ines@nerac.test', 'pas la bonne phrase')).status).toBe(401);
      expect(await storedHash(aidant.id)).toBe(old);
      expect((await loginTo(server.url, 'ines@nerac.test')).status).toBe(200);
      expect(await storedHash(aidant.id)).toMatch(/^scrypt\$131072\$8\$1\$/);
      expect((await loginTo(server.url, 'ines@nerac.test')).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('never lowers a stored cost, and answers 401 (not 500) for a hash that asks too much', async () => {
    const structure = await createStructure(db.store, 'Mairie d’Agen');
    const strong = await createAidant(db.store, {
      structureId: structure.id,
      email: 'paul@agen.test',
      name: 'Paul',
      role: 'aidant',
      password: PASSWORD,
    });
    const hostile = await createAidant(
      db.store,
      { structureId: structure.id, email: 'zoe@agen.test', name: 'Zoé', role: 'aidant', password: PASSWORD },
      { passwordCost: TEST_PASSWORD_COST },
    );
    const salt = Buffer.alloc(16, 1).toString('base64url');
    await db.store.updatePasswordHash(hostile.id, `scrypt$${2 ** 30}$8$1$${salt}$${Buffer.alloc(32).toString('base64url')}`);
    const server = await startTestServer({ store: db.store });
    try {
      const before = await storedHash(strong.id);
      expect((await loginTo(server.url, 'paul@agen.test')).status).toBe(200);
      expect(await storedHash(strong.id)).toBe(before);
      expect((await loginTo(server.url, 'zoe@agen.test')).status).toBe(401);
    } finally {
      await server.close();
    }
  });
}

describe.each(await storeKinds())('rehash at login (%s)', rehashSuite);
