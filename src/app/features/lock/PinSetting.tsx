// Réglages, "Code de déverrouillage": whether a PIN reopens Déclic in this session, and a way to choose
// one (after "Continuer sans code"), change it or stop using it. The passphrase is asked again first.
import { useAppServices } from '../../session/app-context';
import { PIN_HINT } from '../../security/secret-rules';
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
  return (
    <SecretSettingsForm
      id="pin-setting-form"
      fields={{
        passphrase: { id: 'pin-setting-passphrase', label: 'Votre phrase secrète', remembered: 'current' },
        pin: { id: 'pin-setting-new', label: 'Code de 4 à 6 chiffres', hint: PIN_HINT, numeric: true },
        confirmation: { id: 'pin-setting-again', label: 'Retapez le code', numeric: true },
      }}
      submitLabel="Enregistrer le code"
      busyText="Vérification de la phrase secrète…"
      onSave={async ({ passphrase, pin, confirmation }) => {
        await vault.choosePinWithPassphrase(passphrase, pin, confirmation);
        onDone();
      }}
      onCancel={onCancel}
    />
  );
}
