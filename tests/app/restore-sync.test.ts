// A server restored from an older backup loses nothing that a tablet still holds: tablets whose cursor it no
// longer knows send their records again (stamps and all), then pull from the start. Real endpoint, both stores.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBeneficiary, listBeneficiaries, updateBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { pendingCount } from '../../src/app/db/outbox-repository';
import { syncOnce } from '../../src/app/sync/sync-once';
import { backupStorage, restoreStorage } from '../../src/server/store/backup';
import { openStore } from '../../src/server/store/open-store';
import type { StorageLocation } from '../../src/server/store/server-presence';
import type { Store } from '../../src/server/store/store';
import { structureWithDevices, transportTo } from '../fixtures/client-accounts';
import { loggedInClientDb } from '../fixtures/client-db';
import { dropSchema, freshSchemaName, storeKinds, TEST_DATABASE_URL } from '../fixtures/postgres';
import { Tablet } from '../fixtures/server-api';
import type { StoreKind } from '../fixtures/server-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';

/** What a tablet shows: each person's first name and commune, sorted. */
async function people(db: DeclicDatabase): Promise<string[]> {
  return (await listBeneficiaries(db)).map((p) => `${p.firstName} (${p.commune ?? '—'})`).sort();
}

function restoreSuite(kind: StoreKind) {
  const dir = mkdtempSync(join(tmpdir(), 'declic-restore-'));
  const schema = freshSchemaName();
  const location: StorageLocation =
    kind === 'sqlite' ? { dataDir: dir, databaseUrl: undefined } : { dataDir: dir, databaseUrl: TEST_DATABASE_URL, databaseSchema: schema };
  let store: Store | undefined;
  let server: TestServer | undefined;
  const stop = async () => {
    await server?.close();
    await store?.close();
    server = store = undefined;
  };
  /** Starts the endpoint on the storage (on `port`, to stay where the tablets know it). */
  const start = async (port?: number) => {
    store = await openStore(location);
    server = await startTestServer({ store, port });
    return server;
  };
  afterAll(async () => {
    await stop();
    if (kind === 'postgres') await dropSchema(schema);
    rmSync(dir, { recursive: true, force: true });
  });

  it('gets back every value either tablet had acknowledged, on the server and on both tablets, without doubles', async () => {
    const { url } = await start();
    const transport = transportTo(url);
    const { logins } = await structureWithDevices(store!, 3);
    const [a, b] = await Promise.all(logins.slice(0, 2).map((login) => loggedInClientDb({ login })));
    const yvette = await createBeneficiary(a!, { firstName: 'Yvette', commune: 'Nérac' });
    await syncOnce({ db: a!, transport });
    await syncOnce({ db: b!, transport });
    const backup = join(dir, 'sauvegarde.bin');
    await backupStorage(location, backup);

    // After the backup, both tablets write and sync: all of it acknowledged by the endpoint.
    await updateBeneficiary(a!, yvette, { commune: 'Agen' });
    await createBeneficiary(a!, { firstName: 'Karim', commune: 'Marmande' });
    await syncOnce({ db: a!, transport });
    await createBeneficiary(b!, { firstName: 'Nadia', notes: 'Dossier CAF : pièces manquantes', commune: 'Tonneins' });
    await syncOnce({ db: b!, transport });
    await syncOnce({ db: a!, transport });
    const acknowledged = ['Karim (Marmande)', 'Nadia (Tonneins)', 'Yvette (Agen)'];
    for (const db of [a!, b!]) {
      expect(await people(db)).toEqual(acknowledged);
      expect(await pendingCount(db)).toBe(0);
    }

    const port = Number(new URL(url).port);
    await stop();
    await restoreStorage(location, backup);
    await start(port);
    expect((await syncOnce({ db: a!, transport })).resent).toBeGreaterThan(0);
    expect((await syncOnce({ db: b!, transport })).resent).toBeGreaterThan(0);
    await syncOnce({ db: a!, transport });

    for (const db of [a!, b!]) expect(await people(db)).toEqual(acknowledged);
    const newcomer = await loggedInClientDb({ login: logins[2]! });
    await syncOnce({ db: newcomer, transport });
    expect(await people(newcomer)).toEqual(acknowledged);
    // Sent up to three times (before the restore, then by each tablet), each value is one live op on the endpoint.
    const pulled = await new Tablet(url, logins[2]!.token).pullAll();
    const fields = pulled.map((op) => `${op.recordId}/${op.field}`);
    expect(new Set(fields).size).toBe(fields.length);
    expect(
      pulled
        .filter((op) => op.field === 'commune')
        .map((op) => op.value)
        .sort(),
    ).toEqual(['Agen', 'Marmande', 'Tonneins']);
  }, 60_000);
}

describe.each(await storeKinds())('a restored endpoint and its tablets (%s)', restoreSuite);
