// A tablet takes the endpoint's time from each sync answer: its stamps never run behind it, after a reload too.
import { afterEach, describe, expect, it } from 'vitest';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { readClockSkew } from '../../src/app/db/device-meta';
import { applySyncAnswer, readPushBatch } from '../../src/app/db/outbox-repository';
import { syncOnce } from '../../src/app/sync/sync-once';
import { isClockWrong, parseHlc } from '../../src/shared/hlc';
import { structureWithDevices, transportTo } from '../fixtures/client-accounts';
import { loggedInClientDb, newDevice, openClientDb } from '../fixtures/client-db';
import { startTestServer } from '../fixtures/test-server';

const SERVER_NOW = Date.UTC(2026, 2, 10, 9, 30);
/** A dead clock battery: the tablet believes it is three years earlier. */
const TABLET_NOW = SERVER_NOW - 3 * 365 * 86_400_000;
let dbs: DeclicDatabase[] = [];
afterEach(() => {
  for (const db of dbs) db.close();
  dbs = [];
});

const stampsOf = async (db: DeclicDatabase) => (await readPushBatch(db, 100)).ops.map((op) => parseHlc(op.hlc)!.ms);

describe("the endpoint's time on a tablet whose clock is years behind", () => {
  it('stamps writes at the endpoint’s time after a sync, and still after a reload', async () => {
    const device = newDevice();
    let wall = TABLET_NOW;
    const db = await loggedInClientDb({ device, now: () => wall });
    dbs.push(db);
    await createBeneficiary(db, { firstName: 'Avant' });
    expect(await stampsOf(db)).toEqual([TABLET_NOW]);
    await applySyncAnswer(db, { acked: [], ops: [], cursor: '0', more: false, serverTime: SERVER_NOW });
    expect(await readClockSkew(db)).toBe(SERVER_NOW - TABLET_NOW);
    wall += 60_000;
    await createBeneficiary(db, { firstName: 'Après' });
    expect((await stampsOf(db)).at(-1)).toBe(SERVER_NOW + 60_000);
    db.close();

    const reloaded = await openClientDb({ device, now: () => wall });
    dbs.push(reloaded);
    await createBeneficiary(reloaded, { firstName: 'Après le rechargement' });
    expect((await stampsOf(reloaded)).at(-1)).toBeGreaterThan(SERVER_NOW + 60_000 - 1);
    expect(await readClockSkew(reloaded)).toBe(SERVER_NOW - TABLET_NOW);
  });

  it('learns the endpoint’s time from a real sync: the skew is known, and the next write is not years behind', async () => {
    const server = await startTestServer();
    try {
      const { logins } = await structureWithDevices(server.store, 1);
      const db = await loggedInClientDb({ login: logins[0]!, now: () => Date.now() - 3 * 365 * 86_400_000 });
      dbs.push(db);
      const before = Date.now();
      const result = await syncOnce({ db, transport: transportTo(server.url) });
      expect(isClockWrong(result.clockSkewMs)).toBe(true);
      expect(result.clockSkewMs).toBeGreaterThan(3 * 365 * 86_400_000 - 60_000);
      await createBeneficiary(db, { firstName: 'Lucienne' });
      expect((await stampsOf(db)).at(-1)).toBeGreaterThanOrEqual(before);
    } finally {
      await server.close();
    }
  });
});
