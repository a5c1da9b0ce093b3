// Login limits on both stores, as an attacker and as the owner meet them: failures counted per (account,
// address), per address and per account and day; the owner from a clean address always gets in.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AppOptions } from '../../src/server/app';
import type { Store } from '../../src/server/store/store';
import { storeKinds } from '../fixtures/postgres';
import { postJson, seedStructure } from '../fixtures/server-api';
import { databaseText, openTestDb, type StoreKind, type TestDb } from '../fixtures/server-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';
import { expectFrenchError } from './expect-error';

let lastAddress = 0;
/** A client address no other test used (documentation range: nothing is sent there, it only travels in a header). */
const newAddress = () => `203.0.113.${++lastAddress}`;

/** One login attempt, from `address` as the trusted proxy reports it. */
const attempt = (server: TestServer, email: string, password: string, address: string) =>
  postJson(`${server.url}/api/v1/auth/login`, { email, password, deviceName: 'Tablette' }, { 'X-Forwarded-For': address });

function limitsSuite(kind: StoreKind) {
  let db: TestDb;
  let server: TestServer | undefined;
  const serve = async (options: Partial<AppOptions>) => (server = await startTestServer({ store: db.store, trustProxy: true, ...options }));

  beforeAll(async () => {
    db = await openTestDb(kind);
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
    vi.restoreAllMocks();
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('counts the e-mail spelled with spaces or capitals as the same account', async () => {
    const api = await serve({ loginLimit: 3 });
    const { email, password } = await seedStructure(db.store, 'Mairie de Bouglon');
    const from = newAddress();
    for (const spelling of [` ${email} `, email.toUpperCase(), `\t${email}`])
      expect((await attempt(api, spelling, 'devine', from)).status).toBe(401);
    expectFrenchError(await attempt(api, `  ${email.toUpperCase()}  `, password, from), 429, 'trop_de_tentatives');
  });

  it('stops an attacker’s address, never the owner from another one, and keeps no e-mail or address in clear', async () => {
    const api = await serve({ loginLimit: 3, loginWindowMs: 60_000 });
    const { email, password } = await seedStructure(db.store, 'CCAS de Nérac');
    const attacker = newAddress();
    for (let i = 0; i < 3; i++) expect((await attempt(api, email, `devine-${i}`, attacker)).status).toBe(401);
    const blocked = await attempt(api, email, password, attacker);
    expectFrenchError(blocked, 429, 'trop_de_tentatives');
    expect((blocked.body as { error: { message: string } }).error.message).toMatch(
      /^Trop de tentatives de connexion\. Réessayez dans 1 min\.$/,
    );
    const retryAfter = Number(blocked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await attempt(api, email, password, newAddress())).status).toBe(200);
    const everything = await databaseText(db);
    expect(everything).not.toContain(attacker);
    expect(everything.match(new RegExp(email, 'g'))?.length).toBe(1); // the account's own row, nowhere else
  });

  it('counts only failures: an office behind one address logs in as often as it needs', async () => {
    const api = await serve({ loginLimit: 2 });
    const office = newAddress();
    const colleagues = await Promise.all(['Mairie A', 'Mairie B', 'Mairie C'].map((name) => seedStructure(db.store, name)));
    for (let round = 0; round < 9; round++) {
      for (const { email, password } of colleagues) expect((await attempt(api, email, password, office)).status).toBe(200);
    }
  });

  it('lets a success clear the account’s failures from that address', async () => {
    const api = await serve({ loginLimit: 3 });
    const { email, password } = await seedStructure(db.store, 'France services de Damazan');
    const from = newAddress();
    for (const guess of ['faux', 'faux', password, 'faux', 'faux', password, 'faux', 'faux', 'faux']) {
      expect((await attempt(api, email, guess, from)).status).toBe(guess === password ? 200 : 401);
    }
    expectFrenchError(await attempt(api, email, password, from), 429, 'trop_de_tentatives');
  });

  it('stops one address guessing across many accounts, and only that address', async () => {
    const api = await serve({ loginLimit: 2 });
    const sprayer = newAddress();
    for (let i = 0; i < 20; i++) expect((await attempt(api, `personne-${i}@nulle-part.test`, 'azerty', sprayer)).status).toBe(401);
    expectFrenchError(await attempt(api, 'encore-une@nulle-part.test', 'azerty', sprayer), 429, 'trop_de_tentatives');
    expect((await attempt(api, 'encore-une@nulle-part.test', 'azerty', newAddress())).status).toBe(401);
  });

  it('past the daily cap tells the coordinator once, leaves each address one try, and still lets the owner in', async () => {
    const log = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const api = await serve({ loginLimits: { perAccountAddress: 3, accountDailyCap: 6, afterCapPerAddress: 1 } });
    const { email, password, aidant, structure } = await seedStructure(db.store, 'Mairie de Casteljaloux');
    const [first, second, third, fourth] = [newAddress(), newAddress(), newAddress(), newAddress()];
    for (const from of [first, second]) for (let i = 0; i < 3; i++) expect((await attempt(api, email, 'devine', from)).status).toBe(401);
    expect((await attempt(api, email, 'devine', third)).status).toBe(401);
    const blocked = await attempt(api, email, 'devine', third);
    expectFrenchError(blocked, 429, 'trop_de_tentatives');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(23 * 3600);
    expect((blocked.body as { error: { message: string } }).error.message).toMatch(/Réessayez dans 24 h\.$/);
    expect((await attempt(api, email, 'devine', fourth)).status).toBe(401);

    expect((await attempt(api, email, password, newAddress())).status).toBe(200);
    const blockedEntries = (await db.store.listAudit(structure.id)).filter((e) => e.action === 'login_blocked');
    expect(blockedEntries).toEqual([expect.objectContaining({ aidantId: aidant.id, recordId: aidant.id, collection: 'aidants' })]);
    expect(log).toHaveBeenCalledTimes(1);
    const line = String(log.mock.calls[0]![0]);
    expect(line).toContain(structure.id);
    for (const personal of [email, first, second, aidant.name]) expect(line).not.toContain(personal);
  });
}

/** Two endpoint processes' worth of apps, each with its own connection to one database. */
function sharedCountersSuite(kind: StoreKind) {
  let db: TestDb;
  let second: Store;
  let servers: TestServer[] = [];

  beforeAll(async () => {
    db = await openTestDb(kind);
    second = await db.openAnother();
    servers = [
      await startTestServer({ store: db.store, trustProxy: true, loginLimit: 3 }),
      await startTestServer({ store: second, trustProxy: true, loginLimit: 3 }),
    ];
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
    await second?.close();
    await db?.dispose();
  });

  it('counts the failures sent to either endpoint together', async () => {
    const { email, password } = await seedStructure(db.store, 'Mairie de Tonneins');
    const from = newAddress();
    for (const server of [servers[0]!, servers[1]!, servers[0]!]) expect((await attempt(server, email, 'devine', from)).status).toBe(401);
    expectFrenchError(await attempt(servers[1]!, email, password, from), 429, 'trop_de_tentatives');
  });

  it('lets exactly the limit through when guesses arrive at once on both endpoints', async () => {
    const { email } = await seedStructure(db.store, 'Mairie de Marmande');
    const from = newAddress();
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => attempt(servers[i % 2]!, email, `devine-${i}`, from)));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([...Array(3).fill(401), ...Array(9).fill(429)]);
  });
}

const kinds = await storeKinds();
describe.each(kinds)('login limits (%s)', limitsSuite);
describe.each(kinds)('login limits shared by two endpoints on one database (%s)', sharedCountersSuite);
