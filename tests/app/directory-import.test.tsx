// « Importer un annuaire » on the tablet: a coordinateur picks a file of an open data standard, sees it
// imported with the refused lines and why, finds the places in the directory with their hours in plain
// French, and every partner waits in the outbox to sync; importing the same file again changes nothing.
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeclicDatabase } from '../../src/app/db/database';
import { importedPartnerId } from '../../src/shared/directory/partner-ids';
import { paths } from '../../src/app/routes/paths';
import { navigate } from '../../src/app/ui/router';
import { contentIsReady, renderSection, stopSections, tabletOf } from '../fixtures/activity-app';

let db: DeclicDatabase;
afterEach(async () => {
  cleanup();
  await stopSections();
  db.close();
  navigate('/');
});

const fixture = (name: string) => readFileSync(`tests/fixtures/directories/${name}`);

/** Opens the import form on the directory page and chooses `name` from the fixtures (or `content` named so). */
async function chooseFile(name: string, content: BlobPart = fixture(name)): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name: 'Importer un annuaire' }));
  const form = screen.getByRole('form', { name: 'Importer un annuaire' });
  fireEvent.change(within(form).getByLabelText('Fichier de l’annuaire'), { target: { files: [new File([content], name)] } });
}

/** A Lieux file of `count` places: the fixture's first place again and again, each with its own id. */
function manyPlaces(count: number): string {
  const [head, place] = fixture('lieux-47.csv').toString('utf8').split('\n');
  return [head, ...Array.from({ length: count }, (_, i) => place!.replace('lieu-agen-mediatheque', `lieu-${i}`))].join('\n');
}

