// The dashboard's report on the tablet is computed once per state of the records: opened again (or read
// again after a sync that brought nothing) it computes nothing; a session logged gives a new report.
import { afterEach, describe, expect, it } from 'vitest';
import { logSession } from '../../src/app/db/accompagnements-repository';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { structureStats } from '../../src/app/features/activity/dashboard/structure-stats';
import { loggedInClientDb } from '../fixtures/client-db';

let db: DeclicDatabase | undefined;
afterEach(() => db?.close());

const year = { from: '2026-01-01', to: '2026-12-31' };
const session = (beneficiaryId: string, date: string) => ({
  beneficiaryId,
  date,
  durationMinutes: 30,
  place: 'mairie' as const,
  demarcheIds: ['rsa'],
  operatorIds: ['caf'],
});

describe('the structure’s report on the tablet', () => {
  it('is the same report while nothing changes, and a new one once a session is logged', async () => {
    db = await loggedInClientDb();
    const yvette = await createBeneficiary(db, { firstName: 'Yvette', commune: 'Nérac' });
    await logSession(db, session(yvette, '2026-03-02'));
    const first = await structureStats(db, year);
    expect(first.totals.sessions).toBe(1);
    expect(await structureStats(db, year)).toBe(first);
    const march = await structureStats(db, { from: '2026-03-01', to: '2026-03-31' });
    expect(march).not.toBe(first);
    await logSession(db, session(yvette, '2026-04-10'));
    const after = await structureStats(db, year);
    expect(after).not.toBe(first);
    expect(after.totals.sessions).toBe(2);
  });
});
