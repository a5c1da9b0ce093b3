// The unlock screen at every start (and after 5 wrong PINs): the passphrase, or the way out when forgotten.
import { useState } from 'preact/hooks';
import type { Vault } from '../../security/vault';
import { SecretField, useSecretSubmit } from '../../forms/secret-form';

/** "Phrase secrète" and "Déverrouiller"; a wrong passphrase is said plainly. */
export function PassphraseUnlock(props: {
  vault: Vault;
  notice: string | null;
  onForgot: () => void;
  onUsePin?: (() => void) | undefined;
}) {
  const [passphrase, setPassphrase] = useState('');
  const { busy, error, submit } = useSecretSubmit(async () => {
    if (!passphrase) throw new Error('Saisissez votre phrase secrète.');
    await props.vault.unlockWithPassphrase(passphrase);
  });
  return (
    <main id="main" class="login">
      <h1 class="login__title">Déclic est verrouillé</h1>
      <p>Saisissez votre phrase secrète pour ouvrir les dossiers de cette tablette.</p>
      {props.notice && (
        <p class="login__notice" role="alert">
          {props.notice}
        </p>
      )}
      <form class="login__form" id="unlock-form" onSubmit={submit} noValidate>
        <SecretField
          id="passphrase"
          label="Phrase secrète"
          value={passphrase}
          onInput={setPassphrase}
          autoComplete="current-password"
          autoFocus
          invalid={error !== null}
        />
        <p class="login__error" role="alert">
          {error}
        </p>
        <button type="submit" class="button button--primary" aria-disabled={busy}>
          Déverrouiller
        </button>
        {busy && <p class="login__hint">Ouverture en cours… cela peut prendre quelques secondes.</p>}
      </form>
      <div class="form-actions">
        {props.onUsePin && (
          <button type="button" class="button" onClick={props.onUsePin}>
            Utiliser mon code
          </button>
        )}
        <button type="button" class="button" onClick={props.onForgot}>
          J’ai oublié ma phrase secrète
        </button>
      </div>
    </main>
  );
}
