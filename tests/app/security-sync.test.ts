// Sync needs the data key: while the tablet is locked, the device token alone sends and reads nothing.
import { describe, expect, it } from 'vitest';
import { startServices } from '../../src/app/session/app-services';
import { deviceDataKey, loggedInClientDb, newDevice } from '../fixtures/client-db';

/** A transport that counts the requests and answers like an endpoint with nothing new. */
function countingTransport() {
  const calls: string[] = [];
  const fetch = async (url: string) => {
    calls.push(url);
    return new Response(JSON.stringify({ acked: [], ops: [], cursor: 'c1', more: false, serverTime: Date.now(), dataset: 'd1' }), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  };
  return { calls, transport: { baseUrl: 'http://endpoint.test', fetch } };
}

describe('sync and the lock', () => {
  it('does not sync while locked, syncs once unlocked, and stops at the lock', async () => {
    const device = newDevice();
    const db = await loggedInClientDb({ device, locked: true });
    const { calls, transport } = countingTransport();
    const services = await startServices(db, transport);
    await services.syncLoop.syncNow();
    expect(calls).toEqual([]);
    // Unlocking starts the sync by itself.
    db.keyring.open(await deviceDataKey(device));
    await services.syncLoop.syncNow();
    expect(calls.length).toBeGreaterThan(0);
    expect(new Set(calls)).toEqual(new Set(['http://endpoint.test/api/v1/sync']));
    const sent = calls.length;
    db.keyring.close();
    await services.syncLoop.syncNow();
    expect(calls).toHaveLength(sent);
    db.close();
  });
});