describe('Importer un annuaire', () => {
  it('imports a Lieux CSV for the structure: counts, refused lines, hours in French, queued for sync; a second import changes nothing', async () => {
    contentIsReady();
    db = await tabletOf('coordinateur');
    await renderSection(paths.partners(), db);
    await chooseFile('lieux-47.csv');
    expect(screen.getByRole('radio', { name: 'Lieux de médiation numérique (CSV)' })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    expect(await screen.findByText('ajoutés 4, mis à jour 0, inchangés 0, refusés 5')).toBeTruthy();
    expect(screen.getByText('ligne 7 : champ obligatoire « adresse » vide')).toBeTruthy();
    expect(screen.getByText('ligne 11 : 5 champs au lieu de 32')).toBeTruthy();

    const agen = await importedPartnerId({ territory: false, structureId: 'structure-nerac' }, 'lieux', 'lieu-agen-mediatheque');
    const queued = (await db.outbox.toArray()).filter((op) => op.collection === 'localPartners');
    expect(new Set(queued.map((op) => op.recordId)).size).toBe(4);
    expect(queued.find((op) => op.recordId === agen && op.field === 'territory')?.value).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    const card = await screen.findByRole('link', { name: /Médiathèque Lacépède/ });
    expect(
      within(card).getByText('du lundi au vendredi de 9 h à 12 h et de 14 h à 17 h ; le samedi de 9 h à 12 h ; fermé les jours fériés'),
    ).toBeTruthy();
    // Hours outside the common subset are shown as the directory wrote them.
    expect(within(screen.getByRole('link', { name: /Bus numérique du Villeneuvois/ })).getByText('We 09:00-12:00 "marché"')).toBeTruthy();

    await chooseFile('lieux-47.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    expect(await screen.findByText('ajoutés 0, mis à jour 0, inchangés 4, refusés 5')).toBeTruthy();
    expect((await db.outbox.toArray()).filter((op) => op.collection === 'localPartners')).toHaveLength(queued.length);
  });

  it('lets an admin import data·inclusion for the territory, kept to the zone, and shows a partner’s services', async () => {
    contentIsReady();
    db = await tabletOf('admin');
    await renderSection(paths.partners(), db);
    await chooseFile('data-inclusion-47.json');
    expect(screen.getByRole('checkbox', { name: 'Pour toutes les structures du territoire' })).toHaveProperty('checked', true);
    fireEvent.input(screen.getByLabelText('Zone gardée'), { target: { value: 'Agen' } });
    fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Zone invalide/);
    fireEvent.input(screen.getByLabelText('Zone gardée'), { target: { value: '47' } });
    fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    expect(await screen.findByText('ajoutés 4, mis à jour 0, inchangés 0, refusés 4 (hors zone : 2)')).toBeTruthy();
    const caf = await importedPartnerId({ territory: true }, 'data-inclusion', 'dora--caf-47-agen');
    await waitFor(async () =>
      expect((await db.outbox.toArray()).find((op) => op.recordId === caf && op.field === 'territory')?.value).toBe(true),
    );
    cleanup();
    await renderSection(paths.partner({ partnerId: caf }), db);
    await screen.findByRole('heading', { level: 1, name: /CAF de Lot-et-Garonne/ });
    expect(screen.getByText('Rendez-vous avec un conseiller CAF · Point numérique CAF')).toBeTruthy();
    expect(screen.getByText('du lundi au vendredi de 8 h 30 à 12 h 30 ; fermé les jours fériés')).toBeTruthy();
    expect(screen.getByText(/Importé de l’annuaire data·inclusion, mis à jour le 3 février 2025/)).toBeTruthy();
  });

  it('stops when asked, after the places being written: what is written stays and syncs, the result says how far it went (progress above the growing list)', async () => {
    contentIsReady();
    db = await tabletOf('coordinateur');
    await renderSection(paths.partners(), db);
    await chooseFile('lieux-1000.csv', manyPlaces(1000));
    fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    await screen.findByText(/^[1-8]00 lieux sur 1\s000$/);
    // The list grows batch by batch below the progress, which stays in sight above it.
    const firstCard = await screen.findAllByRole('link', { name: /Médiathèque Lacépède/ });
    expect(screen.getByRole('progressbar').compareDocumentPosition(firstCard[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Arrêter l’import' }));
    expect(screen.getByRole('button', { name: 'Arrêt après les lieux en cours d’enregistrement…' })).toHaveProperty('disabled', true);
    // The button pressed is gone: the keyboard goes on from the result's title, then back to « Importer un annuaire ».
    const result = await screen.findByRole('heading', { name: 'Import arrêté' });
    await waitFor(() => expect(document.activeElement).toBe(result));
    const said = screen.getByText(/^Import arrêté après \d+ lieux sur 1\s000/).textContent ?? '';
    const stoppedAfter = Number(/après (\d+) lieux/.exec(said)?.[1]);
    expect(stoppedAfter % 100).toBe(0);
    expect(stoppedAfter).toBeLessThan(1000);
    expect(said).toBe(
      `Import arrêté après ${stoppedAfter} lieux sur 1\u202f000 : les autres n’ont pas été importés. Ceux déjà enregistrés le restent.`,
    );
    expect(screen.getByText(`ajoutés ${stoppedAfter}, mis à jour 0, inchangés 0, refusés 0`)).toBeTruthy();
    const queued = (await db.outbox.toArray()).filter((op) => op.collection === 'localPartners');
    expect(new Set(queued.map((op) => op.recordId)).size).toBe(stoppedAfter);

    // Hundreds of places are listed twenty at a time.
    fireEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Importer un annuaire' })));
    expect(screen.getAllByRole('link', { name: /Médiathèque Lacépède/ })).toHaveLength(20);
    fireEvent.click(screen.getByRole('button', { name: 'Afficher 20 partenaires de plus' }));
    const listedPlaces = await screen.findAllByRole('link', { name: /Médiathèque Lacépède/ });
    expect(listedPlaces).toHaveLength(40);
    // The keyboard goes on from the first place added.
    await waitFor(() => expect(document.activeElement).toBe(listedPlaces[20]));
  });

  it('says in French why a file is not of the chosen format, and imports nothing', async () => {
    contentIsReady();
    db = await tabletOf('coordinateur');
    await renderSection(paths.partners(), db);
    await chooseFile('data-inclusion-47.json');
    fireEvent.click(screen.getByRole('radio', { name: 'Lieux de médiation numérique (CSV)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Ce n’est pas un fichier « Lieux de médiation numérique »/);
    expect((await db.outbox.toArray()).filter((op) => op.collection === 'localPartners')).toHaveLength(0);
  });
});
