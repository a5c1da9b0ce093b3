// The sync client against a real endpoint (SQLite, HTTP on 127.0.0.1): push, pull, pages, gzip, refusals.
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBeneficiary, getBeneficiary, listBeneficiaries, updateBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { readLastSyncAt } from '../../src/app/db/device-meta';
import { pendingCount, readPushBatch } from '../../src/app/db/outbox-repository';
import { writeFields } from '../../src/app/db/records-repository';
import { SyncFailure } from '../../src/app/sync/failures';
import { syncOnce, type SyncProgress } from '../../src/app/sync/sync-once';
import { uuidv7 } from '../../src/shared/schema/ids';
import { PULL_PAGE_SIZE, PUSH_BATCH_SIZE } from '../../src/shared/schema/sync';
import { structureWithDevices, transportTo } from '../fixtures/client-accounts';
import { loggedInClientDb } from '../fixtures/client-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

/** `count` logged-in tablets of one new structure. */
async function tablets(count: number, now?: () => number): Promise<DeclicDatabase[]> {
  const { logins } = await structureWithDevices(server.store, count);
  return Promise.all(logins.map((login) => loggedInClientDb({ login, now })));
}

describe('syncing a tablet with the endpoint', () => {
  it('sends local changes and brings back the other tablet’s, field by field', async () => {
    const [accueil, mobile] = await tablets(2);
    const transport = transportTo(server.url);
    const id = await createBeneficiary(accueil!, { firstName: 'Yvette', commune: 'Nérac' });
    expect(await syncOnce({ db: accueil!, transport })).toMatchObject({ pushed: 2, pending: 0 });
    expect(await syncOnce({ db: mobile!, transport })).toMatchObject({ pulled: 2 });
    await updateBeneficiary(mobile!, id, { phone: '06 12 34 56 78' });
    await updateBeneficiary(accueil!, id, { commune: 'Agen' });
    await syncOnce({ db: mobile!, transport });
    await syncOnce({ db: accueil!, transport });
    await syncOnce({ db: mobile!, transport });
    for (const db of [accueil!, mobile!]) {
      expect(await getBeneficiary(db, id)).toMatchObject({ firstName: 'Yvette', commune: 'Agen', phone: '06 12 34 56 78' });
      expect(await pendingCount(db)).toBe(0);
      expect(await readLastSyncAt(db)).not.toBeNull();
    }
  });

  it('pushes in bounded batches and pulls page by page, reporting progress, until nothing is left', async () => {
    const [writer, newcomer] = await tablets(2);
    const transport = transportTo(server.url);
    const fields = {
      firstName: 'Louis',
      lastName: 'Girard',
      commune: 'Nérac',
      phone: '06 00 00 00 00',
      email: 'l@g.fr',
      notes: 'RDV',
      birthYear: 1950,
      noPhone: false,
      noEmail: false,
      objection: false,
      status: 'actif',
    };
    const records = Math.ceil((PULL_PAGE_SIZE + 200) / Object.keys(fields).length);
    for (let i = 0; i < records; i++) await writeFields(writer!, 'beneficiaries', uuidv7(), { ...fields, lastName: `Girard-${i}` });
    const total = records * Object.keys(fields).length;
    const sent = await syncOnce({ db: writer!, transport });
    expect(sent).toMatchObject({ pushed: total, pending: 0, rounds: Math.ceil(total / PUSH_BATCH_SIZE) });
    const progress: SyncProgress[] = [];
    const received = await syncOnce({ db: newcomer!, transport, onProgress: (p) => progress.push(p) });
    expect(received).toMatchObject({ pulled: total, rounds: 2 });
    expect(progress).toEqual([
      { pulled: PULL_PAGE_SIZE, more: true, pending: 0 },
      { pulled: total, more: false, pending: 0 },
    ]);
    expect(await listBeneficiaries(newcomer!)).toHaveLength(records);
  });

  it('splits an outbox of long notes into requests the endpoint accepts (under its 2 MB limit)', async () => {
    const [db] = await tablets(1);
    const longNote = () => Buffer.from(crypto.getRandomValues(new Uint8Array(7_400))).toString('base64');
    for (let i = 0; i < 250; i++) await writeFields(db!, 'beneficiaries', uuidv7(), { notes: longNote() });
    const result = await syncOnce({ db: db!, transport: transportTo(server.url) });
    expect(result).toMatchObject({ pushed: 250, pending: 0 });
    expect(result.rounds).toBeGreaterThanOrEqual(3);
  });

  it('gzips large request bodies, and the endpoint reads them', async () => {
    const [db] = await tablets(1);
    const encodings: (string | null)[] = [];
    const transport = transportTo(server.url, (url, init) => {
      encodings.push(new Headers(init.headers).get('Content-Encoding'));
      return fetch(url, init);
    });
    await syncOnce({ db: db!, transport });
    await createBeneficiary(db!, { firstName: 'Nadia', notes: 'Demande de logement social : '.repeat(40) });
    expect(await syncOnce({ db: db!, transport })).toMatchObject({ pushed: 2, pending: 0 });
    expect(encodings).toEqual([null, 'gzip']);
  });

  it('stops with the endpoint’s message when the device has been revoked', async () => {
    const { logins, deviceIds } = await structureWithDevices(server.store, 1);
    const db = await loggedInClientDb({ login: logins[0] });
    await createBeneficiary(db, { firstName: 'Yvette' });
    await server.store.revokeDevice(deviceIds[0]!, Date.now(), 'admin');
    const failure = await syncOnce({ db, transport: transportTo(server.url) }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SyncFailure);
    expect(failure).toMatchObject({
      kind: 'revoked',
      message: 'Cet appareil a été révoqué par votre structure. Il ne peut plus synchroniser.',
    });
    expect(await pendingCount(db)).toBe(1);
  });

  it('asks to log in again when the endpoint does not know the token', async () => {
    const db = await loggedInClientDb();
    const failure = await syncOnce({ db, transport: transportTo(server.url) }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ kind: 'unauthenticated', message: 'Cet appareil n’est pas reconnu. Connectez-vous à nouveau.' });
  });

  it('shows the endpoint’s message when the tablet’s clock runs far ahead, and sends nothing', async () => {
    const [db] = await tablets(1, () => Date.now() + 3 * 3_600_000);
    await createBeneficiary(db!, { firstName: 'Yvette' });
    const failure = await syncOnce({ db: db!, transport: transportTo(server.url) }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ kind: 'clock', message: expect.stringContaining("L'heure de cette tablette est en avance") });
    expect(await pendingCount(db!)).toBe(1);
  });

  it('keeps everything pending when the network fails, and sends it on the next try', async () => {
    const [db] = await tablets(1);
    await createBeneficiary(db!, { firstName: 'Yvette' });
    const down = transportTo(server.url, () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(syncOnce({ db: db!, transport: down })).rejects.toMatchObject({ kind: 'network' });
    expect(await pendingCount(db!)).toBe(1);
    expect((await readPushBatch(db!, 10)).cursor).toBeNull();
    expect(await syncOnce({ db: db!, transport: transportTo(server.url) })).toMatchObject({ pushed: 1, pending: 0 });
  });

  it.each([
    [new Response('<html>Bad gateway</html>', { status: 502 }), 'server'],
    [new Response(JSON.stringify({ acked: 'tout' }), { status: 200 }), 'server'],
    [
      new Response(JSON.stringify({ error: { code: 'version_trop_ancienne', message: 'Mettez Déclic à jour.' } }), { status: 426 }),
      'outdated',
    ],
    [new Response('{}', { status: 503, headers: { 'Retry-After': '20' } }), 'busy'],
  ])('turns an answer the app cannot use into a failure (%#), without touching the outbox', async (response, kind) => {
    const [db] = await tablets(1);
    await createBeneficiary(db!, { firstName: 'Yvette' });
    const odd = transportTo(server.url, async () => response);
    await expect(syncOnce({ db: db!, transport: odd })).rejects.toMatchObject({ kind });
    expect(await pendingCount(db!)).toBe(1);
  });
});

