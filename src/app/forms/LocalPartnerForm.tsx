// The form of a local partner (coordinateur, admin): where it is, when it receives, how to get an appointment,
// what to bring. Only the fields changed against what the form opened with are written.
import { useState } from 'preact/hooks';
import { openingHoursText } from '../../shared/directory/opening-hours';
import { maxLengthOf } from '../../shared/schema/collections';
import { deleteLocalRecord, saveLocalPartner, type LocalPartner, type LocalPartnerInput } from '../db/local-content-repository';
import { ConfirmAction } from '../ui/ConfirmAction';
import { stampsOf } from '../db/record-state';
import { seenStamps } from './use-record-form';
import { useAppServices } from '../session/app-context';
import { Checkbox, TextArea, TextField } from './form-fields';
import { changedFields, storedText, useLocalAuthor } from './local-author';

type Values = { [K in keyof Required<LocalPartnerInput>]: string | null };
const FIELDS: { key: keyof Values; label: string; long?: boolean; hint?: string }[] = [
  { key: 'name', label: 'Nom du partenaire' },
  { key: 'commune', label: 'Commune du partenaire' },
  { key: 'address', label: 'Adresse' },
  { key: 'hours', label: 'Horaires' },
  { key: 'phone', label: 'Téléphone' },
  { key: 'appointment', label: 'Comment avoir un rendez-vous', long: true },
  { key: 'bring', label: 'Ce qu’il faut apporter', long: true },
  { key: 'notes', label: 'Notes', long: true, hint: 'Mise en forme : **gras**, listes avec « - ». Rien sur une personne accompagnée.' },
];

function valuesOf(partner: LocalPartner | undefined): Values {
  return Object.fromEntries(FIELDS.map(({ key }) => [key, partner?.[key] ?? null])) as Values;
}

/**
 * Adds a local partner, or changes `partner`; `onDone(id)` once saved, `onDone(null)` when abandoned;
 * `onDeleted` once the partner was removed.
 */
export function LocalPartnerForm(props: { partner?: LocalPartner; onDone: (id: string | null) => void; onDeleted?: () => void }) {
  const { partner, onDone } = props;
  const { db } = useAppServices();
  const writer = useLocalAuthor();
  // What the form opened with: a colleague's change to another field, synced meanwhile, is left alone.
  const [opened] = useState(() => ({ values: valuesOf(partner), stamps: partner ? stampsOf(partner) : null }));
  const base = opened.values;
  const [typed, setTyped] = useState<Record<string, string>>(() => Object.fromEntries(FIELDS.map(({ key }) => [key, base[key] ?? ''])));
  const [territory, setTerritory] = useState(writer?.admin ?? false);
  const [problems, setProblems] = useState<Record<string, string>>({});
  if (!writer) return null;
  const save = async (event: Event) => {
    event.preventDefault();
    const values = Object.fromEntries(FIELDS.map(({ key }) => [key, storedText(typed[key] ?? '')])) as Values;
    const found: Record<string, string> = {};
    if (!values.name) found.name = 'Donnez le nom du partenaire.';
    for (const { key } of FIELDS) {
      const max = maxLengthOf('localPartners', key) ?? Infinity;
      if ((values[key]?.length ?? 0) > max) found[key] = `${max} caractères au plus.`;
    }
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const changes = changedFields(base, values) as Partial<LocalPartnerInput>;
    if (partner && Object.keys(changes).length === 0) return onDone(partner.id);
    const by = writer.as(partner ? !!partner.territory : territory);
    onDone(await saveLocalPartner(db, partner?.id ?? null, changes, by, seenStamps(opened, Object.keys(changes))));
  };
  return (
    <form
      class="form local-form"
      onSubmit={(e) => void save(e)}
      aria-label={partner ? 'Modifier le partenaire local' : 'Ajouter un partenaire local'}
    >
      {FIELDS.map(({ key, label, long, hint: fixedHint }) => {
        // An imported partner's hours come from its directory: typed hours replace them on every tablet.
        const hint =
          key === 'hours' && partner?.openingHours
            ? `Laissé vide : ceux de l’annuaire, ${openingHoursText(partner.openingHours)}.`
            : fixedHint;
        const props = {
          id: `local-partner-${key}`,
          label,
          value: typed[key] ?? '',
          onInput: (value: string) => setTyped((before) => ({ ...before, [key]: value })),
          error: problems[key],
          ...(hint ? { hint } : {}),
        };
        return long ? (
          <TextArea key={key} {...props} rows={3} />
        ) : (
          <TextField key={key} {...props} type={key === 'phone' ? 'tel' : 'text'} />
        );
      })}
      {writer.admin && !partner && (
        <Checkbox
          id="local-partner-territory"
          label="Pour toutes les structures du territoire"
          checked={territory}
          onChange={setTerritory}
        />
      )}
      <div class="form__actions">
        <button type="submit" class="button button--primary">
          Enregistrer le partenaire
        </button>
        <button type="button" class="button" onClick={() => onDone(null)}>
          Annuler
        </button>
        {partner && (
          <ConfirmAction
            class="button button--danger-quiet"
            question="Supprimer ce partenaire sur toutes les tablettes ?"
            confirmLabel="Oui, supprimer le partenaire"
            onConfirm={() => void deleteLocalRecord(db, 'localPartners', partner.id).then(props.onDeleted)}
          >
            Supprimer le partenaire
          </ConfirmAction>
        )}
      </div>
    </form>
  );
}
