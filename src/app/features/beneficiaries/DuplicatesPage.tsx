// /beneficiaires/doublons: the files that may be one person (La Coop's rule, 2 of 4), each pair with what
// the two files share, « Fusionner » and « Ce ne sont pas les mêmes personnes ».
import { useState } from 'preact/hooks';
import { getBeneficiary } from '../../db/beneficiaries-repository';
import type { DeclicDatabase } from '../../db/database';
import { dismissDuplicate, saidDistinct } from '../../db/file-merge-repository';
import { listPeopleByName } from '../../db/people-lists';
import type { PersonEntry } from '../../db/person-index';
import { formatDay } from '../../catalogue/format';
import { paths } from '../../routes/paths';
import { useAppServices } from '../../session/app-context';
import { useFlash } from '../../ui/flash';
import { Page } from '../../ui/PagePlaceholder';
import { displayName } from '../../ui/person-name';
import { linkProps } from '../../ui/router';
import { useDbValue } from '../../ui/use-db-query';
import { criteriaText } from './DuplicateWarning';
import { findDuplicatePairs, type DuplicatePair } from './duplicate-files';

/** What a file's line shows (FileSummary): the index of the files holds it, and so does a whole file. */
type FileLine = Pick<PersonEntry, 'id' | 'firstName' | 'lastName' | 'birthYear' | 'commune' | 'lastContactOn'>;

const pairsByList = new WeakMap<readonly PersonEntry[], DuplicatePair<PersonEntry>[]>();

/**
 * The possible duplicates among the files, the pairs said distinct left out. The pairs come from the sealed index
 * of the files (one blob, worked out once per list); only the files of a pair are opened, to read whom the aidants
 * said they are not (thousands of files: a few dozen opened instead of all).
 */
export async function loadPossibleDuplicates(db: DeclicDatabase): Promise<DuplicatePair<PersonEntry>[]> {
  const people = await listPeopleByName(db);
  let pairs = pairsByList.get(people);
  if (!pairs) {
    pairs = findDuplicatePairs(people);
    pairsByList.set(people, pairs);
  }
  const inPairs = [...new Set(pairs.flatMap((pair) => [pair.first.id, pair.second.id]))];
  const files = new Map(
    (await Promise.all(inPairs.map((id) => getBeneficiary(db, id)))).flatMap((file) => (file ? [[file.id, file] as const] : [])),
  );
  return pairs.filter((pair) => {
    const [first, second] = [files.get(pair.first.id), files.get(pair.second.id)];
    return !(first && second && saidDistinct(first, second));
  });
}

/**
 * « Doublons possibles » beside « Nouveau dossier ». Without a count: the pairs are looked for only when the
 * page opens (about a quarter of a second over 5,000 files), never while the list is in use.
 */
export function DuplicatesLink() {
  return (
    <a class="button" {...linkProps(paths.duplicates())}>
      Doublons possibles
    </a>
  );
}

/** The list of pairs. */
export function DuplicatesPage() {
  const pairs = useDbValue(loadPossibleDuplicates, []);
  const flash = useFlash();
  return (
    <Page title="Doublons possibles">
      {flash && (
        <p class="notice notice--ok" role="status">
          {flash}
        </p>
      )}
      <p>
        Deux dossiers sont signalés quand au moins deux de ces informations se ressemblent : le nom, le prénom, le téléphone, l’adresse
        e-mail. Vérifiez avec la personne avant de fusionner.
      </p>
      {pairs ? <PairList pairs={pairs} /> : <p aria-busy="true">Chargement…</p>}
      <p>
        <a {...linkProps(paths.beneficiaries())}>← Tous les dossiers</a>
      </p>
    </Page>
  );
}

function PairList({ pairs }: { pairs: DuplicatePair<PersonEntry>[] }) {
  if (pairs.length === 0) return <p>Aucun doublon possible parmi les dossiers de la tablette.</p>;
  return (
    <ul class="duplicate-pairs">
      {pairs.map((pair) => (
        <PairItem key={`${pair.first.id}/${pair.second.id}`} pair={pair} />
      ))}
    </ul>
  );
}

function PairItem({ pair }: { pair: DuplicatePair<PersonEntry> }) {
  const { db } = useAppServices();
  const [failure, setFailure] = useState<string | null>(null);
  const { first, second, criteria } = pair;
  const label = `${displayName(first)} et ${displayName(second)}`;
  const dismiss = () => dismissDuplicate(db, first.id, second.id).catch((error: unknown) => setFailure(messageOf(error)));
  return (
    <li class="duplicate-pair" aria-label={label}>
      <ul>
        <li>
          <FileSummary person={first} />
        </li>
        <li>
          <FileSummary person={second} />
        </li>
      </ul>
      <p>
        <strong>En commun :</strong> {criteriaText(criteria)}
      </p>
      <div class="form-actions">
        <a class="button button--primary" {...linkProps(paths.mergeFiles({ id: first.id, otherId: second.id }))}>
          Fusionner
        </a>
        <button type="button" class="button" onClick={() => void dismiss()}>
          Ce ne sont pas les mêmes personnes
        </button>
      </div>
      {failure && (
        <p class="notice-error" role="alert">
          {failure}
        </p>
      )}
    </li>
  );
}

/** A file in one line: its name (linked), birth year, commune, last contact. */
export function FileSummary({ person }: { person: FileLine }) {
  return (
    <>
      <a {...linkProps(paths.file({ id: person.id }))}>{displayName(person)}</a>
      {person.birthYear !== null && ` (${person.birthYear})`}
      {person.commune && `, ${person.commune}`}
      {person.lastContactOn && ` — dernier contact le ${formatDay(person.lastContactOn)}`}
    </>
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'L’enregistrement a échoué. Réessayez.';
}
