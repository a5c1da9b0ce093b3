// A button that loses something asks first, in place: "Oui, …" does it, "Non, continuer" changes nothing.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmAction } from '../../src/app/ui/ConfirmAction';

afterEach(cleanup);

describe('ConfirmAction', () => {
  it('asks before acting, with the focus on the answer that acts', () => {
    const onConfirm = vi.fn();
    render(
      <ConfirmAction question="Abandonner la saisie ? Ce qui a été tapé sera perdu." confirmLabel="Oui, abandonner" onConfirm={onConfirm}>
        Abandonner
      </ConfirmAction>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Abandonner' }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByRole('group', { name: 'Abandonner la saisie ? Ce qui a été tapé sera perdu.' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Oui, abandonner' }));

    fireEvent.click(screen.getByRole('button', { name: 'Non, continuer' }));
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Abandonner' }));
    fireEvent.click(screen.getByRole('button', { name: 'Oui, abandonner' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Abandonner' })).toBeTruthy();
  });
});
