// The report's headline figures: people, sessions, hours, ateliers, orientations, pass numériques, the
// aidants' training.
import { hours } from '../../../../shared/stats/csv';
import type { StatsTotals } from '../../../../shared/stats/report-schema';

/** One list of figures, each with its words. */
export function KeyFigures({ totals }: { totals: StatsTotals }) {
  const people = (n: number | null) => (n === null ? '< 5' : String(n));
  const items: [string, string][] = [
    [people(totals.people), 'personnes accompagnées'],
    [String(totals.sessions), 'séances'],
    [`${hours(totals.minutes)} h`, 'd’accompagnement'],
    [String(totals.ateliers), `ateliers (${totals.atelierSeats} places)`],
    [String(totals.orientations), `orientations, dont ${totals.staleOrientations} sans nouvelles depuis 30 jours`],
    [
      String(totals.passHandedOut),
      `pass remis (${(totals.passValueHandedOutCents / 100).toLocaleString('fr-FR')} €, ${people(totals.passPeople)} personnes)`,
    ],
    [String(totals.passUsed), 'pass utilisés'],
    [String(totals.passExpired), 'pass expirés'],
    [String(totals.passInStock), 'pass en stock aujourd’hui'],
    [String(totals.trainedAidants ?? 0), `aidants formés (${totals.modulesFinished ?? 0} modules « Se former » terminés)`],
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
