// The sync protocol's compact encoding (README, « sync, compact »), on both stores: the same ops pushed in the
// first shape and compact leave the same log; a compact pull expands to the first shape's ops; bad input is a 400.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactSyncResponseSchema, COMPACT_WIRE, syncResponseSchema, type Op } from '../../src/shared/schema/sync';
import { uuidv7 } from '../../src/shared/schema/ids';
import { compactOps, expandOps } from '../../src/shared/sync-compact';
import { storeKinds } from '../fixtures/postgres';
import { login, seedStructure, Tablet } from '../fixtures/server-api';
import { dumpOps, openTestDb, type StoreKind, type TestDb } from '../fixtures/server-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';
import { expectFrenchError } from './expect-error';

/** Ops as the app writes them (id = own stamp), with one of another id, a base, a tombstone and several records. */
function appOps(tablet: Tablet): Op[] {
  const [first, second] = [uuidv7(), uuidv7()];
  const own = (recordId: string, field: string, value: unknown, base?: string | null): Op => {
    const hlc = tablet.clock.now();
    return base === undefined
      ? { opId: hlc, collection: 'beneficiaries', recordId, field, value, hlc }
      : { opId: hlc, collection: 'beneficiaries', recordId, field, value, hlc, base };
  };
  const a = own(first, 'firstName', 'Josiane', null);
  return [
    a,
    own(first, 'commune', 'Nérac'),
    own(second, 'lastName', 'Lefèvre'),
    { ...tablet.op(second, 'birthYear', 1951), opId: `held-${uuidv7()}` },
    own(first, 'firstName', 'Josy', a.hlc),
    own(second, 'phone', '06 12 34 56 78'),
    own(second, 'deleted', true),
  ];
}

/** The log of one structure, without what differs between two structures (their id). */
async function logOf(db: TestDb, structureId: string) {
  const rows = (await dumpOps(db)) as Record<string, unknown>[];
  return rows.filter((r) => r.structure_id === structureId).map(({ structure_id: _structure, ...row }) => row);
}

