// /beneficiaires/doublons: the files that may be one person (La Coop's rule, 2 of 4), each pair with what
// the two files share, « Fusionner » and « Ce ne sont pas les mêmes personnes ».
import { useState } from 'preact/hooks';
import { listBeneficiaries, type Beneficiary } from '../../db/beneficiaries-repository';
import { dismissDuplicate, saidDistinct } from '../../db/file-merge-repository';
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

const pairsByList = new WeakMap<readonly Beneficiary[], DuplicatePair<Beneficiary>[]>();

/** The possible duplicates among the files, the pairs said distinct left out (computed once per list). */
export function possibleDuplicates(people: readonly Beneficiary[]): DuplicatePair<Beneficiary>[] {
  let pairs = pairsByList.get(people);
  if (!pairs) {
    pairs = findDuplicatePairs(people, saidDistinct);
    pairsByList.set(people, pairs);
  }
  return pairs;
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
  const people = useDbValue(listBeneficiaries, []);
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
      {people ? <PairList pairs={possibleDuplicates(people)} /> : <p aria-busy="true">Chargement…</p>}
      <p>
        <a {...linkProps(paths.beneficiaries())}>← Tous les dossiers</a>
      </p>
    </Page>
  );
}

function PairList({ pairs }: { pairs: DuplicatePair<Beneficiary>[] }) {
  if (pairs.length === 0) return <p>Aucun doublon possible parmi les dossiers de la tablette.</p>;
  return (
    <ul class="duplicate-pairs">
      {pairs.map((pair) => (
        <PairItem key={`${pair.first.id}/${pair.second.id}`} pair={pair} />
      ))}
    </ul>
  );
}

function PairItem({ pair }: { pair: DuplicatePair<Beneficiary> }) {
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
export function FileSummary({ person }: { person: Beneficiary }) {
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
