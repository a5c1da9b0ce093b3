// A coordinator's Activité home prepares the dashboard's report in idle time: the dashboard then opens
// without computing anything (the computation is counted through the real shared code).
import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { logSession } from '../../src/app/db/accompagnements-repository';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { paths } from '../../src/app/routes/paths';
import { navigate } from '../../src/app/ui/router';
import { computeStats } from '../../src/shared/stats/compute';
import { contentIsReady, renderSection, stopSections, tabletOf } from '../fixtures/activity-app';

vi.mock('../../src/shared/stats/compute', async (original) => {
  const real = await original<typeof import('../../src/shared/stats/compute')>();
  return { ...real, computeStats: vi.fn(real.computeStats) };
});

let db: DeclicDatabase;
beforeEach(() => {
  contentIsReady();
  vi.mocked(computeStats).mockClear();
});
afterEach(async () => {
  cleanup();
  await stopSections();
  db.close();
  navigate('/');
});

async function oneSession(tablet: DeclicDatabase): Promise<void> {
  const person = await createBeneficiary(tablet, { firstName: 'Yvette', commune: 'Nérac' });
  const today = new Date(tablet.now()).toISOString().slice(0, 10);
  await logSession(tablet, { beneficiaryId: person, date: today, durationMinutes: 45, place: 'mairie', demarcheIds: [], operatorIds: [] });
}

describe('the dashboard’s report, prepared in idle time', () => {
  it('is computed once from the coordinator’s home, and the dashboard opens on it', async () => {
    db = await tabletOf('coordinateur');
    await oneSession(db);
    await renderSection(paths.activity(), db);
    await waitFor(() => expect(computeStats).toHaveBeenCalledTimes(1));
    navigate(paths.stats());
    await screen.findByRole('list', { name: 'Chiffres clés' });
    expect(computeStats).toHaveBeenCalledTimes(1);
  });

  it('is not computed for an aidant, who has no dashboard', async () => {
    db = await tabletOf('aidant');
    await oneSession(db);
    await renderSection(paths.activity(), db);
    await screen.findByRole('heading', { name: 'Activité', level: 1 });
    await new Promise((settled) => setTimeout(settled, 50));
    expect(computeStats).not.toHaveBeenCalled();
  });
});
