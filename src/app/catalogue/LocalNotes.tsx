// Local content on screen: the notes under a national démarche and a local partner's card, each with who
// wrote it and when, the Markdown rendered by the guides' safe renderer (text only, never HTML).
import { Fragment, type ComponentChildren } from 'preact';
import { parseMarkdown } from '../../shared/markdown/blocks';
import { MarkdownView } from '../ui/MarkdownView';
import { formatDay } from './format';
import type { LocalNote, LocalPartner } from './local-content';
import { partnerHours } from './partner-hours';

/** "Écrit par … le …", and for whom: the structure or the whole territory. */
export function Authorship({ record }: { record: { author: string | null; updatedOn: string | null; territory: boolean | null } }) {
  return (
    <p class="local__by">
      {record.territory ? 'Pour tout le territoire' : 'Pour la structure'}
      {record.author ? ` · écrit par ${record.author}` : ''}
      {record.updatedOn ? ` le ${formatDay(record.updatedOn)}` : ''}
    </p>
  );
}

/** Safe Markdown of a local text. */
export function LocalMarkdown({ text }: { text: string }) {
  return <MarkdownView blocks={parseMarkdown(text)} />;
}

/** The local notes of a démarche, newest first, with their authors; `actions` adds a button to each (edit). */
export function LocalNoteList({ notes, actions }: { notes: readonly LocalNote[]; actions?: (note: LocalNote) => ComponentChildren }) {
  return (
    <ul class="local-notes">
      {notes.map((note) => (
        <li key={note.id} class="local-note">
          <LocalMarkdown text={note.body ?? ''} />
          {(note.conflicts.body ?? []).map((other) => (
            <p key={String(other.value)} class="local__conflict no-print">
              Autre version écrite en même temps : « {String(other.value)} ». Modifiez la note pour garder ce qui compte.
            </p>
          ))}
          <Authorship record={note} />
          {actions?.(note)}
        </li>
      ))}
    </ul>
  );
}

const SOURCE_NAMES = { lieux: 'Lieux de médiation numérique', 'data-inclusion': 'data·inclusion' } as const;

/** A local partner's card: address, hours, phone, how to get an appointment, what to bring, notes. */
export function LocalPartnerCard({ partner }: { partner: LocalPartner }) {
  const place = [partner.postalCode, partner.commune].filter(Boolean).join(' ');
  const facts: [string, string | null][] = [
    ['Adresse', [partner.address, place && `(${place})`].filter(Boolean).join(' ') || null],
    ['Horaires', partnerHours(partner)],
    ['Services', partner.services?.join(' · ') ?? null],
    ['Accompagnement', partner.modalities?.join(' · ') ?? null],
    ['Rendez-vous', partner.appointment],
    ['À apporter', partner.bring],
    ['Courriel', partner.email],
    ['Site internet', partner.website],
  ];
  return (
    <section class="partner local-partner" aria-label={`Partenaire local : ${partner.name ?? ''}`}>
      <p class="partner__name">{partner.name}</p>
      <dl class="facts">
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
        {partner.phone && (
          <>
            <dt>Téléphone</dt>
            <dd>
              <a href={`tel:${partner.phone.replace(/[^\d+]/g, '')}`}>{partner.phone}</a>
            </dd>
          </>
        )}
      </dl>
      {partner.notes && <LocalMarkdown text={partner.notes} />}
      {partner.source && (
        <p class="local__by">
          Importé de l’annuaire {SOURCE_NAMES[partner.source]}
          {partner.sourceUpdatedOn ? `, mis à jour le ${formatDay(partner.sourceUpdatedOn)}` : ''}
        </p>
      )}
      <Authorship record={partner} />
    </section>
  );
}
