// Refused and damaged ops against a real endpoint (SQLite, HTTP on 127.0.0.1) with the real sync client:
// the refused op is isolated and set aside, everything else is sent, the pending counter forgets it, and
// the aidant can send it again or export it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBeneficiary, eraseBeneficiary, getBeneficiary, updateBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { pendingCount } from '../../src/app/db/outbox-repository';
import { DAMAGED_REASON, exportQuarantine, listQuarantine, retryQuarantined } from '../../src/app/db/quarantine-repository';
import { getSuivi, setItemChecked, startSuivi } from '../../src/app/db/suivis-repository';
import { syncOnce } from '../../src/app/sync/sync-once';
import { structureWithDevices, transportTo } from '../fixtures/client-accounts';
import { loggedInClientDb } from '../fixtures/client-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

async function tablets(count: number): Promise<DeclicDatabase[]> {
  const { logins } = await structureWithDevices(server.store, count);
  return Promise.all(logins.map((login) => loggedInClientDb({ login })));
}
const sync = (db: DeclicDatabase) => syncOnce({ db, transport: transportTo(server.url) });

/** Yvette's file with a ticked checklist row whose pending op an older or newer app wrote badly ("oui" for a tick). */
async function fileWithRefusedTick(db: DeclicDatabase) {
  const yvette = await createBeneficiary(db, { firstName: 'Yvette', lastName: 'Lavergne' });
  const suivi = await startSuivi(db, { beneficiaryId: yvette, demarcheId: 'prime-activite', startedOn: '2026-03-10' });
  await setItemChecked(db, suivi, { kind: 'step', itemId: 'simuler' }, true, '2026-03-10');
  const tick = await db.outbox.filter((op) => op.collection === 'checklistItems' && op.field === 'checked').first();
  await db.outbox.update(tick!.seq!, { value: 'oui' });
  await updateBeneficiary(db, yvette, { commune: 'Nérac' });
  return { yvette, tickOpId: tick!.opId };
}

describe('an op the endpoint refuses', () => {
  it('goes to the quarantine with the endpoint’s reason; everything else is sent; nothing stays pending', async () => {
    const [tablet, colleague] = await tablets(2);
    const { yvette, tickOpId } = await fileWithRefusedTick(tablet!);
    const result = await sync(tablet!);
    expect(result).toMatchObject({ quarantined: 1, pending: 0 });
    expect(await pendingCount(tablet!)).toBe(0);
    expect(await listQuarantine(tablet!)).toEqual([
      expect.objectContaining({
        opId: tickOpId,
        what: 'La case à cocher',
        person: 'Yvette Lavergne',
        reason: expect.stringContaining('Valeur refusée'),
        damaged: false,
      }),
    ]);
    await sync(colleague!);
    expect(await getBeneficiary(colleague!, yvette)).toMatchObject({ firstName: 'Yvette', commune: 'Nérac' });
    // The next sync does not send it again.
    expect(await sync(tablet!)).toMatchObject({ quarantined: 0, pushed: 0 });
  });

  it('isolates several refused ops among many, and sends every other one', async () => {
    const [tablet, colleague] = await tablets(2);
    const yvette = await createBeneficiary(tablet!, { firstName: 'Yvette' });
    const suivi = await startSuivi(tablet!, { beneficiaryId: yvette, demarcheId: 'prime-activite', startedOn: '2026-03-10' });
    const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    for (const itemId of items) await setItemChecked(tablet!, suivi, { kind: 'step', itemId }, true, '2026-03-10');
    const ticks = await tablet!.outbox.filter((op) => op.field === 'checked').toArray();
    for (const bad of [ticks[1]!, ticks[5]!]) await tablet!.outbox.update(bad.seq!, { value: 'oui' });
    expect(await sync(tablet!)).toMatchObject({ quarantined: 2, pending: 0 });
    await sync(colleague!);
    const arrived = (await getSuivi(colleague!, suivi))!.ticks.filter((t) => t.checked).map((t) => t.itemId);
    expect(arrived.sort()).toEqual(['a', 'c', 'd', 'e', 'g']);
  });

  it('« Réessayer » puts it back in the outbox, and the export carries its content and reason', async () => {
    const [tablet] = await tablets(1);
    const { tickOpId } = await fileWithRefusedTick(tablet!);
    await sync(tablet!);
    const exported = await exportQuarantine(tablet!);
    expect(exported.changes).toEqual([
      expect.objectContaining({ opId: tickOpId, collection: 'checklistItems', field: 'checked', value: 'oui', readable: true }),
    ]);
    expect(await retryQuarantined(tablet!)).toBe(1);
    expect(await pendingCount(tablet!)).toBe(1);
    expect(await listQuarantine(tablet!)).toEqual([]);
    // Still refused: back in the quarantine, never blocking.
    expect(await sync(tablet!)).toMatchObject({ quarantined: 1, pending: 0 });
  });

  it('blames no op when the endpoint refuses the request itself', async () => {
    const [tablet] = await tablets(1);
    await createBeneficiary(tablet!, { firstName: 'Yvette' });
    const refusing = transportTo(server.url, async () =>
      Response.json({ error: { code: 'version_inconnue', message: 'Version de protocole inconnue du serveur.' } }, { status: 400 }),
    );
    await expect(syncOnce({ db: tablet!, transport: refusing })).rejects.toMatchObject({ kind: 'rejected' });
    expect(await listQuarantine(tablet!)).toEqual([]);
    expect(await pendingCount(tablet!)).toBe(1);
  });

  it('a personal value erased with its file leaves the quarantine too', async () => {
    const [tablet] = await tablets(1);
    const yvette = await createBeneficiary(tablet!, { firstName: 'Yvette' });
    await updateBeneficiary(tablet!, yvette, { phone: '06 12 34 56 78' });
    const phone = await tablet!.outbox.filter((op) => op.field === 'phone').first();
    await tablet!.outbox.update(phone!.seq!, { field: 'telephone' });
    // The sealed value is bound to the field it was written for: the renamed op no longer opens.
    await sync(tablet!);
    expect(await listQuarantine(tablet!)).toHaveLength(1);
    await eraseBeneficiary(tablet!, yvette);
    expect(await listQuarantine(tablet!)).toEqual([]);
  });
});

describe('an op damaged on the tablet', () => {
  it('goes to the quarantine instead of staying pending, and the rest is sent', async () => {
    const [tablet, colleague] = await tablets(2);
    const yvette = await createBeneficiary(tablet!, { firstName: 'Yvette', notes: 'Attestation CAF à refaire' });
    const notes = await tablet!.outbox.filter((op) => op.field === 'notes').first();
    const ct = Uint8Array.from(notes!.sealed!.ct);
    ct[0] = ct[0]! ^ 0xff;
    await tablet!.outbox.update(notes!.seq!, { sealed: { iv: notes!.sealed!.iv, ct } });
    expect(await pendingCount(tablet!)).toBe(1);
    const result = await sync(tablet!);
    expect(result).toMatchObject({ quarantined: 1, pending: 0 });
    expect(await listQuarantine(tablet!)).toEqual([
      expect.objectContaining({ what: 'Les notes', person: 'Yvette', reason: DAMAGED_REASON, damaged: true }),
    ]);
    expect((await exportQuarantine(tablet!)).changes[0]).toMatchObject({ field: 'notes', value: null, readable: false });
    await sync(colleague!);
    expect(await getBeneficiary(colleague!, yvette)).toMatchObject({ firstName: 'Yvette', notes: null });
  });
});
