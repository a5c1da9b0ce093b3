// Erasing a person's file: the commune and notes copied on their sessions and the reasons of their
// orientations go too; the sessions stay, anonymous, for the statistics.
import { describe, expect, it } from 'vitest';
import { forgetPersonActivity, listAccompagnements, logAtelier, logSession } from '../../src/app/db/accompagnements-repository';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import { createOrientation, listOrientations } from '../../src/app/db/orientations-repository';
import { readPushBatch } from '../../src/app/db/outbox-repository';
import { loggedInClientDb } from '../fixtures/client-db';

describe('forgetting a person in the activity', () => {
  it('clears their commune, notes and orientation reasons, and sends the clearing to the endpoint', async () => {
    const db = await loggedInClientDb();
    const yvette = await createBeneficiary(db, { firstName: 'Yvette', commune: 'Nérac' });
    const karim = await createBeneficiary(db, { firstName: 'Karim', commune: 'Agen' });
    const hers = await logSession(db, {
      beneficiaryId: yvette,
      date: '2025-03-14',
      durationMinutes: 30,
      place: 'mairie',
      demarcheIds: ['rsa'],
      operatorIds: ['caf'],
      note: 'Dettes de loyer',
    });
    await logSession(db, {
      beneficiaryId: karim,
      date: '2025-03-14',
      durationMinutes: 30,
      place: 'mairie',
      demarcheIds: [],
      operatorIds: [],
    });
    await logAtelier(db, {
      date: '2025-03-15',
      durationMinutes: 90,
      place: 'mairie',
      participantIds: [yvette, karim],
      demarcheIds: [],
      operatorIds: [],
    });
    const referral = await createOrientation(db, {
      beneficiaryId: yvette,
      partnerId: 'caf-47',
      date: '2025-03-14',
      reason: 'Expulsion en cours',
    });

    expect(await forgetPersonActivity(db, yvette)).toBe(2);

    const sessions = await listAccompagnements(db);
    expect(sessions.find((s) => s.beneficiaryId === yvette)).toMatchObject({
      commune: null,
      note: null,
      demarcheIds: ['rsa'],
      durationMinutes: 30,
    });
    expect(sessions.find((s) => s.beneficiaryId === karim)).toMatchObject({ commune: 'Agen' });
    expect(sessions.find((s) => s.mode === 'atelier')?.participantIds).toEqual([yvette, karim]);
    expect((await listOrientations(db))[0]).toMatchObject({ reason: null, partnerId: 'caf-47' });
    // The last op of each of those fields, the one the endpoint will keep, says null.
    const { ops } = await readPushBatch(db, 1000);
    const last = (recordId: string, field: string) => ops.filter((op) => op.recordId === recordId && op.field === field).at(-1)?.value;
    expect([last(hers, 'commune'), last(hers, 'note'), last(referral, 'reason')]).toEqual([null, null, null]);
    expect(ops.filter((op) => op.recordId === hers && op.field === 'commune').map((op) => op.value)).toEqual(['Nérac', null]);
  });
});
