// Drafts on the device: kept across a restart of the app, replaced as the aidant types, forgotten on demand.
import { afterEach, describe, expect, it } from 'vitest';
import type { DeclicDatabase } from '../../src/app/db/database';
import { clearDraft, clearDraftsOf, loadDraft, saveDraft } from '../../src/app/db/drafts-repository';
import { readPushBatch } from '../../src/app/db/outbox-repository';
import { loggedInClientDb, newDevice } from '../fixtures/client-db';

let db: DeclicDatabase;
afterEach(() => db?.close());

describe('form drafts on the tablet', () => {
  it('survive the app being closed and opened again, and are never sent to the endpoint', async () => {
    const device = newDevice();
    db = await loggedInClientDb({ device, now: () => 1_700_000_000_000 });
    await saveDraft(db, 'beneficiary:new', { firstName: 'Jos' });
    await saveDraft(db, 'beneficiary:new', { firstName: 'Josiane' });
    db.close();
    db = await loggedInClientDb({ device });
    expect(await loadDraft(db, 'beneficiary:new')).toEqual({ value: { firstName: 'Josiane' }, savedAt: 1_700_000_000_000 });
    expect((await readPushBatch(db, 10)).ops).toEqual([]);
  });

  it('are forgotten one by one, or all those of a person at once', async () => {
    db = await loggedInClientDb();
    const person = '0190a000-0000-7000-8000-00000000000a';
    const other = '0190a000-0000-7000-8000-00000000000b';
    await saveDraft(db, `beneficiary:${person}`, { notes: 'x' });
    await saveDraft(db, `diagnostic:${person}`, { step: 3 });
    await saveDraft(db, `diagnostic:${other}`, { step: 1 });
    await saveDraft(db, 'beneficiary:new', { firstName: 'K' });
    await clearDraft(db, 'beneficiary:new');
    expect(await loadDraft(db, 'beneficiary:new')).toBeUndefined();
    await clearDraftsOf(db, person);
    expect(await loadDraft(db, `beneficiary:${person}`)).toBeUndefined();
    expect(await loadDraft(db, `diagnostic:${person}`)).toBeUndefined();
    expect(await loadDraft(db, `diagnostic:${other}`)).toEqual({ value: { step: 1 }, savedAt: expect.any(Number) });
  });

  it('are read as last saved when a form closes and opens again at once, and stay cleared once cleared', async () => {
    db = await loggedInClientDb();
    void saveDraft(db, 'diagnostic:reopened', { step: 3 });
    expect(await loadDraft(db, 'diagnostic:reopened')).toEqual({ value: { step: 3 }, savedAt: expect.any(Number) });
    void saveDraft(db, 'beneficiary:new', { firstName: 'Jos' });
    await clearDraft(db, 'beneficiary:new');
    expect(await loadDraft(db, 'beneficiary:new')).toBeUndefined();
  });
});
