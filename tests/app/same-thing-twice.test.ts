// Two tablets of one structure create the same logical thing offline — the same démarche for the same
// person, the same booklet of pass numériques — then sync through a real endpoint (SQLite, HTTP on
// 127.0.0.1) with the real sync client: each converges to ONE record carrying both tablets' work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { addBooklet, handOutCheque, listCheques, type Cheque } from '../../src/app/db/pass-numeriques-repository';
import { setItemChecked, startSuivi, suivisOf, updateSuivi } from '../../src/app/db/suivis-repository';
import { syncOnce } from '../../src/app/sync/sync-once';
import { structureWithDevices, transportTo } from '../fixtures/client-accounts';
import { loggedInClientDb } from '../fixtures/client-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

/** Two tablets sharing a wall clock that moves on (so "later" is later on both), holding Yvette's and Karim's files. */
async function twoTablets() {
  const { logins } = await structureWithDevices(server.store, 2);
  let clock = Date.now() - 60_000;
  const now = () => (clock += 7);
  const [a, b] = (await Promise.all(logins.map((login) => loggedInClientDb({ login, now })))) as [DeclicDatabase, DeclicDatabase];
  const yvette = await createBeneficiary(a, { firstName: 'Yvette' });
  const karim = await createBeneficiary(a, { firstName: 'Karim' });
  await sync(a);
  await sync(b);
  return { a, b, yvette, karim };
}

const sync = (db: DeclicDatabase) => syncOnce({ db, transport: transportTo(server.url) });
const syncBoth = async (a: DeclicDatabase, b: DeclicDatabase) => {
  await sync(a);
  await sync(b);
  await sync(a);
};

describe('two tablets starting the same démarche for the same person offline', () => {
  it('end up with one checklist carrying both tablets’ ticks, and the first tablet’s progress kept', async () => {
    const { a, b, yvette } = await twoTablets();
    const onA = await startSuivi(a, { beneficiaryId: yvette, demarcheId: 'prime-activite', startedOn: '2026-03-10' });
    await setItemChecked(a, onA, { kind: 'step', itemId: 'simuler' }, true, '2026-03-10');
    await updateSuivi(a, onA, { status: 'en-cours' });
    // Later, B (which never saw A's suivi) starts the same démarche and ticks another row.
    const onB = await startSuivi(b, { beneficiaryId: yvette, demarcheId: 'prime-activite', startedOn: '2026-03-11' });
    await setItemChecked(b, onB, { kind: 'document', itemId: 'rib' }, true, '2026-03-11');
    await syncBoth(a, b);
    for (const db of [a, b]) {
      const suivis = await suivisOf(db, yvette);
      expect(suivis).toHaveLength(1);
      expect(suivis[0]!.status).toBe('en-cours');
      expect(
        suivis[0]!.ticks
          .filter((t) => t.checked)
          .map((t) => `${t.kind}:${t.itemId}`)
          .sort(),
      ).toEqual(['document:rib', 'step:simuler']);
    }
  });

  it('a démarche finished on one tablet and started again is a new checklist, the same on both', async () => {
    const { a, b, yvette } = await twoTablets();
    const first = await startSuivi(a, { beneficiaryId: yvette, demarcheId: 'rsa', startedOn: '2025-03-10' });
    await updateSuivi(a, first, { status: 'termine' });
    await syncBoth(a, b);
    const againOnA = await startSuivi(a, { beneficiaryId: yvette, demarcheId: 'rsa', startedOn: '2026-03-10' });
    const againOnB = await startSuivi(b, { beneficiaryId: yvette, demarcheId: 'rsa', startedOn: '2026-03-10' });
    expect(againOnB).toBe(againOnA);
    expect(againOnA).not.toBe(first);
    await syncBoth(a, b);
    expect((await suivisOf(b, yvette)).map((s) => s.status).sort()).toEqual(['a-faire', 'termine']);
  });
});

describe('two tablets adding the same booklet of pass numériques offline', () => {
  it('hold one stock; a cheque handed out on both is one cheque handed out twice, to resolve', async () => {
    const { a, b, yvette, karim } = await twoTablets();
    const booklet = { bookletNumber: 'C-12', firstNumber: 'P-0001', count: 4, expiresOn: '2026-12-31' };
    await addBooklet(a, booklet);
    const onA = Object.fromEntries((await listCheques(a)).map((c) => [c.number, c.id]));
    await handOutCheque(a, onA['P-0002']!, { beneficiaryId: yvette, handedOn: '2026-03-10', atelier: null });
    await handOutCheque(a, onA['P-0003']!, { beneficiaryId: yvette, handedOn: '2026-03-10', atelier: null });
    // Later, B adds the same booklet and hands out P-0002 to Karim.
    await addBooklet(b, booklet);
    const onB = Object.fromEntries((await listCheques(b)).map((c) => [c.number, c.id]));
    await handOutCheque(b, onB['P-0002']!, { beneficiaryId: karim, handedOn: '2026-03-11', atelier: null });
    await syncBoth(a, b);
    for (const db of [a, b]) {
      const cheques = await listCheques(db);
      expect(cheques.map((c) => c.number)).toEqual(['P-0001', 'P-0002', 'P-0003', 'P-0004']);
      const byNumber = Object.fromEntries(cheques.map((c): [string, Cheque] => [c.number ?? '', c]));
      expect(byNumber['P-0002']!.handOuts.map((h) => h.beneficiaryId).sort()).toEqual([karim, yvette].sort());
      // B's later booklet does not put back in stock the cheque A handed out.
      expect(byNumber['P-0003']).toMatchObject({ status: 'remis', handOuts: [expect.objectContaining({ beneficiaryId: yvette })] });
      expect(byNumber['P-0001']!.status).toBe('en-stock');
    }
  });
});
