// The warning shown while a new file looks like one already on the tablet, with links to the existing ones.
import type { RefObject } from 'preact';
import type { PersonEntry } from '../../db/person-index';
import { formatDay } from '../../catalogue/format';
import { linkProps } from '../../ui/router';
import { displayName } from '../../ui/person-name';
import { type DuplicateCriterion, type DuplicateMatch } from './duplicate-files';
import { paths } from '../../routes/paths';

const criterionLabels: Record<DuplicateCriterion, string> = {
  nom: 'nom',
  prenom: 'prénom',
  telephone: 'téléphone',
  email: 'adresse e-mail',
};

/** "même nom, prénom et téléphone": what two files share, in words. */
export function criteriaText(criteria: readonly DuplicateCriterion[]): string {
  const words = criteria.map((c) => criterionLabels[c]);
  const list = words.length > 1 ? `${words.slice(0, -1).join(', ')} et ${words.at(-1)}` : (words[0] ?? '');
  return `même ${list}`;
}

/** "Cette personne a peut-être déjà un dossier", with each similar person and why. */
export function DuplicateWarning({
  duplicates,
  asksConfirmation,
  focusRef,
}: {
  duplicates: DuplicateMatch<PersonEntry>[];
  asksConfirmation: boolean;
  focusRef?: RefObject<HTMLDivElement>;
}) {
  return (
    <div class="duplicate-warning" role="region" aria-labelledby="duplicate-title" tabIndex={-1} ref={focusRef}>
      <h2 id="duplicate-title">
        <span aria-hidden="true">⚠️ </span>Cette personne a peut-être déjà un dossier
      </h2>
      <ul>
        {duplicates.map(({ person, criteria }) => (
          <li key={person.id}>
            <a {...linkProps(paths.file({ id: person.id }))}>{displayName(person)}</a>
            {person.birthYear !== null && ` (${person.birthYear})`}
            {person.commune && `, ${person.commune}`}
            {person.lastContactOn && ` — dernier contact le ${formatDay(person.lastContactOn)}`} : {criteriaText(criteria)}
          </li>
        ))}
      </ul>
      <p>
        {asksConfirmation
          ? 'Vérifiez avec la personne. S’il s’agit bien de quelqu’un d’autre, appuyez sur « Créer quand même ».'
          : 'Ouvrez le dossier existant plutôt que d’en créer un second.'}
      </p>
    </div>
  );
}
