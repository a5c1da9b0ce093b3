// Progress between a person's last two diagnostics at a glance: a before/after table per domain, with
// arrows and words (never colour alone).
import { autonomyLevels, skillDomains } from '../../../shared/schema/diagnostic';
import type { Diagnostic } from '../../db/diagnostics-repository';
import { formatDay } from '../../catalogue/format';
import { autonomyLabels, domainLabels, levelLabels } from '../../labels/diagnostic';

/** How one value moved between two diagnostics. */
export type Trend = 'progres' | 'recul' | 'stable';

/** The trend from `before` to `after` (higher is better). */
export function trendOf(before: number, after: number): Trend {
  return after > before ? 'progres' : after < before ? 'recul' : 'stable';
}

const trendText: Record<Trend, { arrow: string; word: string }> = {
  progres: { arrow: '↑', word: 'Progrès' },
  recul: { arrow: '↓', word: 'Recul' },
  stable: { arrow: '=', word: 'Stable' },
};

function TrendCell({ trend }: { trend: Trend }) {
  return (
    <td class={`trend trend--${trend}`} data-label="Évolution">
      <span aria-hidden="true">{trendText[trend].arrow} </span>
      {trendText[trend].word}
    </td>
  );
}

/** The table for the last two diagnostics (oldest first in `diagnostics`); a sentence when there are fewer. */
export function DiagnosticProgress({ diagnostics }: { diagnostics: Diagnostic[] }) {
  const [only, second] = diagnostics;
  if (!only) return <p>Aucun diagnostic pour l’instant.</p>;
  if (!second) {
    return (
      <p>
        Un diagnostic, le {formatDay(only.date)} : <strong>{autonomyLabels[only.autonomyLevel]}</strong>. La progression s’affichera après
        le prochain diagnostic.
      </p>
    );
  }
  const before = diagnostics.at(-2) ?? only;
  const after = diagnostics.at(-1) ?? second;
  const levelRank = (d: Diagnostic) => autonomyLevels.indexOf(d.autonomyLevel);
  // On a narrow screen each row is a card, each value after its column's name (data-label, styles.css).
  const beforeLabel = `Avant (${formatDay(before.date)})`;
  const afterLabel = `Après (${formatDay(after.date)})`;
  return (
    <table class="progress-table">
      <caption>
        Progression entre le diagnostic du {formatDay(before.date)} et celui du {formatDay(after.date)}
      </caption>
      <thead>
        <tr>
          <th scope="col">Domaine</th>
          <th scope="col">{beforeLabel}</th>
          <th scope="col">{afterLabel}</th>
          <th scope="col">Évolution</th>
        </tr>
      </thead>
      <tbody>
        {skillDomains.map((domain) => (
          <tr key={domain}>
            <th scope="row">{domainLabels[domain].title}</th>
            <td data-label={beforeLabel}>{levelLabels[before.skills[domain]]}</td>
            <td data-label={afterLabel}>{levelLabels[after.skills[domain]]}</td>
            <TrendCell trend={trendOf(before.skills[domain], after.skills[domain])} />
          </tr>
        ))}
        <tr class="progress-table__total">
          <th scope="row">Niveau d’autonomie</th>
          <td data-label={beforeLabel}>{autonomyLabels[before.autonomyLevel]}</td>
          <td data-label={afterLabel}>{autonomyLabels[after.autonomyLevel]}</td>
          <TrendCell trend={trendOf(levelRank(before), levelRank(after))} />
        </tr>
      </tbody>
    </table>
  );
}
