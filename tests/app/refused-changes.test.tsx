// Réglages over a real tablet database: the changes the server refused and those damaged on the tablet,
// in plain French (what, whose file, why), « Réessayer » putting them back in the outbox, « Exporter »
// saving their content for the coordinator.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBeneficiary, updateBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { pendingCount, readPushBatch } from '../../src/app/db/outbox-repository';
import { quarantineOps } from '../../src/app/db/quarantine-repository';
import { personTablet, renderSection } from '../fixtures/person-views';

let db: DeclicDatabase | undefined;
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await new Promise((settled) => setTimeout(settled, 20));
  db?.close();
});

const SERVER_MESSAGE = 'Valeur refusée pour beneficiaries.phone (opération n° 1).';

/** Josiane's file, whose new phone number the server refused (an app of another version wrote it). */
async function tabletWithRefusedPhone() {
  const tablet = await personTablet('2026-03-10');
  db = tablet.db;
  const josiane = await createBeneficiary(db, { firstName: 'Josiane', lastName: 'Lavergne' });
  await updateBeneficiary(db, josiane, { phone: '05 53 00 00 00' });
  const phone = await db.outbox.filter((op) => op.field === 'phone').first();
  await quarantineOps(db, [{ opId: phone!.opId, reason: SERVER_MESSAGE, code: 'valeur_invalide', damaged: false }]);
  return tablet;
}

const section = () => screen.findByRole('region', { name: 'Modifications refusées' });
const fact = (scope: HTMLElement, term: string) => within(scope).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

describe('Réglages › Modifications refusées', () => {
  it('says there is none when everything goes to the sync', async () => {
    const { services } = await personTablet('2026-03-10');
    db = services.db;
    renderSection(services, '/reglages');
    expect(await within(await section()).findByText(/^Aucune/)).toBeTruthy();
  });

  it('shows a refused change: what, whose file, and the server’s reason', async () => {
    const { services } = await tabletWithRefusedPhone();
    renderSection(services, '/reglages');
    const refused = await section();
    expect(await within(refused).findByText(/^Une modification n’a pas pu être envoyée au serveur/)).toBeTruthy();
    const item = within(refused).getByRole('listitem');
    expect(fact(item, 'Quoi')).toBe('Le téléphone');
    expect(fact(item, 'Dossier')).toBe('Josiane Lavergne');
    expect(fact(item, 'Pourquoi')).toBe(SERVER_MESSAGE);
    // Set apart, it is not waiting to be sent: only the file's creation is.
    expect(await db!.outbox.filter((op) => op.field === 'phone').count()).toBe(0);
    expect(await pendingCount(db!)).toBe(1);
  });

  it('shows a change damaged on the tablet, which the sync set apart instead of keeping it pending', async () => {
    const tablet = await personTablet('2026-03-10');
    db = tablet.db;
    await createBeneficiary(db, { firstName: 'Marcel', notes: 'Relancer la CAF' });
    const notes = await db.outbox.filter((op) => op.field === 'notes').first();
    await db.outbox.update(notes!.seq!, { sealed: { iv: notes!.sealed!.iv, ct: Uint8Array.from(notes!.sealed!.ct).reverse() } });
    await readPushBatch(db, 500);
    renderSection(tablet.services, '/reglages');
    const item = await within(await section()).findByRole('listitem');
    expect(fact(item, 'Quoi')).toBe('Les notes');
    expect(fact(item, 'Dossier')).toBe('Marcel');
    expect(fact(item, 'Pourquoi')).toMatch(/^Cette modification est illisible sur cette tablette/);
  });

  it('« Réessayer » puts the changes back in the outbox, and the list empties', async () => {
    const { services } = await tabletWithRefusedPhone();
    renderSection(services, '/reglages');
    const refused = await section();
    fireEvent.click(await within(refused).findByRole('button', { name: 'Réessayer' }));
    expect(await within(refused).findByText(/^La modification est remise dans la file d’envoi/)).toBeTruthy();
    await waitFor(() => expect(within(refused).getByText(/^Aucune/)).toBeTruthy());
    expect(await db!.outbox.filter((op) => op.field === 'phone').count()).toBe(1);
    expect(await db!.quarantine.count()).toBe(0);
  });

  it('« Exporter » saves a JSON file with the content and the reason, for the coordinator', async () => {
    const { services } = await tabletWithRefusedPhone();
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return 'blob:export';
    });
    renderSection(services, '/reglages');
    fireEvent.click(await within(await section()).findByRole('button', { name: 'Exporter' }));
    expect(await screen.findByText('Fichier enregistré : transmettez-le à votre coordinateur.')).toBeTruthy();
    const exported = JSON.parse(await saved[0]!.text()) as { changes: unknown[] };
    expect(exported.changes).toEqual([
      expect.objectContaining({ field: 'phone', what: 'Le téléphone', value: '05 53 00 00 00', reason: SERVER_MESSAGE, readable: true }),
    ]);
  });
});
