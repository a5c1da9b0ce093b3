// The fields of the bénéficiaire form, grouped as the aidant fills them in: who, how to reach them,
// what they were told and agreed to, notes, and whether the file is open.
import type { BeneficiaryFormValues, FormErrors } from './beneficiary-form';
import { Checkbox, Choices, Radio, TextArea, TextField } from '../../forms/form-fields';

export interface BeneficiaryFieldsProps {
  values: BeneficiaryFormValues;
  errors: FormErrors;
  today: string;
  onChange: (change: Partial<BeneficiaryFormValues>) => void;
}

/** Every field of the form. */
export function BeneficiaryFields(props: BeneficiaryFieldsProps) {
  const { values: v, errors, onChange } = props;
  return (
    <>
      <WhoFields {...props} />
      <ContactFields {...props} />
      <ConsentFields {...props} />
      <TextArea
        id="b-notes"
        label="Notes"
        hint="Seulement ce qui sert à l’accompagnement."
        value={v.notes}
        error={errors.notes}
        onInput={(notes) => onChange({ notes })}
      />
      <Choices legend="Dossier">
        <Radio name="b-status" value="actif" label="Actif" checked={v.status === 'actif'} onSelect={() => onChange({ status: 'actif' })} />
        <Radio
          name="b-status"
          value="clos"
          label="Clos"
          detail="l’accompagnement est terminé"
          checked={v.status === 'clos'}
          onSelect={() => onChange({ status: 'clos' })}
        />
      </Choices>
    </>
  );
}

/** Who the person is: name or pseudonym, birth year, commune (never a NIR). */
function WhoFields({ values: v, errors, onChange }: BeneficiaryFieldsProps) {
  return (
    <fieldset class="form-group">
      <legend>La personne</legend>
      <TextField
        id="b-firstName"
        label="Prénom ou pseudonyme (obligatoire)"
        value={v.firstName}
        error={errors.firstName}
        required
        onInput={(firstName) => onChange({ firstName })}
      />
      <TextField
        id="b-lastName"
        label="Nom (facultatif)"
        value={v.lastName}
        error={errors.lastName}
        onInput={(lastName) => onChange({ lastName })}
      />
      <TextField
        id="b-birthYear"
        label="Année de naissance"
        hint="Par exemple 1952. Jamais de numéro de sécurité sociale."
        inputMode="numeric"
        value={v.birthYear}
        error={errors.birthYear}
        onInput={(birthYear) => onChange({ birthYear })}
      />
      <TextField id="b-commune" label="Commune" value={v.commune} error={errors.commune} onInput={(commune) => onChange({ commune })} />
    </fieldset>
  );
}

/** How to reach them, or that they have no phone or e-mail. */
function ContactFields({ values: v, errors, onChange }: BeneficiaryFieldsProps) {
  return (
    <fieldset class="form-group">
      <legend>Pour la joindre</legend>
      <TextField
        id="b-phone"
        label="Téléphone"
        type="tel"
        inputMode="tel"
        value={v.noPhone ? '' : v.phone}
        disabled={v.noPhone}
        error={errors.phone}
        onInput={(phone) => onChange({ phone })}
      />
      <Checkbox id="b-noPhone" label="Pas de téléphone" checked={v.noPhone} onChange={(noPhone) => onChange({ noPhone })} />
      <TextField
        id="b-email"
        label="Adresse e-mail"
        type="email"
        inputMode="email"
        value={v.noEmail ? '' : v.email}
        disabled={v.noEmail}
        error={errors.email}
        onInput={(email) => onChange({ email })}
      />
      <Checkbox id="b-noEmail" label="Pas d’adresse e-mail" checked={v.noEmail} onChange={(noEmail) => onChange({ noEmail })} />
    </fieldset>
  );
}

/** The information notice and an objection to the recording of their data, with their dates. */
function ConsentFields({ values: v, errors, today, onChange }: BeneficiaryFieldsProps) {
  return (
    <fieldset class="form-group">
      <legend>Information et consentement</legend>
      <TextField
        id="b-noticeGivenOn"
        label="Notice d’information remise le"
        type="date"
        max={today}
        value={v.noticeGivenOn}
        error={errors.noticeGivenOn}
        onInput={(noticeGivenOn) => onChange({ noticeGivenOn })}
      />
      {v.noticeGivenOn === '' && (
        <button type="button" class="button button--small" onClick={() => onChange({ noticeGivenOn: today })}>
          Notice remise aujourd’hui
        </button>
      )}
      <Checkbox
        id="b-objection"
        label="La personne s’oppose à l’enregistrement de ses données"
        checked={v.objection}
        onChange={(objection) => onChange({ objection, objectionOn: objection && v.objectionOn === '' ? today : v.objectionOn })}
      />
      {v.objection && (
        <TextField
          id="b-objectionOn"
          label="Opposition exprimée le"
          type="date"
          max={today}
          value={v.objectionOn}
          error={errors.objectionOn}
          onInput={(objectionOn) => onChange({ objectionOn })}
        />
      )}
    </fieldset>
  );
}
