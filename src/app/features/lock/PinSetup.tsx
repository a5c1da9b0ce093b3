// Right after the passphrase: a short PIN for this session (it lives in memory only), or none.
import { useState } from 'preact/hooks';
import { PIN_HINT } from '../../security/secret-rules';
import { MAX_PIN_TRIES, type Vault } from '../../security/vault';
import { SecretField, useSecretSubmit } from '../../forms/secret-form';

/** PIN typed twice, or "Continuer sans code". */
export function PinSetup({ vault, lockAfterMinutes }: { vault: Vault; lockAfterMinutes: number }) {
  const [pin, setPin] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const { busy, error, submit } = useSecretSubmit(() => vault.choosePin(pin, confirmation));
  return (
    <main id="main" class="login">
      <h1 class="login__title">Un code pour rouvrir vite</h1>
      <p>
        Déclic se verrouille après {lockAfterMinutes} minute{lockAfterMinutes > 1 ? 's' : ''} sans activité, ou quand vous appuyez sur «
        Verrouiller ». Tant que l’application reste ouverte, ce code suffit pour la rouvrir.
      </p>
      <p>Après {MAX_PIN_TRIES} codes faux, ou quand Déclic a été fermé, c’est la phrase secrète qui sera demandée.</p>
      <form class="login__form" onSubmit={submit} noValidate>
        <SecretField
          id="pin-new"
          label="Code de 4 à 6 chiffres"
          value={pin}
          onInput={setPin}
          hint={PIN_HINT}
          numeric
          autoFocus
          invalid={error !== null}
        />
        <SecretField
          id="pin-again"
          label="Retapez le code"
          value={confirmation}
          onInput={setConfirmation}
          numeric
          invalid={error !== null}
        />
        <p class="login__error" role="alert">
          {error}
        </p>
        <button type="submit" class="button button--primary" aria-disabled={busy}>
          Enregistrer le code
        </button>
      </form>
      <div class="form-actions">
        <button type="button" class="button" onClick={() => vault.skipPin()}>
          Continuer sans code
        </button>
      </div>
    </main>
  );
}
