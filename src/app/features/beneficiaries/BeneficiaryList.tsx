// The list of files: instant search by name or commune (accents and case forgiven), most recent contact
// first, shown by pages so that each letter typed redraws little and a tablet with thousands of files stays
// quick: 10 files (a tablet's screen) to browse, 5 while a search is typed (about what the on-screen keyboard
// leaves visible; each letter then draws half as many cards: BENCHMARKS.md). The cards are keyed by their
// place, not by person: a letter that brings other people rewrites the text of the cards already on screen
// instead of making new ones (about 2 ms less a letter at the 95th percentile on a busy tablet, BENCHMARKS.md).
// When a sync reorders the list under a keyboard user, the focus follows the person, not the place.
import { Component } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { frenchCount } from '../../../shared/french-count';
import { prepareBeneficiaries } from '../../db/beneficiaries-repository';
import type { DeclicDatabase } from '../../db/database';
import type { PersonEntry } from '../../db/person-index';
import { formatDay } from '../../catalogue/format';
import { useAppServices } from '../../session/app-context';
import { useFocusAdded } from '../../ui/focus-added';
import { useFocusFollowsEntry } from '../../ui/focus-follows-entry';
import { whenIdle } from '../../ui/idle';
import { linkProps } from '../../ui/router';
import { ofName } from '../../ui/french';
import { displayName } from '../../ui/person-name';
import { prepareSearch, searchPeople } from './person-matching';
import { paths } from '../../routes/paths';

/** Files shown at a time, and added by « Afficher … de plus »: browsing the list, and while a search is typed. */
const PAGE = 10;
const SEARCH_PAGE = 5;
const pageFor = (query: string) => (query.trim() === '' ? PAGE : SEARCH_PAGE);
// The search typed last (often a name), kept for the way back from a file: in the unlocked memory only
// (never in the address), gone with the lock.
const LAST_SEARCH = 'beneficiaries:last-search';
// How many files « Afficher … de plus » had shown, kept with the search: the way back shows the file just left.
const LAST_SHOWN = 'beneficiaries:last-shown';

/** The search box and the matching files. */
export function BeneficiaryList({ people }: { people: readonly PersonEntry[] }) {
  const { db } = useAppServices();
  const { keyring } = db;
  const [query, setQuery] = useState(() => keyring.memo<string>(LAST_SEARCH) ?? '');
  const [shown, setShown] = useState(() => keyring.memo<number>(LAST_SHOWN) ?? pageFor(query));
  const page = pageFor(query);
  const found = useMemo(() => searchPeople(people, query), [people, query]);
  const visible = found.slice(0, shown);
  usePreparedSearch(people);
  usePreparedFiles(db, visible);
  const { list, focusFrom } = useFocusAdded();
  // Said where the count is read, until the focus moves on: a screen reader hears why the focus went back to the list.
  const [focusLeft, setFocusLeft] = useState('');
  useFocusFollowsEntry(
    list,
    visible,
    (person) => person.id,
    (person) => setFocusLeft(leftText(person, found)),
  );
  const showMore = () => {
    focusFrom(shown);
    keyring.setMemo(LAST_SHOWN, shown + page);
    setShown(shown + page);
  };
  const onInput = (value: string) => {
    keyring.setMemo(LAST_SEARCH, value || undefined);
    keyring.setMemo(LAST_SHOWN, undefined);
    setQuery(value);
    setShown(pageFor(value));
    setFocusLeft('');
  };
  return (
    <>
      <div class="search-box" role="search">
        <label for="person-search">Rechercher par nom ou commune</label>
        <input
          id="person-search"
          class="search-box__input"
          type="search"
          autoComplete="off"
          value={query}
          onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <p class="search-results__count" aria-live="polite">
        {countText(found.length, people.length, query)}
        {focusLeft && ` ${focusLeft}`}
      </p>
      <ul ref={list} class="card-list person-list" aria-label="Dossiers" onFocusOut={() => setFocusLeft('')}>
        {visible.map((person, place) => (
          <li key={place}>
            <PersonCard person={person} />
          </li>
        ))}
      </ul>
      {found.length > shown && (
        <button type="button" class="button" onClick={showMore}>
          Afficher {Math.min(page, found.length - shown)} dossiers de plus
        </button>
      )}
    </>
  );
}

/** Once the list is on screen, what its search needs is made ready in idle time: the first letter typed finds it done. */
function usePreparedSearch(people: readonly PersonEntry[]): void {
  useEffect(() => whenIdle(() => prepareSearch(people), 2_000), [people]);
}

/** How long the list stays unchanged (the aidant stopped typing) before the files it shows are opened ahead. */
const SETTLED_MS = 300;

/** The files on screen are opened in idle time once the list settles: the one tapped next opens at once. */
function usePreparedFiles(db: DeclicDatabase, visible: readonly PersonEntry[]): void {
  const ids = visible.map((person) => person.id).join(' ');
  useEffect(() => {
    if (!ids) return;
    let cancelIdle: (() => void) | undefined;
    const timer = setTimeout(() => {
      cancelIdle = whenIdle(() => void prepareBeneficiaries(db, ids.split(' ')), 2_000);
    }, SETTLED_MS);
    return () => {
      clearTimeout(timer);
      cancelIdle?.();
    };
  }, [db, ids]);
}

/** Where the person whose card had the focus went: further down the list, or out of it (a file erased, merged). */
function leftText(person: PersonEntry, found: readonly PersonEntry[]): string {
  const name = displayName(person);
  return found.some((other) => other.id === person.id)
    ? `${name} est maintenant plus bas dans la liste.`
    : `Le dossier ${ofName(name)} n’est plus dans la liste.`;
}

function countText(found: number, total: number, query: string): string {
  if (total === 0) return 'Aucun dossier sur cette tablette pour l’instant.';
  if (query.trim() === '')
    return total === 1 ? '1 dossier, le plus récent en premier.' : `${frenchCount(total)} dossiers, les plus récents en premier.`;
  if (found === 0) return 'Aucun dossier ne correspond. Vérifiez l’orthographe ou cherchez par commune.';
  return found === 1 ? '1 dossier correspond.' : `${frenchCount(found)} dossiers correspondent.`;
}

/**
 * One file in the list, at one place of the list: a large link with the name, the commune and the last contact.
 * A card is drawn again only when the person at its place changed; then its elements stay and only their
 * text and link change.
 */
class PersonCard extends Component<{ person: PersonEntry }> {
  override shouldComponentUpdate(next: { person: PersonEntry }): boolean {
    return next.person !== this.props.person;
  }

  override render() {
    const { person } = this.props;
    return (
      <a class="card person-card" {...linkProps(paths.file({ id: person.id }))}>
        <span class="card__title">
          {displayName(person)}
          {person.status === 'clos' && <span class="badge"> Dossier clos</span>}
        </span>
        <span class="card__meta">
          {[person.commune, person.birthYear !== null ? `né·e en ${person.birthYear}` : null].filter(Boolean).join(' · ') ||
            'Commune non renseignée'}
        </span>
        <span class="card__text">
          {person.lastContactOn ? `Dernier contact le ${formatDay(person.lastContactOn)}` : 'Aucun contact enregistré'}
        </span>
      </a>
    );
  }
}
