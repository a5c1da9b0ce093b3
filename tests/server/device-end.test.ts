// Why a device's token stopped working (migration 3): an administrator's revocation or the tablet's own logout,
// the first end kept, and devices revoked before the migration counted as revoked by an administrator.
import { afterEach, describe, expect, it } from 'vitest';
import { createAidant, createStructure, login } from '../../src/server/accounts/accounts';
import { storeKinds } from '../fixtures/postgres';
import { openTestDb, type TestDb } from '../fixtures/server-db';

/** A structure with one aidant and `count` devices logged in; returns the device ids. */
async function devicesOf(db: TestDb, count: number): Promise<string[]> {
  const structure = await createStructure(db.store, 'France services de Nérac');
  const account = { email: 'ines@nerac.test', password: 'une phrase assez longue' };
  await createAidant(db.store, { structureId: structure.id, name: 'Inès', role: 'aidant', ...account });
  for (let i = 1; i <= count; i++) await login(db.store, { ...account, deviceName: `Tablette ${i}` });
  return (await db.store.listDevices(structure.id)).map((d) => d.id);
}

describe.each(await storeKinds())('the end of a device (%s)', (kind) => {
  let db: TestDb | undefined;
  afterEach(async () => {
    await db?.dispose();
  });

  it('keeps who ended a device first: a later revocation does not rewrite a logout', async () => {
    db = await openTestDb(kind);
    const [loggedOut, revoked] = await devicesOf(db, 2);
    expect(await db.store.revokeDevice(loggedOut!, 1_000, 'logout')).toBe(true);
    expect(await db.store.revokeDevice(revoked!, 2_000, 'admin')).toBe(true);
    expect(await db.store.revokeDevice(loggedOut!, 3_000, 'admin')).toBe(true);
    expect(await db.store.revokeDevice('aucun', 3_000, 'admin')).toBe(false);
    const ends = Object.fromEntries((await db.store.listDevices()).map((d) => [d.id, [d.revokedAt, d.revokedBy]]));
    expect(ends).toEqual({ [loggedOut!]: [1_000, 'logout'], [revoked!]: [2_000, 'admin'] });
  });

  it('counts a device revoked before migration 3 as revoked by an administrator', async () => {
    db = await openTestDb(kind);
    const [before, active] = await devicesOf(db, 2);
    await db.query('ALTER TABLE devices DROP COLUMN revoked_by');
    await db.query('DELETE FROM schema_migrations WHERE version = 3');
    await db.query(`UPDATE devices SET revoked_at = 5000 WHERE id = '${before}'`);

    await db.store.migrate();
    const devices = await db.store.listDevices();
    expect(devices.find((d) => d.id === before)).toMatchObject({ revokedAt: 5000, revokedBy: 'admin' });
    expect(devices.find((d) => d.id === active)).toMatchObject({ revokedAt: null, revokedBy: null });
  });
});
