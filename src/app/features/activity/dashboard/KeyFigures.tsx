// The report's headline figures: people, sessions, hours, ateliers, orientations, pass numériques, the
// aidants' training.
import { frenchCount } from '../../../../shared/french-count';
import { hours } from '../../../../shared/stats/csv';
import type { StatsTotals } from '../../../../shared/stats/report-schema';

/** The aidants' training: how many aidants finished a module, and how many modules (singular under 2). */
function training(aidants: number, modules: number): [string, string] {
  const s = (n: number) => (n > 1 ? 's' : '');
  return [
    frenchCount(aidants),
    `aidant${s(aidants)} formé${s(aidants)} (${frenchCount(modules)} module${s(modules)} « Se former » terminé${s(modules)})`,
  ];
}

/** One list of figures, each with its words. */
export function KeyFigures({ totals }: { totals: StatsTotals }) {
  const people = (n: number | null) => (n === null ? '< 5' : frenchCount(n));
  const items: [string, string][] = [
    [people(totals.people), 'personnes accompagnées'],
    [frenchCount(totals.sessions), 'séances'],
    [`${hours(totals.minutes)} h`, 'd’accompagnement'],
    [frenchCount(totals.ateliers), `ateliers (${frenchCount(totals.atelierSeats)} places)`],
    [frenchCount(totals.orientations), `orientations, dont ${frenchCount(totals.staleOrientations)} sans nouvelles depuis 30 jours`],
    [
      frenchCount(totals.passHandedOut),
      `pass remis (${(totals.passValueHandedOutCents / 100).toLocaleString('fr-FR')} €, ${people(totals.passPeople)} personnes)`,
    ],
    [frenchCount(totals.passUsed), 'pass utilisés'],
    [frenchCount(totals.passExpired), 'pass expirés'],
    [frenchCount(totals.passInStock), 'pass en stock aujourd’hui'],
    training(totals.trainedAidants ?? 0, totals.modulesFinished ?? 0),
  ];
  return (
    <ul class="figures" aria-label="Chiffres clés">
      {items.map(([value, label]) => (
        <li key={label} class="figure">
          <span class="figure__value">{value}</span> <span class="figure__label">{label}</span>
        </li>
      ))}
    </ul>
  );
}
