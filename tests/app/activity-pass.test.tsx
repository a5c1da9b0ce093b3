// The pass numériques stock page, as a coordinator sees it: booklets added, a cheque handed to a person
// from their page, its use, and a double hand-out to resolve.
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { addBooklet, listCheques } from '../../src/app/db/pass-numeriques-repository';
import { paths } from '../../src/app/routes/paths';
import { navigate } from '../../src/app/ui/router';
import { contentIsReady, renderSection, stopSections, tabletOf } from '../fixtures/activity-app';

let db: DeclicDatabase;

beforeEach(async () => {
  contentIsReady();
  db = await tabletOf('coordinateur');
});
afterEach(async () => {
  cleanup();
  await stopSections();
  db.close();
  navigate('/');
});

const figure = (label: string) =>
  within(screen.getByRole('list', { name: 'Le stock en chiffres' }))
    .getByText(label)
    .closest('li')
    ?.querySelector('.figure__value')?.textContent;

describe('the stock of pass numériques', () => {
  it('adds a booklet of 10 € cheques and refuses the same numbers again', async () => {
    await renderSection(paths.pass(), db);
    fireEvent.input(screen.getByLabelText('N° du carnet (facultatif)'), { target: { value: 'C-7' } });
    fireEvent.input(screen.getByLabelText('N° du premier chèque'), { target: { value: '47-0001' } });
    fireEvent.input(screen.getByLabelText('Nombre de chèques'), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter au stock' }));
    expect((await screen.findByRole('status')).textContent).toBe('5 chèques ajoutés au stock.');
    await screen.findByRole('rowheader', { name: '47-0005' });
    expect(figure('chèques en stock')).toBe('5');
    expect(figure('chèque remis')).toBe('0');
    expect(figure('en stock')).toBe('50,00\u00a0€');
    fireEvent.input(screen.getByLabelText('N° du premier chèque'), { target: { value: '47-0004' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter au stock' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Le chèque n° 47-0004 est déjà dans le stock.');
  });

  it('hands the first cheque in stock to a person from their page, then marks it used', async () => {
    await addBooklet(db, { bookletNumber: 'C-7', firstNumber: '47-0001', count: 2, expiresOn: null });
    const karim = await createBeneficiary(db, { firstName: 'Karim', lastName: 'Benali' });
    await renderSection(paths.handOutPass({ beneficiaryId: karim }), db);
    fireEvent.input(screen.getByLabelText('Pour quel atelier ou quelle formation (facultatif)'), { target: { value: 'Atelier courriel' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remettre ce chèque' }));
    await screen.findByRole('heading', { level: 1, name: 'Activité de Karim Benali' });
    expect(await screen.findByText(/Chèque n° 47-0001/)).toBeTruthy();
    cleanup();
    await renderSection(paths.pass(), db);
    const row = screen.getByRole('row', { name: /47-0001/ });
    expect(row.textContent).toMatch(/Karim Benali, le 14 mars 2025 \(Atelier courriel\)/);
    fireEvent.click(within(row).getByRole('button', { name: /Marquer utilisé/ }));
    await screen.findByText('Utilisé', { selector: 'td' });
    expect((await listCheques(db)).map((c) => c.status)).toEqual(['utilise', 'en-stock']);
  });
});
