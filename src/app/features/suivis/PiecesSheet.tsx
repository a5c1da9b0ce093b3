// The printable "Pièces à apporter" sheet: for the person, the documents still missing (empty boxes to
// tick at home), whom to see (address, hours, phone) and the date. A4, large type (styles.css).
import type { Demarche, Partner } from '../../../shared/schema/content';
import { formatDay } from '../../catalogue/format';
import type { LocalNote } from '../../catalogue/local-content';
import { LocalNoteList } from '../../catalogue/LocalNotes';

/** The sheet for `firstName`; `missing` are the documents not ticked yet; `today` is "YYYY-MM-DD". */
export function PiecesSheet({
  firstName,
  demarche,
  missing,
  partner,
  today,
  localNotes = [],
}: {
  firstName: string | null;
  demarche: Demarche;
  missing: { id: string; label: string }[];
  partner: Partner | undefined;
  today: string;
  /** The territory's notes on the démarche, printed under where to go. */
  localNotes?: readonly LocalNote[];
}) {
  return (
    <article class="pieces-sheet" aria-labelledby="pieces-title">
      <p class="no-print">
        <button type="button" class="button button--primary" onClick={() => window.print()}>
          Imprimer
        </button>
      </p>
      <h2 id="pieces-title" class="pieces-sheet__title">
        Pièces à apporter{firstName ? ` — ${firstName}` : ''}
      </h2>
      <p class="pieces-sheet__demarche">Pour la démarche : {demarche.title}</p>
      {missing.length === 0 ? (
        <p>Tous les documents sont déjà réunis.</p>
      ) : (
        <ul class="pieces-sheet__list" aria-label="Documents à apporter">
          {missing.map((document) => (
            <li key={document.id}>
              <span class="pieces-sheet__box" aria-hidden="true" />
              {document.label}
            </li>
          ))}
        </ul>
      )}
      {partner && (
        <section class="pieces-sheet__partner" aria-labelledby="pieces-partner">
          <h3 id="pieces-partner">Où aller</h3>
          <p class="pieces-sheet__partner-name">{partner.name}</p>
          <p>
            {partner.address} ({partner.commune})
          </p>
          <p>Horaires : {partner.hours}</p>
          {partner.phone && <p>Téléphone : {partner.phone}</p>}
        </section>
      )}
      {localNotes.length > 0 && (
        <section class="pieces-sheet__local" aria-labelledby="pieces-local">
          <h3 id="pieces-local">À savoir ici</h3>
          <LocalNoteList notes={localNotes} />
        </section>
      )}
      <p class="pieces-sheet__date">Fiche faite le {formatDay(today)}.</p>
    </article>
  );
}
