// The retention purge on the endpoint: files without contact for longer than RETENTION_MONTHS are erased
// with what belongs to them, through tombstone ops that tablets pull; it is idempotent and audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeInactiveFiles, RETENTION_CLIENT_ID, type PurgeReport } from '../../src/server/retention/purge';
import { retentionCutoff } from '../../src/server/retention/retention-rule';
import type { Store } from '../../src/server/store/store';
import { writeOps } from '../../src/server/sync/sync-service';
import { uuidv7 } from '../../src/shared/schema/ids';
import type { Op } from '../../src/shared/schema/sync';
import { login, seedStructure, Tablet } from '../fixtures/server-api';
import { freshStore, startTestServer, type TestServer } from '../fixtures/test-server';

const DAY_MS = 86_400_000;
const NOW = Date.now();
/** Files without contact since before this day (24 months ago) go. */
const CUTOFF = retentionCutoff(NOW, 24);
const day = (offsetFromCutoff: number) =>
  new Date(Date.parse(`${CUTOFF}T00:00:00Z`) + offsetFromCutoff * DAY_MS).toISOString().slice(0, 10);
const LONG_AGO = NOW - 3 * 365 * DAY_MS;

describe('the retention cutoff', () => {
  it.each([
    [Date.UTC(2026, 2, 10), 24, '2024-03-10'],
    [Date.UTC(2026, 2, 31), 1, '2026-02-28'],
    [Date.UTC(2024, 1, 29), 12, '2023-02-28'],
    [Date.UTC(2026, 0, 5), 6, '2025-07-05'],
  ])('from %s, %i months back is %s', (now, months, cutoff) => {
    expect(retentionCutoff(now, months)).toBe(cutoff);
  });
});

/** An op of any collection written by `tablet`. */
const opOf = (tablet: Tablet, collection: string, recordId: string, field: string, value: unknown): Op => ({
  ...tablet.op(recordId, field, value),
  collection,
});
const write = (tablet: Tablet, collection: string, fields: Record<string, unknown>, recordId = uuidv7()) => ({
  recordId,
  ops: Object.entries(fields).map(([field, value]) => opOf(tablet, collection, recordId, field, value)),
});

