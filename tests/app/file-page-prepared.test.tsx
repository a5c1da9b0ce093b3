// The file an aidant taps in the list opens from memory: once the list has prepared what a file's page reads
// (the person's records, the suivis' checklists, the local partners and notes it names), opening the page
// asks IndexedDB for nothing — no wait behind the database for the first file opened after an unlock.
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBeneficiary, prepareBeneficiaries } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { saveLocalNote, saveLocalPartner } from '../../src/app/db/local-content-repository';
import { preparePersonFiles } from '../../src/app/db/person-file-repository';
import { listPeople } from '../../src/app/db/person-index';
import { setItemChecked, startSuivi } from '../../src/app/db/suivis-repository';
import { paths } from '../../src/app/routes/paths';
import { loggedInClientDb, newDevice, openClientDb } from '../fixtures/client-db';
import { personTablet, renderSection, servicesFor } from '../fixtures/person-views';

const opened: DeclicDatabase[] = [];
afterEach(async () => {
  cleanup();
  await new Promise((settled) => setTimeout(settled, 20));
  opened.splice(0).forEach((db) => db.close());
});

const author = { author: 'Corinne Coordinatrice', updatedOn: '2025-03-14', territory: false };

describe('a file opened from the list', () => {
  it('reads nothing from IndexedDB once the list prepared it', async () => {
    // The catalogue in use, as on a tablet (the file page names démarches and partners from it).
    await personTablet();
    const device = newDevice();
    const writer = await loggedInClientDb({ device });
    opened.push(writer);
    const yvette = await createBeneficiary(writer, { firstName: 'Yvette', lastName: 'Martin', commune: 'Nérac' });
    const suivi = await startSuivi(writer, { beneficiaryId: yvette, demarcheId: 'prime-activite', startedOn: '2025-03-10' });
    await setItemChecked(writer, suivi, { kind: 'document', itemId: 'rib' }, true, '2025-03-10');
    await saveLocalPartner(writer, null, { name: 'Lot-et-Garonne Numérique', commune: 'Agen' }, author);
    await saveLocalNote(writer, null, { demarcheId: 'prime-activite', body: 'Prévoir un RIB.' }, author);

    // The same tablet after an unlock: nothing opened in memory yet. The list opens its index and prepares.
    const db = await openClientDb({ device });
    opened.push(db);
    await listPeople(db);
    await preparePersonFiles(db);
    await prepareBeneficiaries(db, [yvette]);

    const transactions = vi.spyOn(db, 'transaction');
    renderSection(await servicesFor(db), paths.file({ id: yvette }));
    await screen.findByRole('heading', { level: 1, name: 'Yvette Martin' });
    await screen.findByRole('heading', { level: 2, name: /Accompagnements/ });
    await screen.findByText('Demander la prime d’activité');
    expect(screen.getByText(/1 sur 5 cochées/)).toBeTruthy();
    expect(document.querySelector('[aria-busy="true"]')).toBeNull();
    // The sections that read in the background (the local partners named in the activity) had their turn too.
    await new Promise((settled) => setTimeout(settled, 50));
    const tablesRead = transactions.mock.calls.flatMap((call) =>
      call
        .slice(1, -1)
        .flat()
        .map((table) => (table as { name: string }).name),
    );
    expect(tablesRead).toEqual([]);
  });
});
