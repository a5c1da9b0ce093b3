// Suivis on one tablet (real Dexie on fake-indexeddb): start a démarche for a person, tick and untick
// its rows, change its status, note and follow-up date; each write goes to the outbox for the others.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import { erasePersonFile, personData } from '../../src/app/db/person-file-repository';
import { listRecords } from '../../src/app/db/records-repository';
import { getSuivi, setItemChecked, startSuivi, suivisOf, updateSuivi } from '../../src/app/db/suivis-repository';
import { checklistItemId } from '../../src/shared/schema/suivi';
import { loggedInClientDb } from '../fixtures/client-db';

const DAY = 86_400_000;

async function tablet() {
  const clock = { now: Date.parse('2026-03-10T10:00:00Z') };
  const db = await loggedInClientDb({ now: () => clock.now });
  const yvette = await createBeneficiary(db, { firstName: 'Yvette', lastName: 'Martin' });
  return { db, clock, yvette };
}

afterEach(() => vi.restoreAllMocks());

describe('a suivi de démarche on the tablet', () => {
  it('starts "à faire" for the person, nothing ticked, and is listed on their file', async () => {
    const { db, yvette } = await tablet();
    const id = await startSuivi(db, { beneficiaryId: yvette, demarcheId: 'prime-activite', startedOn: '2026-03-10' });
    expect(await getSuivi(db, id)).toMatchObject({
      beneficiaryId: yvette,
      demarcheId: 'prime-activite',
      status: 'a-faire',
      note: null,
      followUpOn: null,
      startedOn: '2026-03-10',
      ticks: [],
    });
    expect((await suivisOf(db, yvette)).map((s) => s.id)).toEqual([id]);
    expect(await suivisOf(db, await createBeneficiary(db, { firstName: 'Karim' }))).toEqual([]);
  });

  it('opens the démarche already in progress instead of starting it twice, and starts it again once finished', async () => {
    const db = await loggedInClientDb();
    const yvette = await createBeneficiary(db, { firstName: 'Yvette' });
    const input = { beneficiaryId: yvette, demarcheId: 'prime-activite', startedOn: '2026-03-10' };
    const first = await startSuivi(db, input);
    expect(await startSuivi(db, { ...input, startedOn: '2026-03-12' })).toBe(first);
    expect(await suivisOf(db, yvette)).toHaveLength(1);
    await updateSuivi(db, first, { status: 'termine' });
    const again = await startSuivi(db, { ...input, startedOn: '2026-09-01' });
    expect(again).not.toBe(first);
    expect((await suivisOf(db, yvette)).map((s) => s.status).sort()).toEqual(['a-faire', 'termine']);
  });

  it('ticks a row as one record with a deterministic id, and unticks it', async () => {
    const { db, yvette } = await tablet();
    const id = await startSuivi(db, { beneficiaryId: yvette, demarcheId: 'prime-activite', startedOn: '2026-03-10' });
    await setItemChecked(db, id, { kind: 'document', itemId: 'rib' }, true, '2026-03-10');
    expect((await getSuivi(db, id))!.ticks).toEqual([{ kind: 'document', itemId: 'rib', checked: true, checkedOn: '2026-03-10' }]);
    const rows = await listRecords(db, 'checklistItems');
    expect(rows.map((r) => r.id)).toEqual([checklistItemId(id, 'document', 'rib')]);

    await setItemChecked(db, id, { kind: 'document', itemId: 'rib' }, false, '2026-03-11');
    expect((await getSuivi(db, id))!.ticks).toEqual([{ kind: 'document', itemId: 'rib', checked: false, checkedOn: null }]);
    expect(await listRecords(db, 'checklistItems')).toHaveLength(1);
  });

  it('changes status, note and follow-up date, each write queued for the other tablets', async () => {
    const { db, yvette } = await tablet();
    const id = await startSuivi(db, { beneficiaryId: yvette, demarcheId: 'prime-activite', startedOn: '2026-03-10' });
    await updateSuivi(db, id, { status: 'en-attente-justificatifs', followUpOn: '2026-03-20' });
    await updateSuivi(db, id, { note: 'Attend son avis d’imposition.' });
    expect(await getSuivi(db, id)).toMatchObject({
      status: 'en-attente-justificatifs',
      followUpOn: '2026-03-20',
      note: 'Attend son avis d’imposition.',
    });
    const queued = (await db.outbox.toArray()).filter((op) => op.recordId === id).map((op) => op.field);
    expect(queued).toEqual(expect.arrayContaining(['status', 'followUpOn', 'note']));
  });

  it('refuses a status that does not exist', async () => {
    const { db, yvette } = await tablet();
    const id = await startSuivi(db, { beneficiaryId: yvette, demarcheId: 'prime-activite', startedOn: '2026-03-10' });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(updateSuivi(db, id, { status: 'oublie' as never })).rejects.toThrow('L’état de la démarche n’a pas été enregistré');
  });

  it('dates its last change from the newest write to it or to its rows', async () => {
    const { db, clock, yvette } = await tablet();
    const id = await startSuivi(db, { beneficiaryId: yvette, demarcheId: 'prime-activite', startedOn: '2026-03-10' });
    const started = (await getSuivi(db, id))!.lastChangeAt;
    expect(started).toBe(clock.now);
    clock.now += 12 * DAY;
    await setItemChecked(db, id, { kind: 'step', itemId: 'simuler' }, true, '2026-03-22');
    expect((await getSuivi(db, id))!.lastChangeAt).toBe(started + 12 * DAY);
  });

  it('goes with the person: in the export of their data, and erased with their file (note included)', async () => {
    const { db, yvette } = await tablet();
    const id = await startSuivi(db, { beneficiaryId: yvette, demarcheId: 'prime-activite', startedOn: '2026-03-10' });
    await updateSuivi(db, id, { note: 'Attend son avis d’imposition.' });
    expect((await personData(db, yvette))!.records.demarcheSuivis?.map((r) => r.id)).toEqual([id]);
    await erasePersonFile(db, yvette);
    expect(await getSuivi(db, id)).toBeUndefined();
    expect(await listRecords(db, 'demarcheSuivis', { includeErased: true })).toEqual([
      expect.objectContaining({ id, note: null, deleted: true }),
    ]);
  });
});
