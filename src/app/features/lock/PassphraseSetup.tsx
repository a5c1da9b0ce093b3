// The step after a device's first login: the passphrase that protects the personal data on the tablet.
import { useState } from 'preact/hooks';
import { PASSPHRASE_HINT } from '../../security/secret-rules';
import type { Vault } from '../../security/vault';
import { SecretField, useSecretSubmit } from '../../forms/secret-form';

/** Passphrase typed twice, with a plain hint; setting it unlocks the app. */
export function PassphraseSetup({ vault }: { vault: Vault }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [shown, setShown] = useState(false);
  const { busy, error, submit } = useSecretSubmit(() => vault.setPassphrase(passphrase, confirmation));
  return (
    <main id="main" class="login">
      <h1 class="login__title">Choisissez votre phrase secrète</h1>
      <p>Elle protège sur cette tablette les données des personnes que vous aidez. Déclic vous la demandera à chaque ouverture.</p>
      <p>
        Personne ne peut la retrouver pour vous : si vous l’oubliez, il faudra vous déconnecter, et les modifications pas encore envoyées
        seront perdues.
      </p>
      <form class="login__form" onSubmit={submit} noValidate>
        <SecretField
          id="passphrase-new"
          label="Phrase secrète"
          value={passphrase}
          onInput={setPassphrase}
          hint={PASSPHRASE_HINT}
          shown={shown}
          autoComplete={shown ? 'off' : 'new-password'}
          autoFocus
          invalid={error !== null}
        />
        <SecretField
          id="passphrase-again"
          label="Retapez la phrase secrète"
          value={confirmation}
          onInput={setConfirmation}
          shown={shown}
          autoComplete={shown ? 'off' : 'new-password'}
          invalid={error !== null}
        />
        <p class="check">
          <input id="passphrase-show" type="checkbox" checked={shown} onChange={(e) => setShown(e.currentTarget.checked)} />
          <label for="passphrase-show">Afficher ce que je tape</label>
        </p>
        <p class="login__error" role="alert">
          {error}
        </p>
        <button type="submit" class="button button--primary" aria-disabled={busy}>
          Enregistrer la phrase secrète
        </button>
        {busy && <p class="login__hint">Protection des données en cours…</p>}
      </form>
    </main>
  );
}
