// A free text shows its bound before the aidant reaches it, and a NUL pasted from a PDF never reaches the
// saved note (the endpoint would refuse the whole note).
import { act, cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeclicDatabase } from '../../src/app/db/database';
import { FreeTextField } from '../../src/app/forms/FreeTextField';
import { maxLengthOf } from '../../src/shared/schema/collections';
import { personTablet, renderWith } from '../fixtures/person-views';

let db: DeclicDatabase | undefined;
afterEach(async () => {
  cleanup();
  // The draft is written when the field closes: let it land before the database goes.
  await new Promise((settled) => setTimeout(settled, 50));
  db?.close();
});

async function field(onSave: (value: string | null) => Promise<void> = async () => undefined) {
  const tablet = await personTablet();
  db = tablet.db;
  renderWith(
    tablet.services,
    <FreeTextField
      label="Notes"
      value={null}
      seen={null}
      of="de la note"
      action="Modifiez la note puis enregistrez-la."
      maxLength={maxLengthOf('beneficiaries', 'notes')!}
      saveLabel="Enregistrer la note"
      savedMessage="Note enregistrée."
      draftKey="personne:notes"
      onSave={onSave}
    />,
  );
  const box = (await screen.findByLabelText('Notes')) as HTMLTextAreaElement;
  const type = (value: string) => act(() => void fireEvent.input(box, { target: { value } }));
  return { box, type };
}

describe('a free text and its bound', () => {
  it('says its bound from the start, then how much room is left near it', async () => {
    const { box, type } = await field();
    expect(box.maxLength).toBe(10_000);
    expect(screen.getByText(/10\s000 caractères au plus\./)).toBeTruthy();
    await type('a'.repeat(9_500));
    expect(screen.getByText(/Encore 500 caractères possibles sur 10\s000\./)).toBeTruthy();
    expect(box.getAttribute('aria-describedby')).toBe(screen.getByText(/Encore 500/).id);
  });

  it('drops a NUL pasted from a PDF before the note is saved', async () => {
    const saved: (string | null)[] = [];
    const { type } = await field(async (value) => void saved.push(value));
    await type('Dossier\u0000 CAF\u0000');
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la note' })));
    expect(saved).toEqual(['Dossier CAF']);
  });
});