function retentionSuite(kind: 'sqlite' | 'postgres') {
  let owned: { store: Store; dispose(): Promise<void> };
  let server: TestServer;
  let reader: Tablet;
  const ids: Record<string, string> = {};
  let accountA: Awaited<ReturnType<typeof seedStructure>>;
  const tabletOf = async (account: typeof accountA, now?: () => number) =>
    new Tablet(server.url, await login(server.url, account.email, account.password), undefined, now);

  beforeAll(async () => {
    owned = await freshStore(kind);
    server = await startTestServer({ store: owned.store, loginLimit: 1000 });
    accountA = await seedStructure(owned.store, 'Mairie de Nérac');
    const accountB = await seedStructure(owned.store, 'CCAS de Fumel');
    const a = await tabletOf(accountA);
    const oldTablet = await tabletOf(accountA, () => LONG_AGO);
    const oldTabletB = await tabletOf(accountB, () => LONG_AGO);
    const b = await tabletOf(accountB);
    /** Ops the endpoint received three years ago (the purge counts from the endpoint's receipt). */
    const receivedLongAgo = (account: typeof accountA, tablet: Tablet, ops: Op[]) =>
      writeOps(
        owned.store,
        { structureId: account.structure.id, aidantId: account.aidant.id, deviceId: 'ancienne' },
        tablet.clientId,
        ops,
        LONG_AGO,
      );
    const person = (tablet: Tablet, name: string, lastContactOn: string | null) =>
      write(tablet, 'beneficiaries', {
        firstName: name,
        lastName: `Retention-${name}`,
        notes: `Notes de ${name}`,
        ...(lastContactOn ? { lastContactOn } : {}),
      });
    const old = person(oldTablet, 'Paulette', day(-1));
    const recent = person(a, 'Karim', day(450));
    const onTheLine = person(a, 'Odette', day(0));
    const silentOld = person(oldTablet, 'Gaston', null);
    const silentNew = person(a, 'Inès', null);
    const otherStructure = person(oldTabletB, 'Huguette', day(-100));
    const diagnostic = write(a, 'diagnostics', {
      beneficiaryId: old.recordId,
      date: '2024-03-01',
      barriers: ['langue'],
      autonomyLevel: 'pas-a-pas',
    });
    const mandate = write(a, 'mandates', {
      beneficiaryId: old.recordId,
      demarcheIds: ['demande-retraite'],
      duration: '1-an',
      startOn: '2023-03-01',
    });
    const karimsMandate = write(a, 'mandates', {
      beneficiaryId: recent.recordId,
      demarcheIds: ['rsa'],
      duration: '1-an',
      startOn: '2025-06-01',
    });
    const atelier = write(a, 'accompagnements', {
      date: '2024-02-01',
      durationMinutes: 90,
      place: 'mairie',
      mode: 'atelier',
      participantIds: [old.recordId, recent.recordId],
    });
    const cheque = write(a, 'passNumeriques', {
      number: 'R-1',
      valueCents: 1000,
      status: 'remis',
      handedTo: old.recordId,
      handedOn: '2024-02-01',
    });
    await receivedLongAgo(accountA, oldTablet, [...old.ops, ...silentOld.ops]);
    await receivedLongAgo(accountB, oldTabletB, otherStructure.ops);
    await a.sync([recent, onTheLine, silentNew, diagnostic, mandate, karimsMandate, atelier, cheque].flatMap((w) => w.ops));
    await b.sync([]);
    Object.assign(ids, {
      old: old.recordId,
      recent: recent.recordId,
      onTheLine: onTheLine.recordId,
      silentOld: silentOld.recordId,
      silentNew: silentNew.recordId,
      diagnostic: diagnostic.recordId,
      mandate: mandate.recordId,
      karimsMandate: karimsMandate.recordId,
      atelier: atelier.recordId,
      cheque: cheque.recordId,
    });
    reader = await tabletOf(accountA);
    await reader.pullAll();
  });
  afterAll(async () => {
    await server?.close();
    await owned?.dispose();
  });

  const counts = (report: PurgeReport) => ({
    files: report.files,
    linkedErased: report.linkedErased,
    linkedDetached: report.linkedDetached,
    structures: report.structures,
  });

  it('counts without erasing anything on a dry run', async () => {
    const report = await purgeInactiveFiles(owned.store, { retentionMonths: 24, now: NOW, dryRun: true });
    expect(report).toMatchObject({ dryRun: true, cutoff: CUTOFF });
    expect(counts(report)).toEqual({ files: 3, linkedErased: 2, linkedDetached: 2, structures: 2 });
    expect(await reader.pullAll()).toEqual([]);
  });

  it('erases the files without contact since before the cutoff, and what belongs to them, through ops tablets pull', async () => {
    const report = await purgeInactiveFiles(owned.store, { retentionMonths: 24, now: NOW });
    expect(counts(report)).toEqual({ files: 3, linkedErased: 2, linkedDetached: 2, structures: 2 });
    const pulled = await reader.pullAll();
    const changes = pulled.map((op) => [op.collection, op.recordId, op.field, op.value]);
    // Paulette's atelier seat and cheque stay as anonymous activity: one stand-in (an id no file has) instead of her.
    const standIn = pulled.find((op) => op.recordId === ids.cheque && op.field === 'handedTo')?.value as string;
    expect(standIn).toMatch(/^[0-9a-f-]{36}$/);
    expect(Object.values(ids)).not.toContain(standIn);
    expect(changes).toEqual(
      expect.arrayContaining([
        ['beneficiaries', ids.old, 'deleted', true],
        ['beneficiaries', ids.silentOld, 'deleted', true],
        ['diagnostics', ids.diagnostic, 'deleted', true],
        ['mandates', ids.mandate, 'deleted', true],
        ['accompagnements', ids.atelier, 'participantIds', [standIn, ids.recent]],
        ['accompagnements', ids.atelier, 'anonymousPeople', [{ id: standIn, birthYear: null, commune: null }]],
        ['passNumeriques', ids.cheque, 'handedTo', standIn],
      ]),
    );
    expect(changes).toHaveLength(7);
    expect(pulled.every((op) => op.hlc.endsWith(`-${RETENTION_CLIENT_ID}`))).toBe(true);
  });

  it('keeps files with a recent contact, on the cutoff day, or recently written without a contact date', async () => {
    const fresh = await tabletOf(accountA);
    const ops = await fresh.pullAll();
    const firstNames = ops
      .filter((op) => op.field === 'firstName')
      .map((op) => op.value)
      .sort();
    expect(firstNames).toEqual(['Inès', 'Karim', 'Odette']);
    expect(ops.some((op) => op.recordId === ids.karimsMandate && op.field === 'demarcheIds')).toBe(true);
  });

  it('leaves no personal value of an erased file in the log: a pull from scratch never sees them', async () => {
    const fresh = await tabletOf(accountA);
    const everything = JSON.stringify(await fresh.pullAll());
    for (const value of ['Paulette', 'Retention-Paulette', 'Notes de Paulette', 'Gaston', 'langue', 'demande-retraite'])
      expect(everything).not.toContain(value);
    const erased = (await fresh.sync()).ops;
    expect(erased).toEqual([]);
  });

  it('writes one purge entry per erased file in the audit log, with ids only', async () => {
    const audit = (await owned.store.listAudit(accountA.structure.id)).filter((e) => e.action === 'purge');
    expect(audit.map((e) => e.recordId).sort()).toEqual([ids.old, ids.silentOld].sort());
    expect(
      audit.every((e) => e.aidantId === RETENTION_CLIENT_ID && e.deviceId === RETENTION_CLIENT_ID && e.collection === 'beneficiaries'),
    ).toBe(true);
    expect(JSON.stringify(audit)).not.toMatch(/Paulette|Gaston/);
  });

  it('does nothing the second time (idempotent)', async () => {
    const again = await purgeInactiveFiles(owned.store, { retentionMonths: 24, now: NOW });
    expect(counts(again)).toEqual({ files: 0, linkedErased: 0, linkedDetached: 0, structures: 0 });
    expect(await reader.pullAll()).toEqual([]);
  });

  it('also erases records a tablet made for a file already erased elsewhere', async () => {
    const late = await tabletOf(accountA);
    const orphan = write(late, 'diagnostics', { beneficiaryId: ids.old, date: '2026-03-01', autonomyLevel: 'autonome' });
    await late.sync(orphan.ops);
    await reader.pullAll();
    const report = await purgeInactiveFiles(owned.store, { retentionMonths: 24, now: NOW });
    expect(counts(report)).toEqual({ files: 0, linkedErased: 1, linkedDetached: 0, structures: 1 });
    expect((await reader.pullAll()).map((op) => [op.recordId, op.field, op.value])).toEqual([[orphan.recordId, 'deleted', true]]);
  });

  it("keeps a file made today on a tablet whose clock is three years behind; a colleague's later edit of the same field wins", async () => {
    const late = await tabletOf(accountA, () => LONG_AGO);
    const file = late.newBeneficiary({ firstName: 'Lucienne', lastName: 'Retard', phone: '05 53 00 00 01' });
    const before = Date.now();
    const answer = await late.sync(file.ops);
    expect(answer.serverTime).toBeGreaterThanOrEqual(before);
    // Migration 6: the log keeps when the endpoint received each op, by its own clock.
    const stored = await owned.store.syncTransaction(accountA.structure.id, (tx) =>
      tx.liveOpsOfRecords([{ collection: 'beneficiaries', recordId: file.recordId }]),
    );
    expect(stored.map((row) => row.receivedAt)).toEqual([answer.serverTime, answer.serverTime, answer.serverTime]);
    const report = await purgeInactiveFiles(owned.store, { retentionMonths: 24, now: NOW });
    expect(report.files).toBe(0);
    const colleague = await tabletOf(accountA);
    await colleague.pullAll();
    await colleague.sync([colleague.op(file.recordId, 'phone', '06 12 34 56 78')]);
    const held = (await (await tabletOf(accountA)).pullAll()).filter((op) => op.recordId === file.recordId);
    expect(Object.fromEntries(held.map((op) => [op.field, op.value]))).toEqual({
      firstName: 'Lucienne',
      lastName: 'Retard',
      phone: '06 12 34 56 78',
    });
  });
}
describe.each(['sqlite', 'postgres'] as const)('retention purge (%s)', retentionSuite);
