// The list and the file page in a DOM over a real tablet database: instant search, the history in time
// order, the export of a person's data and the erasure that names them.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBeneficiary, listBeneficiaries } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { createDiagnostic } from '../../src/app/db/diagnostics-repository';
import { createMandate } from '../../src/app/db/mandates-repository';
import { readRecord, writeFields } from '../../src/app/db/records-repository';
import { startSuivi } from '../../src/app/db/suivis-repository';
import { uuidv7 } from '../../src/shared/schema/ids';
import { BeneficiaryList } from '../../src/app/features/beneficiaries/BeneficiaryList';
import type { PersonEntry } from '../../src/app/db/person-index';
import { AppContext } from '../../src/app/session/app-context';
import { personTablet, renderSection, renderWith } from '../fixtures/person-views';

let db: DeclicDatabase | undefined;
afterEach(async () => {
  cleanup();
  // Let the drafts saved as the views close reach the database before it closes.
  await new Promise((settled) => setTimeout(settled, 20));
  db?.close();
});

const people = async () => {
  const tablet = await personTablet('2026-03-10');
  db = tablet.db;
  const ids = {
    eloise: await createBeneficiary(db, { firstName: 'Éloïse', lastName: 'Marty', commune: 'Tonneins', lastContactOn: '2026-02-01' }),
    josiane: await createBeneficiary(db, {
      firstName: 'Josiane',
      lastName: 'Lavergne',
      commune: 'Casteljaloux',
      lastContactOn: '2026-03-08',
      notes: 'Veuve, RDV CARSAT',
    }),
    marcel: await createBeneficiary(db, {
      firstName: 'Marcel',
      lastName: 'Lagarde',
      commune: 'Agen',
      lastContactOn: '2025-12-24',
      status: 'clos',
    }),
  };
  return { services: tablet.services, ids };
};

const listed = () =>
  within(screen.getByRole('list', { name: 'Dossiers' }))
    .getAllByRole('link')
    .map((a) => a.querySelector('.card__title')!.firstChild!.textContent);

/** An entry of the list as the index gives it, for a list built without a tablet's files. */
const entryOf = (fields: Partial<PersonEntry>): PersonEntry => ({
  id: uuidv7(),
  firstName: null,
  lastName: null,
  commune: null,
  birthYear: null,
  lastContactOn: null,
  status: 'actif',
  phone: null,
  email: null,
  mergedInto: null,
  ...fields,
});

