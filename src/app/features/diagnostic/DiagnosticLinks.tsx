// The « Progression » section of a person's file: progress between the last two diagnostics, and links to each
// saved diagnostic, most recent first: "Voir le diagnostic du 1er mars 2026".
import type { Diagnostic } from '../../db/diagnostics-repository';
import { formatDay } from '../../catalogue/format';
import { linkProps } from '../../ui/router';
import { paths } from '../../routes/paths';
import { DiagnosticProgress } from './DiagnosticProgress';

/** The link's words; a second diagnostic of the same day is told apart ("Voir le 2e diagnostic du …"). */
export function diagnosticLinkText(diagnostics: Diagnostic[], index: number): string {
  const day = diagnostics[index]?.date ?? '';
  const rank = diagnostics.slice(0, index + 1).filter((d) => d.date === day).length;
  return `Voir le ${rank > 1 ? `${rank}e ` : ''}diagnostic du ${formatDay(day)}`;
}

/** The list of links (`diagnostics` oldest first, as the file holds them); nothing when there is none. */
export function DiagnosticLinks({ personId, diagnostics }: { personId: string; diagnostics: Diagnostic[] }) {
  if (diagnostics.length === 0) return null;
  const links = diagnostics.map((d, i) => ({ id: d.id, text: diagnosticLinkText(diagnostics, i) })).reverse();
  return (
    <ul class="diagnostic-links" aria-label="Diagnostics enregistrés">
      {links.map((link) => (
        <li key={link.id}>
          <a {...linkProps(paths.diagnostic({ id: personId, diagnosticId: link.id }))}>{link.text}</a>
        </li>
      ))}
    </ul>
  );
}

/** The section, for the file page. */
export function DiagnosticsSection({ personId, diagnostics }: { personId: string; diagnostics: Diagnostic[] }) {
  return (
    <section aria-labelledby="file-progress">
      <h2 id="file-progress">Progression</h2>
      <DiagnosticProgress diagnostics={diagnostics} />
      <DiagnosticLinks personId={personId} diagnostics={diagnostics} />
    </section>
  );
}
