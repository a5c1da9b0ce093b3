// The device's settings read back what was saved, and a stored value that makes no sense (an older
// version, a damaged database) gives the default instead of a lock that never (or always) comes.
import { afterEach, describe, expect, it } from 'vitest';
import type { DeclicDatabase } from '../../src/app/db/database';
import { defaultSettings, loadSettings, saveSettings } from '../../src/app/db/settings-repository';
import { openClientDb } from '../fixtures/client-db';

let db: DeclicDatabase;
afterEach(() => db?.close());

describe('device settings', () => {
  it('reads back the delay saved', async () => {
    db = await openClientDb();
    await saveSettings(db, { lockAfterMinutes: 15 });
    expect(await loadSettings(db)).toEqual({ lockAfterMinutes: 15 });
  });

  it.each([
    undefined,
    null,
    'dix',
    { lockAfterMinutes: 0 },
    { lockAfterMinutes: -3 },
    { lockAfterMinutes: 2.5 },
    { lockAfterMinutes: '10' },
  ])('falls back to the default for a stored %j', async (value) => {
    db = await openClientDb();
    if (value !== undefined) await db.meta.put({ key: 'settings', value });
    expect(await loadSettings(db)).toEqual(defaultSettings);
  });
});
