// Two tablets of one structure revoke two different families of one mandate offline, then sync through a
// real endpoint (SQLite, HTTP on 127.0.0.1) with the real sync client: both revocations stick on both, as
// each family has its own field. The mandate was written as an app before issue 17 writes it (démarches,
// duration in words): the endpoint still takes it, and both tablets' first edits write the same new fields.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { getMandate, revokeFamily } from '../../src/app/db/mandates-repository';
import { readRows, writeFields } from '../../src/app/db/records-repository';
import { syncOnce } from '../../src/app/sync/sync-once';
import { uuidv7 } from '../../src/shared/schema/ids';
import { structureWithDevices, transportTo } from '../fixtures/client-accounts';
import { loggedInClientDb } from '../fixtures/client-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const sync = (db: DeclicDatabase) => syncOnce({ db, transport: transportTo(server.url) });

/** Two tablets sharing a wall clock that moves on, both holding an old-style mandate of three families. */
async function twoTabletsWithAnOldMandate() {
  const { logins } = await structureWithDevices(server.store, 2);
  let clock = Date.now() - 60_000;
  const now = () => (clock += 7);
  const [a, b] = (await Promise.all(logins.map((login) => loggedInClientDb({ login, now })))) as [DeclicDatabase, DeclicDatabase];
  const yvette = await createBeneficiary(a, { firstName: 'Yvette' });
  const mandateId = uuidv7();
  await writeFields(a, 'mandates', mandateId, {
    beneficiaryId: yvette,
    demarcheIds: ['rsa', 'aides-logement', 'declaration-revenus'],
    duration: '6-mois',
    startOn: '2026-03-01',
    revokedOn: null,
    aidantName: 'Camille Martin',
  });
  const first = await sync(a);
  await sync(b);
  return { a, b, mandateId, first };
}

describe('two tablets revoking two families of one mandate offline', () => {
  it('both end up with both families revoked, the third in force, and no conflict', async () => {
    const { a, b, mandateId, first } = await twoTabletsWithAnOldMandate();
    expect(first).toMatchObject({ quarantined: 0, pending: 0 });
    expect(await getMandate(b, mandateId)).toMatchObject({ families: ['social', 'logement', 'argent'], durationDays: 182, legacy: true });

    await revokeFamily(a, mandateId, 'social', '2026-03-10');
    await revokeFamily(b, mandateId, 'logement', '2026-03-11');
    await sync(a);
    await sync(b);
    await sync(a);

    for (const tablet of [a, b]) {
      const mandate = await getMandate(tablet, mandateId);
      expect(mandate).toMatchObject({
        families: ['social', 'logement', 'argent'],
        durationDays: 182,
        templateVersion: 1,
        revokedFamilies: { social: '2026-03-10', logement: '2026-03-11' },
        revokedOn: null,
        legacy: false,
      });
      const conflicts = (await readRows(tablet, 'mandates')).flatMap((row) => Object.values(row.fields).flatMap((s) => s.conflicts));
      expect(conflicts).toEqual([]);
    }
  });
});