describe('the list of files', () => {
  it('shows the most recent contact first and finds people as the aidant types, accents and case aside', async () => {
    const { services } = await people();
    renderSection(services, '/beneficiaires');
    await screen.findByRole('list', { name: 'Dossiers' });
    expect(listed()).toEqual(['Josiane Lavergne', 'Éloïse Marty', 'Marcel Lagarde']);
    expect(screen.getByText('3 dossiers, les plus récents en premier.')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Rechercher par nom ou commune'), { target: { value: 'ELOISE' } });
    expect(listed()).toEqual(['Éloïse Marty']);
    fireEvent.input(screen.getByLabelText('Rechercher par nom ou commune'), { target: { value: 'agen' } });
    expect(listed()).toEqual(['Marcel Lagarde']);
    expect(screen.getByText('Dossier clos')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Rechercher par nom ou commune'), { target: { value: 'Paris' } });
    expect(screen.getByText(/Aucun dossier ne correspond/)).toBeTruthy();
    expect(window.location.pathname).toBe('/beneficiaires');
  });

  it('shows 10 files at a time to browse, 5 while a search is typed, more on demand, starting again at each search', async () => {
    const tablet = await personTablet('2026-03-10');
    db = tablet.db;
    for (let i = 0; i < 25; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      await createBeneficiary(db, { firstName: `Personne${i}`, commune: i % 2 ? 'Agen' : 'Nérac', lastContactOn: `2026-02-${day}` });
    }
    renderSection(tablet.services, '/beneficiaires');
    await screen.findByRole('list', { name: 'Dossiers' });
    expect(listed()).toHaveLength(10);
    fireEvent.click(screen.getByRole('button', { name: 'Afficher 10 dossiers de plus' }));
    expect(listed()).toHaveLength(20);
    fireEvent.click(screen.getByRole('button', { name: 'Afficher 5 dossiers de plus' }));
    expect(listed()).toHaveLength(25);
    expect(screen.queryByRole('button', { name: /dossiers de plus/ })).toBeNull();
    const search = screen.getByLabelText('Rechercher par nom ou commune');
    search.focus();
    fireEvent.input(search, { target: { value: 'agen' } });
    expect(screen.getByText('12 dossiers correspondent.')).toBeTruthy();
    // What the on-screen keyboard leaves visible: a letter typed draws five cards, not ten.
    expect(listed()).toHaveLength(5);
    fireEvent.click(screen.getByRole('button', { name: 'Afficher 5 dossiers de plus' }));
    expect(listed()).toHaveLength(10);
    // The keyboard goes on from the first card added; from the last page's button too, which is then gone.
    const focusedName = () => document.activeElement?.querySelector('.card__title')?.firstChild?.textContent;
    await waitFor(() => expect(focusedName()).toBe(listed()[5]));
    fireEvent.click(screen.getByRole('button', { name: 'Afficher 2 dossiers de plus' }));
    expect(listed()).toHaveLength(12);
    expect(screen.queryByRole('button', { name: /dossiers de plus/ })).toBeNull();
    await waitFor(() => expect(focusedName()).toBe(listed()[10]));
    fireEvent.input(screen.getByLabelText('Rechercher par nom ou commune'), { target: { value: '' } });
    expect(listed()).toHaveLength(10);
    expect(screen.getByRole('button', { name: 'Afficher 10 dossiers de plus' })).toBeTruthy();
  });

  it('writes its counts as French does, thousands apart: « 1 234 dossiers »', async () => {
    const tablet = await personTablet('2026-03-10');
    db = tablet.db;
    const people = Array.from({ length: 1234 }, (_, i) => entryOf({ firstName: `Personne${i}`, commune: i < 1100 ? 'Agen' : 'Nérac' }));
    renderWith(tablet.services, <BeneficiaryList people={people} />);
    expect(document.querySelector('.search-results__count')?.textContent).toBe('1\u202f234 dossiers, les plus récents en premier.');
    fireEvent.input(screen.getByLabelText('Rechercher par nom ou commune'), { target: { value: 'agen' } });
    expect(document.querySelector('.search-results__count')?.textContent).toBe('1\u202f100 dossiers correspondent.');
  });

  it('draws a card again only when its person changed, not at each letter that keeps them listed', async () => {
    const tablet = await personTablet('2026-03-10');
    db = tablet.db;
    // Each first name counts its reads: after the first search, only a card being drawn reads it.
    let nameReads = 0;
    const personOf = (i: number, firstName: string): PersonEntry =>
      Object.defineProperty(
        entryOf({ id: `person-${i}`, lastName: 'Lagarde', commune: 'Agen', lastContactOn: `2026-02-${String(10 + i)}` }),
        'firstName',
        {
          get: () => {
            nameReads++;
            return firstName;
          },
        },
      );
    const people = Array.from({ length: 10 }, (_, i) => personOf(i, `Personne${i}`));
    const { rerender } = renderWith(tablet.services, <BeneficiaryList people={people} />);
    const search = screen.getByLabelText('Rechercher par nom ou commune');
    fireEvent.input(search, { target: { value: 'a' } });
    nameReads = 0;
    for (const typed of ['ag', 'age', 'agen']) fireEvent.input(search, { target: { value: typed } });
    expect(listed()).toHaveLength(5);
    expect(nameReads).toBe(0);
    // A person whose file changed is a new entry in a new list: their card, and theirs only, is drawn again.
    const changed = [...people];
    changed[7] = personOf(7, 'Paulette');
    rerender(
      <AppContext.Provider value={tablet.services}>
        <BeneficiaryList people={changed} />
      </AppContext.Provider>,
    );
    expect(listed()).toContain('Paulette Lagarde');
    expect(listed()).not.toContain('Personne7 Lagarde');
  });

  it('keeps the cards on screen when a letter brings other people: their names and links change, not the elements', async () => {
    const tablet = await personTablet('2026-03-10');
    db = tablet.db;
    const people = Array.from({ length: 12 }, (_, i) =>
      entryOf({
        firstName: `Personne${i}`,
        lastName: 'Lagarde',
        commune: i % 2 ? 'Agen' : 'Nérac',
        lastContactOn: `2026-02-${10 + i}`,
        status: i === 11 ? 'clos' : 'actif',
      }),
    );
    renderWith(tablet.services, <BeneficiaryList people={people} />);
    const search = screen.getByLabelText('Rechercher par nom ou commune');
    const cards = () => within(screen.getByRole('list', { name: 'Dossiers' })).getAllByRole('link');
    fireEvent.input(search, { target: { value: 'agen' } });
    const before = cards();
    expect(before[0]!.textContent).toContain('Dossier clos');
    expect(listed()).toEqual(['Personne11 Lagarde', 'Personne9 Lagarde', 'Personne7 Lagarde', 'Personne5 Lagarde', 'Personne3 Lagarde']);
    fireEvent.input(search, { target: { value: 'n' } });
    expect(listed()).toEqual(['Personne10 Lagarde', 'Personne8 Lagarde', 'Personne6 Lagarde', 'Personne4 Lagarde', 'Personne2 Lagarde']);
    const after = cards();
    after.forEach((card, place) => expect(card).toBe(before[place]));
    expect(after[0]!.getAttribute('href')).toBe(`/beneficiaires/${people[10]!.id}`);
    expect(after[0]!.textContent).not.toContain('Dossier clos');
  });

  it('keeps the focus on the person, not on the place, when a sync reorders the list under a keyboard user', async () => {
    const tablet = await personTablet('2026-03-10');
    db = tablet.db;
    // The list shows the most recent contact first.
    const person = (firstName: string, lastContactOn: string) => entryOf({ firstName, lastName: 'Roux', lastContactOn });
    const anne = person('Anne', '2026-03-01');
    const bruno = person('Bruno', '2026-02-01');
    const chloe = person('Chloé', '2026-01-01');
    const denis = person('Denis', '2026-03-05');
    const view = (people: PersonEntry[]) => (
      <AppContext.Provider value={tablet.services}>
        <BeneficiaryList people={people} />
      </AppContext.Provider>
    );
    const { rerender } = renderWith(tablet.services, <BeneficiaryList people={[anne, bruno, chloe]} />);
    const list = screen.getByRole('list', { name: 'Dossiers' });
    screen.getByRole('link', { name: /Bruno Roux/ }).focus();
    // A colleague's new file for Denis, then a new contact with Bruno, comes in: each goes to the top of the list.
    rerender(view([anne, bruno, chloe, denis]));
    expect(listed()).toEqual(['Denis Roux', 'Anne Roux', 'Bruno Roux', 'Chloé Roux']);
    expect(document.activeElement?.textContent).toContain('Bruno Roux');
    expect(document.activeElement?.getAttribute('href')).toBe(`/beneficiaires/${bruno.id}`);
    rerender(view([anne, { ...bruno, lastContactOn: '2026-03-09' }, chloe, denis]));
    expect(listed()[0]).toBe('Bruno Roux');
    expect(document.activeElement?.getAttribute('href')).toBe(`/beneficiaires/${bruno.id}`);
    // A file the aidant was on leaves the tablet: the focus goes to the list, never to someone else's card.
    rerender(view([anne, chloe, denis]));
    expect(document.activeElement).toBe(list);
    // The focused card is the last one and the list gets shorter: its element goes, the focus follows the person.
    screen.getByRole('link', { name: /Chloé Roux/ }).focus();
    rerender(view([chloe, denis]));
    expect(document.activeElement?.getAttribute('href')).toBe(`/beneficiaires/${chloe.id}`);
    rerender(view([anne, chloe, denis]));
    // A person's new name keeps the focus where it is.
    screen.getByRole('link', { name: /Anne Roux/ }).focus();
    rerender(view([{ ...anne, lastName: 'Roux-Martin' }, chloe, denis]));
    expect(document.activeElement?.textContent).toContain('Anne Roux-Martin');
    // While a search is typed, the focus stays in the search box whatever the cards show.
    const search = screen.getByLabelText('Rechercher par nom ou commune');
    search.focus();
    fireEvent.input(search, { target: { value: 'ch' } });
    rerender(view([anne, { ...chloe, lastContactOn: '2026-03-10' }, denis]));
    expect(document.activeElement).toBe(search);
  });

  it('says where the person went when the focus goes back to the list, until the focus moves on', async () => {
    const tablet = await personTablet('2026-03-10');
    db = tablet.db;
    // Ten files fill the list's first page; Anne's is the last of them.
    const people = Array.from({ length: 9 }, (_, i) =>
      entryOf({ firstName: `Personne${i}`, lastName: 'Roux', lastContactOn: `2026-02-${10 + i}` }),
    );
    const anne = entryOf({ firstName: 'Anne', lastName: 'Roux', lastContactOn: '2026-02-01' });
    const bruno = entryOf({ firstName: 'Bruno', lastName: 'Roux', lastContactOn: '2026-03-01' });
    const view = (entries: PersonEntry[]) => (
      <AppContext.Provider value={tablet.services}>
        <BeneficiaryList people={entries} />
      </AppContext.Provider>
    );
    const { rerender } = renderWith(tablet.services, <BeneficiaryList people={[...people, anne]} />);
    const list = screen.getByRole('list', { name: 'Dossiers' });
    const count = () => document.querySelector('.search-results__count')!.textContent;
    expect(count()).toBe('10 dossiers, les plus récents en premier.');
    // A colleague's new file comes first: Anne's card is pushed past the page.
    screen.getByRole('link', { name: /Anne Roux/ }).focus();
    rerender(view([...people, anne, bruno]));
    expect(document.activeElement).toBe(list);
    expect(count()).toBe('11 dossiers, les plus récents en premier. Anne Roux est maintenant plus bas dans la liste.');
    // The aidant moves on: the sentence goes.
    act(() => screen.getByRole('link', { name: /Bruno Roux/ }).focus());
    expect(count()).toBe('11 dossiers, les plus récents en premier.');
    // Bruno's file is erased in another tab.
    rerender(view([...people, anne]));
    expect(document.activeElement).toBe(list);
    expect(count()).toBe('10 dossiers, les plus récents en premier. Le dossier de Bruno Roux n’est plus dans la liste.');
  });

  it('folds the names for the search once the list is shown, in idle time, not before showing it', async () => {
    const tablet = await personTablet('2026-03-10');
    db = tablet.db;
    // Each commune counts its reads: a card reads its own, the search's preparation every person's.
    let communeReads = 0;
    const people = Array.from({ length: 30 }, (_, i) =>
      Object.defineProperty(entryOf({ id: `person-${i}`, firstName: `Personne${i}` }), 'commune', {
        get: () => {
          communeReads++;
          return 'Agen';
        },
      }),
    );
    renderWith(tablet.services, <BeneficiaryList people={people} />);
    expect(listed()).toHaveLength(10);
    expect(communeReads).toBe(10);
    await waitFor(() => expect(communeReads).toBe(10 + 30));
    fireEvent.input(screen.getByLabelText('Rechercher par nom ou commune'), { target: { value: 'agen' } });
    expect(screen.getByText('30 dossiers correspondent.')).toBeTruthy();
    expect(communeReads).toBe(10 + 30);
  });

  it('keeps the search for the way back from a file, and forgets it with the lock', async () => {
    const { services } = await people();
    renderSection(services, '/beneficiaires');
    await screen.findByRole('list', { name: 'Dossiers' });
    fireEvent.input(screen.getByLabelText('Rechercher par nom ou commune'), { target: { value: 'josi' } });
    cleanup();
    renderSection(services, '/beneficiaires');
    await screen.findByRole('list', { name: 'Dossiers' });
    expect((screen.getByLabelText('Rechercher par nom ou commune') as HTMLInputElement).value).toBe('josi');
    expect(listed()).toEqual(['Josiane Lavergne']);
    cleanup();
    // The files « Afficher … de plus » showed are kept too: the way back shows the file just left.
    for (let i = 0; i < 7; i++) await createBeneficiary(db!, { firstName: `Personne${i}`, commune: 'Lavardac' });
    renderSection(services, '/beneficiaires');
    const search = await screen.findByLabelText('Rechercher par nom ou commune');
    fireEvent.input(search, { target: { value: 'lavardac' } });
    expect(listed()).toHaveLength(5);
    fireEvent.click(screen.getByRole('button', { name: 'Afficher 2 dossiers de plus' }));
    cleanup();
    renderSection(services, '/beneficiaires');
    await screen.findByRole('list', { name: 'Dossiers' });
    expect(listed()).toHaveLength(7);
    cleanup();
    const key = db!.keyring.key();
    db!.keyring.close();
    db!.keyring.open(key);
    renderSection(services, '/beneficiaires');
    await screen.findByRole('list', { name: 'Dossiers' });
    expect((screen.getByLabelText('Rechercher par nom ou commune') as HTMLInputElement).value).toBe('');
  });
});

describe('the file page', () => {
  it('shows everything done with the person, most recent first', async () => {
    const { services, ids } = await people();
    await writeFields(db!, 'beneficiaries', ids.josiane, { noticeGivenOn: '2025-11-02' });
    await createDiagnostic(db!, {
      beneficiaryId: ids.josiane,
      date: '2026-01-15',
      equipment: ['aucun'],
      homeConnection: 'aucune',
      hasEmail: false,
      hasSmsPhone: false,
      franceConnectAccounts: [],
      skills: { appareil: 0, information: 0, communication: 0, formulaire: 0, securite: 0 },
      barriers: [],
      demarchesNeeded: [],
      autonomyLevel: 'pas-a-pas',
      proposedOrientation: 'faire-pour-mandat',
      orientation: 'faire-pour-mandat',
    });
    await createMandate(db!, {
      beneficiaryId: ids.josiane,
      families: ['travail'],
      durationDays: 182,
      templateVersion: 2,
      startOn: '2026-01-20',
      aidantName: null,
    });
    await writeFields(db!, 'accompagnements', uuidv7(), {
      date: '2026-03-08',
      durationMinutes: 45,
      place: 'domicile',
      mode: 'individuel',
      beneficiaryId: ids.josiane,
      participantIds: [],
      demarcheIds: ['demande-retraite'],
      operatorIds: [],
    });
    await writeFields(db!, 'orientations', uuidv7(), {
      beneficiaryId: ids.josiane,
      partnerId: 'caf-47',
      date: '2026-02-10',
      outcome: 'en-attente',
      demarcheIds: [],
      reason: null,
    });
    await startSuivi(db!, { beneficiaryId: ids.josiane, demarcheId: 'demande-retraite', startedOn: '2026-03-01' });
    renderSection(services, `/beneficiaires/${ids.josiane}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Josiane Lavergne' })).toBeTruthy();
    const history = within(screen.getByRole('list', { name: 'Du plus récent au plus ancien' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(history).toEqual([
      '8 mars 2026Accompagnement à domicile45 min · Demander sa retraite',
      '1er mars 2026Démarche commencée : Demander sa retraiteÀ faire',
      '10 février 2026Orientation vers CAF de Lot-et-Garonne',
      '20 janvier 2026Mandat de 6 mois (182 jours)Travail, formation',
      '15 janvier 2026Diagnostic : À accompagner pas à pasOrientation : Faire pour la personne, avec un mandat',
      '2 novembre 2025Notice d’information remise',
    ]);
    expect(screen.getByText('Veuve, RDV CARSAT')).toBeTruthy();
  });

  it('exports the person’s data as a JSON file and a printable page', async () => {
    const { services, ids } = await people();
    renderSection(services, `/beneficiaires/${ids.josiane}`);
    fireEvent.click(await screen.findByRole('link', { name: 'Exporter ses données' }), { button: 0 });
    await screen.findByRole('heading', { level: 1, name: 'Données de Josiane Lavergne' });
    const facts = (await screen.findByRole('region', { name: 'Le dossier' })).textContent;
    expect(facts).toContain('NotesVeuve, RDV CARSAT');
    expect(facts).toContain('CommuneCasteljaloux');
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:export'));
    URL.revokeObjectURL = vi.fn();
    // The download link is clicked by the app; here it must not navigate the test's window away.
    const save = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Télécharger le fichier (JSON)' }));
    expect(save).toHaveBeenCalledOnce();
    expect((save.mock.contexts[0] as HTMLAnchorElement).download).toMatch(/^declic-donnees-[0-9a-f]{8}-2026-03-10\.json$/);
    save.mockRestore();
    const exported = JSON.parse(await blobs[0]!.text());
    expect(exported.person).toMatchObject({ id: ids.josiane, firstName: 'Josiane', notes: 'Veuve, RDV CARSAT' });
    expect(JSON.stringify(exported)).not.toContain('Marty');
  });

  it('erases the file after a confirmation that names the person', async () => {
    const { services, ids } = await people();
    renderSection(services, `/beneficiaires/${ids.josiane}`);
    fireEvent.click(await screen.findByRole('link', { name: 'Effacer ce dossier' }), { button: 0 });
    expect(await screen.findByText(/va être effacé définitivement/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Effacer le dossier de Josiane Lavergne' }));
    await waitFor(() => expect(window.location.pathname).toBe('/beneficiaires'));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Le dossier de Josiane Lavergne a été effacé. Les autres tablettes l’effaceront à leur prochaine synchronisation.',
    );
    expect((await listBeneficiaries(db!)).map((p) => p.firstName).sort()).toEqual(['Marcel', 'Éloïse']);
    expect(await readRecord(db!, 'beneficiaries', ids.josiane)).toMatchObject({ deleted: true, firstName: null, notes: null });
  });
});