/** A sync request body as the transport sent it (gzipped or not). */
function sentBody(init: RequestInit): Record<string, unknown> {
  const bytes = typeof init.body === 'string' ? Buffer.from(init.body) : Buffer.from(init.body as Uint8Array);
  const gzipped = (init.headers as Record<string, string>)['Content-Encoding'] === 'gzip';
  return JSON.parse((gzipped ? gunzipSync(bytes) : bytes).toString()) as Record<string, unknown>;
}

describe('the compact encoding on the wire', () => {
  it('sends ops grouped by record, ids and client id left out, and reads the compact answer', async () => {
    const [writer, reader] = await tablets(2);
    const id = await createBeneficiary(writer!, { firstName: 'Josiane', commune: 'Houeillès', birthYear: 1944 });
    const bodies: Record<string, unknown>[] = [];
    const watched = transportTo(server.url, (url, init) => {
      bodies.push(sentBody(init));
      return fetch(url, init);
    });
    expect(await syncOnce({ db: writer!, transport: watched })).toMatchObject({ pushed: 3, pending: 0 });
    const [first] = bodies;
    expect(first).toMatchObject({ compact: 1, ops: [], records: [['beneficiaries', id, expect.any(Array)]] });
    expect(JSON.stringify(first!.records)).not.toContain(String(first!.clientId));
    expect(first).not.toHaveProperty('clients');
    await syncOnce({ db: reader!, transport: watched });
    expect(await getBeneficiary(reader!, id)).toMatchObject({ firstName: 'Josiane', commune: 'Houeillès', birthYear: 1944 });
  });

  it('sends again in the first shape to an endpoint that answers in it (one that ignores the compact members)', async () => {
    const [writer, reader] = await tablets(2);
    const id = await createBeneficiary(writer!, { firstName: 'Karim', commune: 'Agen' });
    let firstShape = 0;
    const older = transportTo(server.url, (url, init) => {
      const { compact, records: _records, clients: _clients, ...body } = sentBody(init);
      if (compact === undefined) firstShape += 1;
      const { Authorization } = init.headers as Record<string, string>;
      return fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: Authorization! },
        body: JSON.stringify(body),
      });
    });
    expect(await syncOnce({ db: writer!, transport: older })).toMatchObject({ pushed: 2, pending: 0 });
    expect(firstShape).toBe(1);
    await syncOnce({ db: reader!, transport: older });
    expect(await getBeneficiary(reader!, id)).toMatchObject({ firstName: 'Karim', commune: 'Agen' });
  });
});
