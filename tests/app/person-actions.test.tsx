// A person's forms opened from their file go back to it: on save (takeReturn) and on « Annuler ».
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CancelLink, PersonActionLink } from '../../src/app/features/activity/PersonActions';
import { paths } from '../../src/app/routes/paths';
import { takeReturn } from '../../src/app/ui/flash';
import { navigate } from '../../src/app/ui/router';

const yvette = '0190a000-0000-7000-8000-000000000001';
afterEach(() => {
  cleanup();
  takeReturn(yvette, '/');
  navigate('/');
});

describe('a person’s form opened from their file', () => {
  it('goes back to the file on « Annuler »', () => {
    navigate(`/beneficiaires/${yvette}`);
    render(
      <PersonActionLink beneficiaryId={yvette} path={paths.handOutPass({ beneficiaryId: yvette })}>
        Remettre un pass numérique
      </PersonActionLink>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Remettre un pass numérique' }), { button: 0 });
    expect(window.location.pathname).toBe(paths.handOutPass({ beneficiaryId: yvette }));
    cleanup();
    render(<CancelLink beneficiaryId={yvette} fallback={paths.personActivity({ beneficiaryId: yvette })} />);
    const cancel = screen.getByRole('link', { name: 'Annuler' });
    expect(cancel.getAttribute('href')).toBe(`/beneficiaires/${yvette}`);
    fireEvent.click(cancel, { button: 0 });
    expect(window.location.pathname).toBe(`/beneficiaires/${yvette}`);
    // Forgotten once used: the next form, opened from elsewhere, falls back to the person's activity.
    expect(takeReturn(yvette, paths.personActivity({ beneficiaryId: yvette }))).toBe(paths.personActivity({ beneficiaryId: yvette }));
  });

  it('goes to the person’s activity page when it was not opened from a page of theirs', () => {
    render(<CancelLink beneficiaryId={yvette} fallback={paths.personActivity({ beneficiaryId: yvette })} />);
    expect(screen.getByRole('link', { name: 'Annuler' }).getAttribute('href')).toBe(paths.personActivity({ beneficiaryId: yvette }));
  });
});
