// A file open in one tab of the app follows what another tab on the same tablet writes, without the aidant
// moving: the other tab is a second connection to the same IndexedDB (as a second tab is), and Dexie
// reports its writes ("storagemutated") to the views of the first.
import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createBeneficiary, updateBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { startSuivi } from '../../src/app/db/suivis-repository';
import { newDevice, openClientDb } from '../fixtures/client-db';
import { personTablet, renderSection } from '../fixtures/person-views';

const opened: DeclicDatabase[] = [];
afterEach(async () => {
  cleanup();
  await new Promise((settled) => setTimeout(settled, 20));
  for (const db of opened.splice(0)) db.close();
});

/** The tablet, with the file of Josiane open in the first tab, and a second tab on the same device. */
async function twoTabs() {
  const device = newDevice();
  const first = await personTablet('2026-03-10', { device });
  opened.push(first.db);
  const id = await createBeneficiary(first.db, { firstName: 'Josiane', lastName: 'Lavergne', commune: 'Casteljaloux', status: 'actif' });
  renderSection(first.services, `/beneficiaires/${id}`);
  await screen.findByRole('heading', { level: 1, name: 'Josiane Lavergne' });
  const second = await openClientDb({ device, now: () => first.db.now() });
  opened.push(second);
  return { id, second };
}

describe('a file open in one tab', () => {
  it('shows the change another tab saved, without moving', async () => {
    const { id, second } = await twoTabs();
    expect(screen.queryByText('Nérac')).toBeNull();
    await updateBeneficiary(second, id, { commune: 'Nérac', lastName: 'Martin' });
    await screen.findByRole('heading', { level: 1, name: 'Josiane Martin' });
    expect(screen.getByText('Nérac')).toBeTruthy();
  });

  it('shows a démarche another tab started for the person', async () => {
    const { id, second } = await twoTabs();
    await startSuivi(second, { beneficiaryId: id, demarcheId: 'prime-activite', startedOn: '2026-03-10' });
    await waitFor(() => expect(screen.getByRole('region', { name: 'Démarches suivies' }).textContent).toMatch(/prime d’activité/i));
  });
});
