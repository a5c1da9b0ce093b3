// The lock screen while the app stays open: the PIN of this session, or the passphrase instead.
import { useState } from 'preact/hooks';
import { WrongPinError, type Vault } from '../../security/vault';
import { SecretField, useSecretSubmit } from '../../forms/secret-form';

/** "Code" and "Déverrouiller"; each wrong PIN says how many tries are left. */
export function PinUnlock({ vault, onUsePassphrase }: { vault: Vault; onUsePassphrase: () => void }) {
  const [pin, setPin] = useState('');
  const { busy, error, submit } = useSecretSubmit(async () => {
    if (!pin) throw new Error('Saisissez votre code.');
    try {
      await vault.unlockWithPin(pin);
    } catch (failure) {
      if (failure instanceof WrongPinError) setPin('');
      throw failure;
    }
  });
  return (
    <main id="main" class="login">
      <h1 class="login__title">Déclic est verrouillé</h1>
      <p>Saisissez votre code pour reprendre là où vous en étiez.</p>
      <form class="login__form" id="unlock-form" onSubmit={submit} noValidate>
        <SecretField id="pin" label="Code" value={pin} onInput={setPin} numeric autoFocus invalid={error !== null} />
        <p class="login__error" role="alert">
          {error}
        </p>
        <button type="submit" class="button button--primary" aria-disabled={busy}>
          Déverrouiller
        </button>
      </form>
      <div class="form-actions">
        <button type="button" class="button" onClick={onUsePassphrase}>
          Utiliser ma phrase secrète
        </button>
      </div>
    </main>
  );
}
