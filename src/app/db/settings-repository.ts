// Device settings, read and written through the database: the pattern every repository follows
// (views call these functions, never Dexie).
import * as z from 'zod/mini';
import type { DeclicDatabase } from './database';

/** What an aidant can set on this device. */
export interface DeviceSettings {
  /** Minutes of inactivity before the screen locks. */
  lockAfterMinutes: number;
}

export const defaultSettings: DeviceSettings = { lockAfterMinutes: 5 };
const KEY = 'settings';
const positiveMinutes = z.int().check(z.gt(0));

/** The device's settings, with defaults for what was never set. */
export async function loadSettings(db: DeclicDatabase): Promise<DeviceSettings> {
  const stored: unknown = (await db.meta.get(KEY))?.value;
  const minutes = stored !== null && typeof stored === 'object' && 'lockAfterMinutes' in stored ? stored.lockAfterMinutes : undefined;
  return { lockAfterMinutes: positiveMinutes.safeParse(minutes).data ?? defaultSettings.lockAfterMinutes };
}

/** Saves a change to the settings. */
export async function saveSettings(db: DeclicDatabase, change: Partial<DeviceSettings>): Promise<DeviceSettings> {
  return db.transaction('rw', db.meta, async () => {
    const next = { ...(await loadSettings(db)), ...change };
    await db.meta.put({ key: KEY, value: next });
    return next;
  });
}
