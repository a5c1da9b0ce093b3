// Any activity with a person counts as a contact: it keeps their file from the retention purge.
import { describe, expect, it } from 'vitest';
import { logAtelier, logSession } from '../../src/app/db/accompagnements-repository';
import { createBeneficiary, getBeneficiary } from '../../src/app/db/beneficiaries-repository';
import { createOrientation } from '../../src/app/db/orientations-repository';
import { loggedInClientDb } from '../fixtures/client-db';

const session = { durationMinutes: 30, place: 'mairie' as const, demarcheIds: [], operatorIds: [] };

describe('last contact date', () => {
  it('moves forward when a session, an atelier or an orientation is recorded, never backward', async () => {
    const db = await loggedInClientDb();
    const yvette = await createBeneficiary(db, { firstName: 'Yvette', lastContactOn: '2024-01-10' });
    const karim = await createBeneficiary(db, { firstName: 'Karim', lastContactOn: '2024-01-10' });

    await logSession(db, { ...session, beneficiaryId: yvette, date: '2025-03-14' });
    expect((await getBeneficiary(db, yvette))?.lastContactOn).toBe('2025-03-14');

    await logAtelier(db, { ...session, date: '2025-04-02', participantIds: [yvette, karim] });
    expect((await getBeneficiary(db, karim))?.lastContactOn).toBe('2025-04-02');

    await createOrientation(db, { beneficiaryId: karim, partnerId: 'caf-47', date: '2025-05-20' });
    expect((await getBeneficiary(db, karim))?.lastContactOn).toBe('2025-05-20');

    await logSession(db, { ...session, beneficiaryId: karim, date: '2025-01-01' });
    expect((await getBeneficiary(db, karim))?.lastContactOn).toBe('2025-05-20');
  });
});
