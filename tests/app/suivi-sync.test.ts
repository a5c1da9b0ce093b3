// Two tablets of one structure tick the same person's checklist offline, then sync through a real
// endpoint (SQLite, HTTP on 127.0.0.1) with the real sync client: every tick arrives, none conflicts,
// and the same item ticked on both tablets stays one row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { readRows } from '../../src/app/db/records-repository';
import { getSuivi, setItemChecked, startSuivi } from '../../src/app/db/suivis-repository';
import { syncOnce } from '../../src/app/sync/sync-once';
import { checklistItemId } from '../../src/shared/schema/suivi';
import { structureWithDevices, transportTo } from '../fixtures/client-accounts';
import { loggedInClientDb } from '../fixtures/client-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

/** Two tablets of one structure sharing a wall clock that moves on, and a suivi both of them hold. */
async function twoTablets() {
  const { logins } = await structureWithDevices(server.store, 2);
  let clock = Date.now() - 60_000;
  const now = () => (clock += 7);
  const [a, b] = (await Promise.all(logins.map((login) => loggedInClientDb({ login, now })))) as [DeclicDatabase, DeclicDatabase];
  const yvette = await createBeneficiary(a, { firstName: 'Yvette' });
  const suiviId = await startSuivi(a, { beneficiaryId: yvette, demarcheId: 'prime-activite', startedOn: '2026-03-10' });
  await sync(a);
  await sync(b);
  return { a, b, suiviId };
}

const sync = (db: DeclicDatabase) => syncOnce({ db, transport: transportTo(server.url) });
const ticked = async (db: DeclicDatabase, suiviId: string) =>
  (await getSuivi(db, suiviId))!.ticks
    .filter((t) => t.checked)
    .map((t) => `${t.kind}:${t.itemId}`)
    .sort();
const conflicts = async (db: DeclicDatabase) =>
  (await readRows(db, 'checklistItems')).flatMap((row) => Object.values(row.fields).flatMap((state) => state.conflicts));

describe('two tablets ticking one checklist offline', () => {
  it('both end up with every tick, and no conflict', async () => {
    const { a, b, suiviId } = await twoTablets();
    expect(await getSuivi(b, suiviId)).toMatchObject({ demarcheId: 'prime-activite', status: 'a-faire' });
    // Offline: A ticks step 1 and document 2, B ticks step 3.
    await setItemChecked(a, suiviId, { kind: 'step', itemId: 'simuler' }, true, '2026-03-10');
    await setItemChecked(a, suiviId, { kind: 'document', itemId: 'rib' }, true, '2026-03-10');
    await setItemChecked(b, suiviId, { kind: 'step', itemId: 'trimestre' }, true, '2026-03-10');
    await sync(a);
    await sync(b);
    await sync(a);
    const all = ['document:rib', 'step:simuler', 'step:trimestre'];
    expect(await ticked(a, suiviId)).toEqual(all);
    expect(await ticked(b, suiviId)).toEqual(all);
    expect(await conflicts(a)).toEqual([]);
    expect(await conflicts(b)).toEqual([]);
  });

  it('the same item ticked on both tablets stays one row, ticked', async () => {
    const { a, b, suiviId } = await twoTablets();
    await setItemChecked(a, suiviId, { kind: 'document', itemId: 'revenus' }, true, '2026-03-10');
    await setItemChecked(b, suiviId, { kind: 'document', itemId: 'revenus' }, true, '2026-03-11');
    await sync(a);
    await sync(b);
    await sync(a);
    const rowId = checklistItemId(suiviId, 'document', 'revenus');
    for (const db of [a, b]) {
      const rows = (await readRows(db, 'checklistItems')).filter((row) => row.fields.suiviId?.winner.value === suiviId);
      expect(rows.map((row) => row.id)).toEqual([rowId]);
      expect(await ticked(db, suiviId)).toEqual(['document:revenus']);
      expect(await conflicts(db)).toEqual([]);
    }
    // Both tablets agree on the winning date (the later write, from B).
    expect((await getSuivi(a, suiviId))!.ticks).toEqual((await getSuivi(b, suiviId))!.ticks);
  });
});