function compactSuite(kind: StoreKind) {
  let db: TestDb;
  let server: TestServer;
  const tabletOf = async (account: Awaited<ReturnType<typeof seedStructure>>, clientId?: string) =>
    new Tablet(server.url, await login(server.url, account.email, account.password), clientId);

  beforeAll(async () => {
    db = await openTestDb(kind);
    server = await startTestServer({ store: db.store, loginLimit: 1000 });
  });
  afterAll(async () => {
    await server?.close();
    await db?.dispose();
  });

  it('stores the same log from the same ops sent in the first shape and compact, and pulls them back the same', async () => {
    const [plainHome, compactHome] = [
      await seedStructure(db.store, 'France services de Nérac'),
      await seedStructure(db.store, 'Médiathèque de Nérac'),
    ];
    const plainWriter = await tabletOf(plainHome);
    const compactWriter = await tabletOf(compactHome, plainWriter.clientId);
    const ops = appOps(plainWriter);

    const plain = syncResponseSchema.parse(await plainWriter.sync(ops));
    const { clients, records } = compactOps(ops, [compactWriter.clientId]);
    expect(clients).toEqual([compactWriter.clientId]);
    const answer = await compactWriter.request({ compact: COMPACT_WIRE, records });
    expect(answer.status).toBe(200);
    const compact = compactSyncResponseSchema.parse(answer.body);
    expect(compact.acked).toEqual(plain.acked);
    expect(compact.ops).toEqual([]);
    expect(await logOf(db, compactHome.structure.id)).toEqual(await logOf(db, plainHome.structure.id));

    const plainPull = await (await tabletOf(plainHome)).pullAll();
    const reader = await tabletOf(compactHome);
    const pulled = compactSyncResponseSchema.parse((await reader.request({ compact: COMPACT_WIRE })).body);
    expect(pulled.more).toBe(false);
    expect(expandOps(pulled.records, pulled.clients)).toEqual(plainPull);
    expect(plainPull.length).toBeGreaterThan(0);
  });

  it('answers a compact pull of several tablets’ ops with their client ids said once, and takes first-shape ops beside records', async () => {
    const home = await seedStructure(db.store, 'Centre social de Marmande');
    const [a, b, reader] = [await tabletOf(home), await tabletOf(home), await tabletOf(home)];
    await a.sync(a.newBeneficiary().ops);
    const bOps = b.newBeneficiary().ops;
    const more = b.newBeneficiary();
    // First-shape ops and compact records in one request: the records' ops follow.
    const mixed = await b.request({ ops: bOps, compact: COMPACT_WIRE, records: compactOps(more.ops, [b.clientId]).records });
    expect(mixed.status).toBe(200);
    expect(compactSyncResponseSchema.parse(mixed.body).acked).toEqual([...bOps, ...more.ops].map((op) => op.opId));

    const plainPull = await (await tabletOf(home)).pullAll();
    const pulled = compactSyncResponseSchema.parse((await reader.request({ compact: COMPACT_WIRE })).body);
    expect([...pulled.clients].sort()).toEqual([a.clientId, b.clientId].sort());
    expect(JSON.stringify(pulled.records)).not.toContain(a.clientId);
    expect(expandOps(pulled.records, pulled.clients)).toEqual(plainPull);
  });

  it('refuses a malformed compact body with a 400 in French, and writes nothing', async () => {
    const home = await seedStructure(db.store, 'Mairie de Bouglon');
    const tablet = await tabletOf(home);
    const recordId = uuidv7();
    const stamp = tablet.clock.now().slice(0, 18);
    const bodies: Record<string, unknown>[] = [
      // A stamp pointing to a client the request does not list.
      { compact: COMPACT_WIRE, records: [['beneficiaries', recordId, [['firstName', 'Perdue', `${stamp}-3`]]]] },
      // Not a stamp at all, as stamp or as base.
      { compact: COMPACT_WIRE, records: [['beneficiaries', recordId, [['firstName', 'Perdue', 'hier']]]] },
      { compact: COMPACT_WIRE, records: [['beneficiaries', recordId, [['firstName', 'Perdue', stamp, null, 'avant']]]] },
      // A write short of its stamp, a record without writes, a record id that is none, a client id that is none.
      { compact: COMPACT_WIRE, records: [['beneficiaries', recordId, [['firstName', 'Perdue']]]] },
      { compact: COMPACT_WIRE, records: [['beneficiaries', recordId, []]] },
      { compact: COMPACT_WIRE, records: [['beneficiaries', 'pas-un-id', [['firstName', 'Perdue', stamp]]]] },
      { compact: COMPACT_WIRE, clients: ['court'], records: [['beneficiaries', recordId, [['firstName', 'Perdue', stamp]]]] },
    ];
    for (const body of bodies) expectFrenchError(await tablet.request(body), 400, 'requete_invalide');
    // Expanded ops go through the same checks as the first shape's: a stamp of another tablet is refused.
    const other = {
      compact: COMPACT_WIRE,
      clients: [tablet.clientId, 'autre-tablette'],
      records: [['beneficiaries', recordId, [['firstName', 'Perdue', `${stamp}-1`]]]],
    };
    expectFrenchError(await tablet.request(other), 400, 'horodatage_invalide');
    // An encoding this endpoint does not know is a member it ignores, as a client of the first contract would expect.
    const unknown = await tablet.request({ compact: 2, records: [['beneficiaries', recordId, [['firstName', 'Perdue', stamp]]]] });
    expect(unknown.status).toBe(200);
    syncResponseSchema.parse(unknown.body);
    expect(unknown.body).not.toHaveProperty('compact');
    expect(unknown.body).not.toHaveProperty('records');
    expect(JSON.stringify(await logOf(db, home.structure.id))).not.toContain('Perdue');
  });
}

describe.each(await storeKinds())('sync, compact encoding (%s)', compactSuite);
