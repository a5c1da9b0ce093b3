// A list of démarches as cards: title, operator, summary; each opens the démarche's page.
import type { Demarche } from '../../../shared/schema/content';
import { operatorLabels } from '../../catalogue/labels';
import { linkProps } from '../../ui/router';
import { paths } from '../../routes/paths';

/** The démarches, in title order; says so plainly when there are none. */
export function DemarcheList({ demarches, showOperator = true }: { demarches: Demarche[]; showOperator?: boolean }) {
  if (demarches.length === 0) return <p>Aucune démarche ici pour l’instant.</p>;
  const sorted = [...demarches].sort((a, b) => a.title.localeCompare(b.title, 'fr'));
  return (
    <ul class="card-list">
      {sorted.map((demarche) => (
        <li key={demarche.id}>
          <DemarcheCard demarche={demarche} showOperator={showOperator} />
        </li>
      ))}
    </ul>
  );
}

/** One démarche as a card that links to its page. */
export function DemarcheCard({ demarche, showOperator = true }: { demarche: Demarche; showOperator?: boolean }) {
  return (
    <a class="card" {...linkProps(paths.demarche({ demarcheId: demarche.id }))}>
      <span class="card__title">{demarche.title}</span>
      {showOperator && <span class="card__meta">{operatorLabels[demarche.operator].short}</span>}
      <span class="card__text">{demarche.summary}</span>
    </a>
  );
}
