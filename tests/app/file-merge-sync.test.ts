// Two tablets of one structure merging duplicate files while offline, through a real endpoint (SQLite,
// HTTP on 127.0.0.1) with the real sync client: a session added to the merged file on the other tablet
// ends on the kept file, two opposite merges end on the same file (the smaller id), an edit of the merged
// file's phone shows on the kept file, and both tablets end with the same records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logSession } from '../../src/app/db/accompagnements-repository';
import { createBeneficiary, getBeneficiary, listBeneficiaries, updateBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { mergeFiles } from '../../src/app/db/file-merge-repository';
import { erasePersonFile } from '../../src/app/db/person-file-repository';
import { readRecord, readRows } from '../../src/app/db/records-repository';
import { syncOnce } from '../../src/app/sync/sync-once';
import { structureWithDevices, transportTo } from '../fixtures/client-accounts';
import { pick } from '../fixtures/client-edits';
import { prng } from '../fixtures/client-network';
import { loggedInClientDb } from '../fixtures/client-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

/** Two tablets of one structure with the same two files of one person (X made first, so X < Y). */
async function twoTablets() {
  const { logins } = await structureWithDevices(server.store, 2);
  let clock = Date.now() - 60_000;
  const now = () => (clock += 7);
  const [a, b] = (await Promise.all(logins.map((login) => loggedInClientDb({ login, now })))) as [DeclicDatabase, DeclicDatabase];
  const x = await createBeneficiary(a, { firstName: 'Josiane', lastName: 'Lavergne', phone: '06 12 34 56 78' });
  const y = await createBeneficiary(a, { firstName: 'Josianne', lastName: 'Lavergne', email: 'josiane@exemple.fr' });
  await logSession(a, { beneficiaryId: y, date: '2026-03-01', durationMinutes: 20, place: 'mairie', demarcheIds: [], operatorIds: [] });
  await sync(a);
  await sync(b);
  return { a, b, x, y };
}

const sync = (db: DeclicDatabase) => syncOnce({ db, transport: transportTo(server.url) });
const settle = async (a: DeclicDatabase, b: DeclicDatabase) => {
  await sync(a);
  await sync(b);
  await sync(a);
};
const people = async (db: DeclicDatabase) => (await listBeneficiaries(db)).map((p) => p.id);
const sessionsOf = async (db: DeclicDatabase) =>
  (await readRows(db, 'accompagnements')).map((row) => [row.fields.date?.winner.value, row.fields.beneficiaryId?.winner.value]).sort();
/** Every record of both tablets, field by field: the replicas hold the same values. */
const state = async (db: DeclicDatabase) => {
  const out: Record<string, unknown> = {};
  for (const collection of ['beneficiaries', 'accompagnements']) {
    for (const row of await readRows(db, collection, { includeErased: true })) {
      out[`${collection}/${row.id}`] = Object.fromEntries(Object.entries(row.fields).map(([f, s]) => [f, s.winner.value]));
    }
  }
  return out;
};

describe('merging files on two tablets at once', () => {
  it('A merges X into Y while B adds a session to X: the session ends on Y on both tablets', async () => {
    const { a, b, x, y } = await twoTablets();
    await mergeFiles(a, y, x);
    const late = await logSession(b, {
      beneficiaryId: x,
      date: '2026-03-05',
      durationMinutes: 45,
      place: 'mairie',
      demarcheIds: [],
      operatorIds: [],
    });
    await settle(a, b);
    for (const db of [a, b]) {
      expect(await people(db)).toEqual([y]);
      expect((await readRecord(db, 'accompagnements', late))?.beneficiaryId).toBe(y);
      expect(await sessionsOf(db)).toEqual([
        ['2026-03-01', y],
        ['2026-03-05', y],
      ]);
      expect(await getBeneficiary(db, y)).toMatchObject({
        phone: '06 12 34 56 78',
        email: 'josiane@exemple.fr',
        lastContactOn: '2026-03-05',
      });
    }
    expect(await state(a)).toEqual(await state(b));
  });

  it('A merges X into Y while B merges Y into X: both keep X (the smaller id), with every record', async () => {
    const { a, b, x, y } = await twoTablets();
    expect(x < y).toBe(true);
    await mergeFiles(a, y, x);
    await mergeFiles(b, x, y);
    await settle(a, b);
    await sync(b);
    for (const db of [a, b]) {
      expect(await people(db)).toEqual([x]);
      expect((await readRecord(db, 'beneficiaries', x))?.mergedInto).toBeNull();
      expect((await readRecord(db, 'beneficiaries', y))?.mergedInto).toBe(x);
      expect(await sessionsOf(db)).toEqual([['2026-03-01', x]]);
      expect(await getBeneficiary(db, x)).toMatchObject({ phone: '06 12 34 56 78', email: 'josiane@exemple.fr' });
    }
    expect(await state(a)).toEqual(await state(b));
  });

  it('A merges X into Y while B changes X’s phone: the new phone shows on Y', async () => {
    const { a, b, x, y } = await twoTablets();
    await mergeFiles(a, y, x);
    await updateBeneficiary(b, x, { phone: '07 98 76 54 32' });
    await settle(a, b);
    for (const db of [a, b]) {
      expect(await people(db)).toEqual([y]);
      expect((await getBeneficiary(db, y))?.phone).toBe('07 98 76 54 32');
    }
    expect(await state(a)).toEqual(await state(b));
  });

  it('A merges X into Y, then B erases Y: X goes with it on both tablets', async () => {
    const { a, b, x, y } = await twoTablets();
    await mergeFiles(a, y, x);
    await sync(a);
    await sync(b);
    await erasePersonFile(b, y);
    await settle(a, b);
    for (const db of [a, b]) {
      expect(await people(db)).toEqual([]);
      expect(await readRecord(db, 'beneficiaries', x)).toMatchObject({ deleted: true, phone: null, firstName: null });
    }
  });
});

const RUNS = Number(process.env.MERGE_RUNS ?? 8);

describe('three tablets merging, logging sessions and editing phones in a random order', () => {
  const seeds = Array.from({ length: RUNS }, (_, i) => 1 + i);
  it.for(seeds)(
    'end with the same files and records, every session on a file still listed — seed %i',
    { timeout: 60_000 },
    async (seed) => {
      const random = prng(seed);
      const { logins } = await structureWithDevices(server.store, 3);
      let clock = Date.now() - 60_000;
      const now = () => (clock += 1 + Math.floor(random() * 5));
      const tablets = await Promise.all(logins.map((login) => loggedInClientDb({ login, now })));
      const first = tablets[0]!;
      for (let i = 0; i < 4; i++) await createBeneficiary(first, { firstName: 'Josiane', lastName: `Lavergne ${i}` });
      for (const db of tablets) await sync(db);
      let sessions = 0;
      for (let step = 0; step < 14; step++) {
        const db = pick(random, tablets);
        const listed = await people(db);
        const action = random();
        if (action < 0.3 && listed.length >= 2) {
          const kept = pick(random, listed);
          await mergeFiles(
            db,
            kept,
            pick(
              random,
              listed.filter((id) => id !== kept),
            ),
          );
        } else if (action < 0.55 && listed.length > 0) {
          await logSession(db, {
            beneficiaryId: pick(random, listed),
            date: '2026-03-01',
            durationMinutes: 10,
            place: 'mairie',
            demarcheIds: [],
            operatorIds: [],
          });
          sessions += 1;
        } else if (action < 0.75 && listed.length > 0) {
          await updateBeneficiary(db, pick(random, listed), { phone: `06 00 00 00 ${String(step).padStart(2, '0')}` });
        } else {
          await sync(db);
        }
      }
      // Everyone syncs until a whole round moves nothing.
      for (let round = 0; round < 8; round++) {
        let moved = 0;
        for (const db of tablets) {
          const result = await sync(db);
          moved += result.pulled + result.pushed;
        }
        if (moved === 0) break;
      }
      const reference = await state(first);
      const listed = await people(first);
      expect(listed.length).toBeGreaterThan(0);
      for (const db of tablets) {
        expect(await state(db)).toEqual(reference);
        expect(await people(db)).toEqual(listed);
        const onFiles = await sessionsOf(db);
        expect(onFiles).toHaveLength(sessions);
        for (const [, personId] of onFiles) expect(listed).toContain(personId);
      }
    },
  );
});
