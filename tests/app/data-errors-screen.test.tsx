// A write the tablet cannot do reaches the screen in the aidant's words: the file's form says, in French,
// that nothing was saved and what to do; the storage's own English error stays in the console.
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBeneficiary, getBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { personTablet, renderSection } from '../fixtures/person-views';

let db: DeclicDatabase | undefined;
afterEach(async () => {
  cleanup();
  await new Promise((settled) => setTimeout(settled, 20));
  db?.close();
  vi.restoreAllMocks();
});

describe('a failed save on screen', () => {
  it('says in French that the change was not saved because the tablet is full', async () => {
    const tablet = await personTablet('2026-03-10');
    db = tablet.db;
    const id = await createBeneficiary(db, { firstName: 'Josiane', commune: 'Casteljaloux', status: 'actif' });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    db.outbox.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    renderSection(tablet.services, `/beneficiaires/${id}/modifier`);
    fireEvent.input(await screen.findByLabelText('Commune'), { target: { value: 'Nérac' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }));
    expect(
      await screen.findByText(
        'La modification n’a pas été enregistrée : la tablette n’a plus assez de place. Libérez de l’espace, puis réessayez.',
      ),
    ).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/quota|QuotaExceeded|Error/);
    expect(logged).toHaveBeenCalled();
    expect(await getBeneficiary(db, id)).toMatchObject({ commune: 'Casteljaloux' });
  });
});
