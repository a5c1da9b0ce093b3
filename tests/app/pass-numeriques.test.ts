// Pass numériques: a structure's stock of cheques, handed out once and only once — even when two
// tablets hand out the same cheque offline, the second hand-out is flagged at sync on both, to resolve.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import {
  addBooklet,
  chequeNumbers,
  handOutCheque,
  listCheques,
  markChequeExpired,
  markChequeUsed,
  PassRuleError,
  resolveDoubleHandOut,
  returnChequeToStock,
} from '../../src/app/db/pass-numeriques-repository';
import { syncOnce } from '../../src/app/sync/sync-once';
import { structureWithDevices, transportTo } from '../fixtures/client-accounts';
import { loggedInClientDb } from '../fixtures/client-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';

const booklet = { bookletNumber: 'C-12', firstNumber: 'A-0099', count: 3, expiresOn: '2026-12-31' };

describe('the stock of a structure', () => {
  it.each([
    ['A-0099', 3, ['A-0099', 'A-0100', 'A-0101']],
    ['120', 2, ['120', '121']],
    ['47-2025-009', 2, ['47-2025-009', '47-2025-010']],
  ])('numbers the cheques of a booklet from %s', (first, count, numbers) => {
    expect(chequeNumbers(first, count)).toEqual(numbers);
  });

  it('adds a booklet of 10 € cheques in stock, and refuses the same numbers twice', async () => {
    const db = await loggedInClientDb();
    await addBooklet(db, booklet);
    const cheques = await listCheques(db);
    expect(cheques.map((c) => [c.number, c.status, c.valueCents, c.bookletNumber])).toEqual([
      ['A-0099', 'en-stock', 1000, 'C-12'],
      ['A-0100', 'en-stock', 1000, 'C-12'],
      ['A-0101', 'en-stock', 1000, 'C-12'],
    ]);
    await expect(addBooklet(db, { ...booklet, firstNumber: 'A-0101' })).rejects.toThrow('Le chèque n° A-0101 est déjà dans le stock.');
    await expect(addBooklet(db, { ...booklet, firstNumber: 'sans-chiffres' })).rejects.toBeInstanceOf(PassRuleError);
  });

  it('hands a cheque out once, then records its use; a second hand-out is refused', async () => {
    const db = await loggedInClientDb();
    const [id] = await addBooklet(db, booklet);
    const person = await createBeneficiary(db, { firstName: 'Yvette' });
    await handOutCheque(db, id!, { beneficiaryId: person, handedOn: '2025-03-14', atelier: 'Atelier tablette' });
    await expect(handOutCheque(db, id!, { beneficiaryId: person, handedOn: '2025-03-15', atelier: null })).rejects.toThrow(
      /ne peut pas être remis une seconde fois/,
    );
    await markChequeUsed(db, id!, '2025-04-02');
    const [cheque] = await listCheques(db);
    expect(cheque).toMatchObject({
      status: 'utilise',
      handedTo: person,
      handedOn: '2025-03-14',
      atelier: 'Atelier tablette',
      usedOn: '2025-04-02',
    });
    await expect(markChequeExpired(db, id!, '2026-12-31')).rejects.toThrow(/a été utilisé/);
  });

  it('refuses to mark used a cheque that was never handed out, and lets one go back to stock', async () => {
    const db = await loggedInClientDb();
    const [id] = await addBooklet(db, booklet);
    await expect(markChequeUsed(db, id!, '2025-04-02')).rejects.toThrow(/doit avoir été remis/);
    await handOutCheque(db, id!, { beneficiaryId: await createBeneficiary(db, {}), handedOn: '2025-03-14', atelier: null });
    await returnChequeToStock(db, id!);
    expect((await listCheques(db))[0]).toMatchObject({ status: 'en-stock', handedTo: null, handOuts: [] });
  });
});

describe('two tablets handing out the same cheque offline', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  /** Tablets of one structure, each with its own database, sharing a wall clock that moves on. */
  async function tablets(count: number): Promise<DeclicDatabase[]> {
    const { logins } = await structureWithDevices(server.store, count);
    let clock = Date.now() - 60_000;
    const now = () => (clock += 7);
    return Promise.all(logins.map((login) => loggedInClientDb({ login, now })));
  }
  const sync = (db: DeclicDatabase) => syncOnce({ db, transport: transportTo(server.url) });

  it('flags the second hand-out on both tablets and on the endpoint, then lets one resolve it for all', async () => {
    const [counter, car, newcomer] = (await tablets(3)) as [DeclicDatabase, DeclicDatabase, DeclicDatabase];
    const [chequeId] = await addBooklet(counter, booklet);
    const yvette = await createBeneficiary(counter, { firstName: 'Yvette' });
    const karim = await createBeneficiary(counter, { firstName: 'Karim' });
    await sync(counter);
    await sync(car);
    // Both offline: each tablet sees the cheque in stock and hands it out.
    await handOutCheque(counter, chequeId!, { beneficiaryId: yvette, handedOn: '2025-03-14', atelier: 'Atelier courriel' });
    await handOutCheque(car, chequeId!, { beneficiaryId: karim, handedOn: '2025-03-15', atelier: 'Atelier tablette' });
    await sync(counter);
    await sync(car);
    await sync(counter);
    const expected = [
      { beneficiaryId: yvette, handedOn: '2025-03-14', atelier: 'Atelier courriel' },
      { beneficiaryId: karim, handedOn: '2025-03-15', atelier: 'Atelier tablette' },
    ];
    for (const db of [counter, car]) {
      const [cheque] = await listCheques(db);
      expect(cheque!.handOuts.map(({ hlc: _hlc, ...h }) => h).sort(byPerson)).toEqual([...expected].sort(byPerson));
    }
    // The endpoint kept both: a third tablet pulling from scratch sees the double hand-out too.
    await sync(newcomer);
    expect((await listCheques(newcomer))[0]!.handOuts).toHaveLength(2);

    // The counter keeps Karim's hand-out: after a sync, nobody sees the conflict any more.
    const [flagged] = await listCheques(counter);
    await resolveDoubleHandOut(
      counter,
      chequeId!,
      flagged!.handOuts.find((h) => h.beneficiaryId === karim)!,
    );
    await sync(counter);
    await sync(car);
    await sync(newcomer);
    for (const db of [counter, car, newcomer]) {
      const [cheque] = await listCheques(db);
      expect(cheque).toMatchObject({ handedTo: karim, handedOn: '2025-03-15', atelier: 'Atelier tablette', status: 'remis' });
      expect(cheque!.handOuts).toHaveLength(1);
    }
  });

  it('does not flag two tablets that record the same hand-out', async () => {
    const [counter, car] = (await tablets(2)) as [DeclicDatabase, DeclicDatabase];
    const [chequeId] = await addBooklet(counter, booklet);
    const yvette = await createBeneficiary(counter, { firstName: 'Yvette' });
    await sync(counter);
    await sync(car);
    await handOutCheque(counter, chequeId!, { beneficiaryId: yvette, handedOn: '2025-03-14', atelier: null });
    await handOutCheque(car, chequeId!, { beneficiaryId: yvette, handedOn: '2025-03-14', atelier: null });
    await sync(counter);
    await sync(car);
    await sync(counter);
    for (const db of [counter, car]) expect((await listCheques(db))[0]!.handOuts).toHaveLength(1);
  });
});

function byPerson(a: { beneficiaryId: string | null }, b: { beneficiaryId: string | null }): number {
  return (a.beneficiaryId ?? '').localeCompare(b.beneficiaryId ?? '');
}
