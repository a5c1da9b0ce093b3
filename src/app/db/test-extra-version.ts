// TEST ONLY: the schema change of "the next release", for the browser test of an app update
// (tests/e2e/app-update.test.ts builds the app with DECLIC_TEST_EXTRA_VERSION=1). Real builds never
// include it: database.ts calls it only when that build-time value is set.
import type Dexie from 'dexie';

/** The table the test version adds; the upgrade leaves one row in it, so a test sees the upgrade ran. */
export const TEST_EXTRA_TABLE = 'testExtra';

/** Adds one version above the last declared one: a new table and a new index on the outbox. */
export function addTestExtraVersion(db: Dexie): void {
  db.version(db.verno + 1)
    .stores({ [TEST_EXTRA_TABLE]: '&key', outbox: '++seq, &opId, [collection+recordId], hlc' })
    .upgrade(async (tx) => {
      const pending = await tx.table('outbox').count();
      await tx.table(TEST_EXTRA_TABLE).put({ key: 'upgrade', value: { pendingAtUpgrade: pending } });
    });
}
