// The workshops calendar of « Se former », offline: a coordinateur adds the territory's coming workshops (for
// the aidants, for the public), every aidant reads them, and an atelier for the public is noted in Activité
// from it, its title and day filled in.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeclicDatabase } from '../../src/app/db/database';
import { listWorkshops, saveWorkshop } from '../../src/app/db/local-content-repository';
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

const coordinator = { author: 'Corinne Coordinatrice', updatedOn: '2025-03-14', territory: false };
const fill = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('the workshops calendar', () => {
  it('lets a coordinateur add a workshop for the aidants, offline, queued for sync', async () => {
    contentIsReady();
    db = await tabletOf('coordinateur');
    await renderSection(paths.workshops(), db);
    fireEvent.click(await screen.findByRole('button', { name: 'Ajouter un atelier' }));
    fill('Titre de l’atelier', 'Repérer les arnaques en ligne');
    fill('Date', '2025-03-20');
    fill('Horaire (facultatif)', '14 h – 16 h 30');
    fill('Lieu (facultatif)', 'Médiathèque de Nérac');
    fill('Inscription (facultatif)', 'Auprès du Département, 05 53 00 00 00');
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter l’atelier' }));
    const forAidants = await screen.findByRole('region', { name: 'Pour les aidants' });
    await waitFor(() => expect(within(forAidants).getByText('Repérer les arnaques en ligne')).toBeTruthy());
    expect(within(forAidants).getByText(/20 mars 2025 · 14 h – 16 h 30/)).toBeTruthy();
    expect(within(forAidants).getByText('Inscription : Auprès du Département, 05 53 00 00 00')).toBeTruthy();
    const queued = (await db.outbox.toArray()).filter((op) => op.collection === 'workshops').map((op) => op.field);
    expect(queued).toEqual(expect.arrayContaining(['title', 'date', 'audience', 'author', 'territory']));
  });

  it('refuses a day already past', async () => {
    contentIsReady();
    db = await tabletOf('coordinateur');
    await renderSection(paths.workshops(), db);
    fireEvent.click(await screen.findByRole('button', { name: 'Ajouter un atelier' }));
    fill('Titre de l’atelier', 'Atelier passé');
    fill('Date', '2025-03-01');
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter l’atelier' }));
    expect((await screen.findAllByText(/Cette date est passée/)).length).toBeGreaterThan(0);
    expect(await listWorkshops(db, '2025-01-01')).toEqual([]);
  });

  it('shows an aidant the coming workshops only, with no form, and notes an atelier for the public from it', async () => {
    contentIsReady();
    db = await tabletOf('aidant');
    await saveWorkshop(
      db,
      { title: 'Découvrir la tablette', date: '2025-03-14', audience: 'public', place: 'Mairie de Mézin' },
      coordinator,
    );
    await saveWorkshop(db, { title: 'Atelier d’hier', date: '2025-03-13', audience: 'public' }, coordinator);
    await renderSection(paths.workshops(), db);
    const forPublic = await screen.findByRole('region', { name: 'Pour le public' });
    expect(await within(forPublic).findByText('Découvrir la tablette')).toBeTruthy();
    expect(within(forPublic).queryByText('Atelier d’hier')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ajouter un atelier' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Retirer' })).toBeNull();
    fireEvent.click(within(forPublic).getByRole('link', { name: 'Noter cet atelier' }));
    const theme = (await screen.findByLabelText('Thème de l’atelier')) as HTMLInputElement;
    expect(theme.value).toBe('Découvrir la tablette');
    expect(screen.getByRole('heading', { level: 1, name: 'Nouvel atelier' })).toBeTruthy();
  });
});
