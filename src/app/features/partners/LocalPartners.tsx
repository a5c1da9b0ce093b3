// The territory's own partners in the directory: listed above the national ones (same words and commune
// filter), one page each, added and changed by a coordinateur or an admin.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LocalPartner } from '../../catalogue/local-content';
import { LocalPartnerCard } from '../../catalogue/LocalNotes';
import { partnerHours } from '../../catalogue/partner-hours';
import type { PartnerFilter } from '../../catalogue/partner-filter';
import { useLocalAuthor } from '../../forms/local-author';
import { LocalPartnerForm } from '../../forms/LocalPartnerForm';
import { paths } from '../../routes/paths';
import { foldText } from '../../search/normalize';
import { useFocusAdded } from '../../ui/focus-added';
import { Page } from '../../ui/PagePlaceholder';
import { DirectoryImport } from './DirectoryImport';
import { linkProps, navigate } from '../../ui/router';

/** The local partners that match the directory's words and commune (the theme filter is the pack's). */
export function matchingLocalPartners(partners: readonly LocalPartner[], filter: PartnerFilter): readonly LocalPartner[] {
  const words = foldText(filter.query).split(/\s+/).filter(Boolean);
  return partners.filter((p) => {
    if (filter.commune && p.commune !== filter.commune) return false;
    const text = foldText(
      [p.name, p.commune, p.address, p.appointment, p.bring, p.notes, ...(p.services ?? []), ...(p.modalities ?? [])]
        .filter(Boolean)
        .join(' '),
    );
    return words.every((word) => text.includes(word));
  });
}

/**
 * Local partners shown at a time: a directory import can bring thousands, and drawing them all would slow the
 * page down, and each batch of the import with it.
 */
const PAGE = 20;

/**
 * The local partners section of the directory, with « Ajouter un partenaire local » and « Importer un annuaire »
 * for those who may. Their form and the import's progress come above the list: an import makes the list grow
 * batch by batch, and would push them out of sight below it.
 */
export function LocalPartnerList({ partners }: { partners: readonly LocalPartner[] }) {
  const writer = useLocalAuthor();
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const { list, focusFrom } = useFocusAdded();
  // Once the import's panel is closed, the keyboard goes back to the button that opened it.
  const importButton = useRef<HTMLButtonElement>(null);
  const [importClosed, setImportClosed] = useState(false);
  useEffect(() => {
    if (importClosed) importButton.current?.focus();
  }, [importClosed]);
  if (partners.length === 0 && !writer) return null;
  return (
    <section aria-labelledby="local-partners" class="local">
      <h2 id="local-partners">Partenaires du territoire</h2>
      {writer && adding && <LocalPartnerForm onDone={(id) => (id ? navigate(paths.partner({ partnerId: id })) : setAdding(false))} />}
      {writer && importing && (
        <DirectoryImport
          onClose={() => {
            setImporting(false);
            setImportClosed(true);
          }}
        />
      )}
      {writer && !adding && !importing && (
        <div class="form__actions">
          <button type="button" class="button" onClick={() => setAdding(true)}>
            Ajouter un partenaire local
          </button>
          <button
            type="button"
            class="button"
            ref={importButton}
            onClick={() => {
              setImporting(true);
              setImportClosed(false);
            }}
          >
            Importer un annuaire
          </button>
        </div>
      )}
      <ul ref={list} class="card-list">
        {partners.slice(0, shown).map((partner) => (
          <li key={partner.id}>
            <a class="card" {...linkProps(paths.partner({ partnerId: partner.id }))}>
              <span class="card__title">{partner.name}</span>
              <span class="card__meta">Partenaire local{partner.commune ? ` · ${partner.commune}` : ''}</span>
              {partnerHours(partner) && <span class="card__text">{partnerHours(partner)}</span>}
            </a>
          </li>
        ))}
      </ul>
      {partners.length > shown && (
        <button
          type="button"
          class="button"
          onClick={() => {
            focusFrom(shown);
            setShown(shown + PAGE);
          }}
        >
          Afficher {Math.min(PAGE, partners.length - shown)} partenaires de plus
        </button>
      )}
    </section>
  );
}

/** /partenaires/<id> of a local partner: its card, and its form for those who may change it. */
export function LocalPartnerPage({ partner, back }: { partner: LocalPartner; back: ComponentChildren }) {
  const writer = useLocalAuthor();
  const [editing, setEditing] = useState(false);
  return (
    <Page title={partner.name ?? 'Partenaire local'}>
      {back}
      <p class="lead">Partenaire local</p>
      {editing ? (
        <LocalPartnerForm partner={partner} onDone={() => setEditing(false)} onDeleted={() => navigate(paths.partners())} />
      ) : (
        <LocalPartnerCard partner={partner} />
      )}
      {writer && !editing && (
        <button type="button" class="button no-print" onClick={() => setEditing(true)}>
          Modifier ce partenaire
        </button>
      )}
    </Page>
  );
}
