// The "Pièces à apporter" sheet: for the person, only the documents not ticked yet, with empty boxes,
// and where to go (partner's name, address, hours, phone), dated; "Imprimer" opens the print dialog.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PiecesSheet } from '../../src/app/features/suivis/PiecesSheet';
import { missingDocuments } from '../../src/app/features/suivis/suivi-rules';
import { fixturePack } from '../fixtures/content-pack-fixture';

const pack = fixturePack();
const prime = pack.demarches.find((d) => d.id === 'prime-activite')!;
const caf = pack.partners.find((p) => p.id === prime.partnerId)!;

afterEach(cleanup);

function sheet(ticked: string[]) {
  const ticks = ticked.map((itemId) => ({ kind: 'document' as const, itemId, checked: true }));
  return render(
    <PiecesSheet firstName="Yvette" demarche={prime} missing={missingDocuments(prime, ticks)} partner={caf} today="2026-03-10" />,
  );
}

describe('the "Pièces à apporter" sheet', () => {
  it('lists only the documents still missing, each with an empty box', () => {
    sheet(['rib']);
    const list = screen.getByRole('list', { name: 'Documents à apporter' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Les revenus du foyer des trois derniers mois']);
    expect(list.querySelectorAll('.pieces-sheet__box')).toHaveLength(1);
    expect(document.body.textContent).not.toContain('Un RIB au nom de la personne');
  });

  it('names the person, the démarche, the partner with address, hours and phone, and the date', () => {
    sheet([]);
    expect(screen.getByRole('heading', { name: 'Pièces à apporter — Yvette' })).toBeTruthy();
    const text = document.body.textContent!;
    expect(text).toContain('Demander la prime d’activité');
    expect(text).toContain('CAF de Lot-et-Garonne');
    expect(text).toContain('1 rue de la Gare (Agen)');
    expect(text).toContain('Horaires : Du lundi au vendredi, de 8 h 30 à 16 h, sur rendez-vous');
    expect(text).toContain('Téléphone : 32 30');
    expect(text).toMatch(/Fiche faite le 10 mars 2026/);
    expect(within(screen.getByRole('list', { name: 'Documents à apporter' })).getAllByRole('listitem')).toHaveLength(2);
  });

  it('says so when every document is already there', () => {
    sheet(['rib', 'revenus']);
    expect(screen.queryByRole('list', { name: 'Documents à apporter' })).toBeNull();
    expect(screen.getByText('Tous les documents sont déjà réunis.')).toBeTruthy();
  });

  it('prints with the browser’s dialog', () => {
    // happy-dom has no print dialog: stand in for the browser's.
    const print = vi.fn();
    window.print = print;
    sheet([]);
    fireEvent.click(screen.getByRole('button', { name: 'Imprimer' }));
    expect(print).toHaveBeenCalledOnce();
  });
});
