// Links from a person's file to each saved diagnostic, most recent first: "Voir le diagnostic du 1er mars 2026".
import type { Diagnostic } from '../../db/diagnostics-repository';
import { formatDay } from '../../catalogue/format';
import { linkProps } from '../../ui/router';
import { diagnosticPath } from '../beneficiaries/person-file';

/** The link's words; a second diagnostic of the same day is told apart ("Voir le 2e diagnostic du …"). */
export function diagnosticLinkText(diagnostics: Diagnostic[], index: number): string {
  const day = diagnostics[index]!.date;
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
          <a {...linkProps(diagnosticPath(personId, link.id))}>{link.text}</a>
        </li>
      ))}
    </ul>
  );
}
