// Réglages, "Code de déverrouillage": whether a PIN reopens Déclic in this session, and a way to choose
// one (after "Continuer sans code"), change it or stop using it. The passphrase is asked again first.
import { useState } from 'preact/hooks';
import { useAppServices } from '../../session/app-context';
import { PIN_HINT } from '../../security/secret-rules';
import { SecretField, useSecretSubmit } from './secret-form';
import { SecretSettingsForm, useSettingsDisclosure } from './SecretSettingsForm';

const PIN_SAVED = 'Code enregistré : il rouvrira Déclic après un verrouillage, tant que l’application reste ouverte.';
const PIN_FORGOTTEN = 'Code retiré : après un verrouillage, c’est votre phrase secrète qui sera demandée.';

/** The PIN of this session: said, chosen or changed (passphrase, code, code again), or dropped. */
export function PinSetting() {
  const { vault } = useAppServices();
  const form = useSettingsDisclosure();
  const hasPin = vault.hasPin;
  return (
    <section aria-labelledby="pin-setting-title">
      <h3 id="pin-setting-title">Code de déverrouillage</h3>
      <p>
        {hasPin
          ? 'Un code est choisi : il rouvre Déclic après un verrouillage, tant que l’application reste ouverte.'
          : 'Aucun code pour l’instant : après un verrouillage, c’est votre phrase secrète qui est demandée.'}
      </p>
      {form.open ? (
        <PinForm onDone={() => form.close(PIN_SAVED)} onCancel={() => form.close()} />
      ) : (
        <div class="form-actions">
          <button ref={form.opener} type="button" class="button" onClick={form.show}>
            {hasPin ? 'Changer de code' : 'Choisir un code'}
          </button>
          {hasPin && (
            <button
              type="button"
              class="button"
              onClick={() => {
                vault.forgetPin();
                form.say(PIN_FORGOTTEN);
              }}
            >
              Ne plus utiliser de code
            </button>
          )}
        </div>
      )}
      <p role="status">{form.message}</p>
    </section>
  );
}

function PinForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const { vault } = useAppServices();
  const [passphrase, setPassphrase] = useState('');
  const [pin, setPin] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [shown, setShown] = useState(false);
  const { busy, error, submit } = useSecretSubmit(async () => {
    await vault.choosePinWithPassphrase(passphrase, pin, confirmation);
    onDone();
  });
  return (
    <SecretSettingsForm
      id="pin-setting-form"
      submitLabel="Enregistrer le code"
      busyText="Vérification de la phrase secrète…"
      busy={busy}
      error={error}
      shown={shown}
      onShownChange={setShown}
      onSubmit={(event) => void submit(event)}
      onCancel={onCancel}
    >
      <SecretField
        id="pin-setting-passphrase"
        label="Votre phrase secrète"
        value={passphrase}
        onInput={setPassphrase}
        shown={shown}
        autoComplete={shown ? 'off' : 'current-password'}
        invalid={error !== null}
      />
      <SecretField
        id="pin-setting-new"
        label="Code de 4 à 6 chiffres"
        value={pin}
        onInput={setPin}
        hint={PIN_HINT}
        numeric
        shown={shown}
        invalid={error !== null}
      />
      <SecretField
        id="pin-setting-again"
        label="Retapez le code"
        value={confirmation}
        onInput={setConfirmation}
        numeric
        shown={shown}
        invalid={error !== null}
      />
    </SecretSettingsForm>
  );
}
