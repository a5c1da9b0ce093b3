// The structure switcher in the header, against a real endpoint: shown only to an account of several
// structures, one choice changes the structure worked for (and the files), and the notice after a structure
// left is shown until read.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listBeneficiaries } from '../../src/app/db/beneficiaries-repository';
import { StructureNotice, StructureSwitcher } from '../../src/app/features/account/StructureSwitcher';
import { AppContext } from '../../src/app/session/app-context';
import type { AppServices } from '../../src/app/session/app-services';
import { createStructure } from '../../src/server/accounts/accounts';
import { putMembership } from '../../src/server/accounts/memberships';
import { uuidv7 } from '../../src/shared/schema/ids';
import { accountOf, closeTablets, loggedInTablet, pageServedBy } from '../fixtures/admin-app';
import { writePersonOnEndpoint } from '../fixtures/server-api';
import { startTestServer, type TestServer } from '../fixtures/test-server';

let server: TestServer;
let nerac: { id: string; name: string };
let mezin: { id: string; name: string };

beforeAll(async () => {
  server = await startTestServer();
  nerac = await createStructure(server.store, 'Mairie de Nérac');
  mezin = await createStructure(server.store, 'Mairie de Mézin');
  for (const [structure, firstName] of [
    [nerac, 'Yvette'],
    [mezin, 'Odette'],
  ] as const) {
    const colleague = await accountOf(server, structure.id, 'aidant', `Collègue de ${structure.name}`);
    await writePersonOnEndpoint(server.store, { structureId: structure.id, aidantId: colleague.id, deviceId: uuidv7() }, uuidv7(), {
      firstName,
    });
  }
});
afterAll(() => server?.close());
beforeEach(() => pageServedBy(server));
afterEach(async () => {
  cleanup();
  await closeTablets();
});

function header(services: AppServices) {
  return render(
    <AppContext.Provider value={services}>
      <StructureSwitcher />
      <StructureNotice />
    </AppContext.Provider>,
  );
}

const worksFor = (services: AppServices) => {
  const view = services.session.get();
  return view.kind === 'active' ? view.session.structure.id : null;
};

describe('the structure switcher', () => {
  it('is not shown to an account of one structure', async () => {
    const tablet = await loggedInTablet((await accountOf(server, nerac.id, 'aidant')).email);
    header(tablet);
    expect(screen.queryByLabelText('Structure')).toBeNull();
  });

  it('shows the structure worked for and changes it in one choice, bringing that structure’s files', async () => {
    const account = await accountOf(server, nerac.id, 'aidant', 'Sophie Secrétaire');
    await putMembership(server.store, account.id, mezin.id, 'aidant');
    const tablet = await loggedInTablet(account.email);
    header(tablet);
    const select = screen.getByLabelText('Structure') as HTMLSelectElement;
    expect(select.value).toBe(worksFor(tablet));
    expect([...select.options].map((o) => o.text).sort()).toEqual(['Mairie de Mézin', 'Mairie de Nérac']);
    // The login starts in the account's first structure: the test switches to the other one.
    const [other, theirs] = worksFor(tablet) === nerac.id ? [mezin, 'Odette'] : [nerac, 'Yvette'];
    fireEvent.change(select, { target: { value: other.id } });
    await waitFor(() => expect(worksFor(tablet)).toBe(other.id));
    await waitFor(async () => expect((await listBeneficiaries(tablet.db)).map((b) => b.firstName)).toEqual([theirs]));
    expect((screen.getByLabelText('Structure') as HTMLSelectElement).value).toBe(other.id);
  });

  it('says that a structure was left and its files removed, until the aidant has read it', async () => {
    const account = await accountOf(server, nerac.id, 'aidant', 'Paul Secrétaire');
    await putMembership(server.store, account.id, mezin.id, 'aidant');
    const tablet = await loggedInTablet(account.email);
    header(tablet);
    if (worksFor(tablet) !== mezin.id) {
      fireEvent.change(screen.getByLabelText('Structure'), { target: { value: mezin.id } });
      await waitFor(() => expect(worksFor(tablet)).toBe(mezin.id));
    }
    await server.store.accounts.removeMembership(account.id, mezin.id);
    await tablet.syncLoop.syncNow();
    const notice = await screen.findByText(/^Vous ne faites plus partie de « Mairie de Mézin »/);
    expect(notice.textContent).toContain('Déclic travaille maintenant pour « Mairie de Nérac »');
    expect(screen.queryByLabelText('Structure')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'J’ai compris' }));
    await waitFor(() => expect(screen.queryByText(/^Vous ne faites plus partie/)).toBeNull());
  });
});
