// What an operator watches, on the admin home: the changes each tablet holds refused (reported at each sync),
// and the last run of the retention purge; on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeInactiveFiles } from '../../src/server/retention/purge';
import { call, signedIn } from '../fixtures/admin-api';
import { storeKinds } from '../fixtures/postgres';
import { login, seedStructure, Tablet } from '../fixtures/server-api';
import { openTestDb, type StoreKind, type TestDb } from '../fixtures/server-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';
import { expectErrorShape } from './expect-error';

interface DeviceLine {
  id: string;
  name: string;
  quarantined: number;
}

function operatorSuite(kind: StoreKind) {
  let db: TestDb;
  let server: TestServer;
  let nerac: Awaited<ReturnType<typeof seedStructure>>;
  let mezin: Awaited<ReturnType<typeof seedStructure>>;

  beforeAll(async () => {
    db = await openTestDb(kind);
    server = await startTestServer({ store: db.store, loginLimit: 1000 });
    nerac = await seedStructure(db.store, 'France services de Nérac');
    mezin = await seedStructure(db.store, 'Mairie de Mézin');
  });
  afterAll(async () => {
    await server?.close();
    await db?.dispose();
  });

  const devicesSeenBy = async (token: string) =>
    (await call<{ devices: DeviceLine[] }>(server.url, 'GET', '/api/v1/admin/devices', token)).body.devices;

  it('keeps how many changes a tablet holds refused, as it says at each sync, for its structure’s coordinator only', async () => {
    const tablet = new Tablet(server.url, await login(server.url, nerac.email, nerac.password));
    expect((await tablet.request({ quarantined: 3 })).status).toBe(200);
    const coordinator = await signedIn(db.store, server.url, nerac.structure.id, 'coordinateur');
    const [device] = (await devicesSeenBy(coordinator.token)).filter((d) => d.quarantined > 0);
    expect(device?.quarantined).toBe(3);
    // The aidant retried them: the next sync says none are left.
    expect((await tablet.request({ quarantined: 0 })).status).toBe(200);
    expect((await devicesSeenBy(coordinator.token)).every((d) => d.quarantined === 0)).toBe(true);
    // A client that does not say (the first contract) changes nothing.
    expect((await tablet.request({ quarantined: 2 })).status).toBe(200);
    expect((await tablet.request({})).status).toBe(200);
    expect((await devicesSeenBy(coordinator.token)).map((d) => d.quarantined)).toContain(2);
    const other = await signedIn(db.store, server.url, mezin.structure.id, 'coordinateur');
    expect((await devicesSeenBy(other.token)).every((d) => d.quarantined === 0)).toBe(true);
    const refused = await tablet.request({ quarantined: -1 });
    expect(refused.status).toBe(400);
    expectErrorShape(refused);
  });

  it('tells when the purge last ran and what it erased; a dry run does not count', async () => {
    const coordinator = await signedIn(db.store, server.url, mezin.structure.id, 'coordinateur');
    const purge = async () => (await call<{ lastRun: unknown }>(server.url, 'GET', '/api/v1/admin/purge', coordinator.token)).body;
    expect(await purge()).toEqual({ lastRun: null });
    await purgeInactiveFiles(db.store, { retentionMonths: 24, dryRun: true });
    expect(await purge()).toEqual({ lastRun: null });
    const report = await purgeInactiveFiles(db.store, { retentionMonths: 24, now: Date.parse('2026-12-04T03:30:00Z') });
    expect(await purge()).toEqual({ lastRun: { at: Date.parse('2026-12-04T03:30:00Z'), files: report.files, cutoff: report.cutoff } });
    const aidant = await signedIn(db.store, server.url, mezin.structure.id, 'aidant');
    expect((await call(server.url, 'GET', '/api/v1/admin/purge', aidant.token)).status).toBe(403);
  });
}

describe.each(await storeKinds())('what an operator watches (%s)', (kind) => operatorSuite(kind));
