// The account's own password: the current one, the new one twice. Sent online to the endpoint; its refusals
// (mot_de_passe_faible, mot_de_passe_incorrect, mot_de_passe_identique) are shown in its plain French.
import { useState } from 'preact/hooks';
import { SecretField, useSecretSubmit } from '../../forms/secret-form';
import { useAppServices } from '../../session/app-context';
import { changeOwnPassword } from '../../sync/admin-client';

const PASSWORD_HINT =
  'Au moins 12 caractères mêlant minuscules, majuscules, chiffres ou caractères spéciaux (3 sortes sur 4), ou une phrase d’au moins 16 caractères.';

/** The form; `onChanged` runs once the endpoint accepted the new password. */
export function PasswordChangeForm({
  idPrefix,
  currentLabel,
  onChanged,
}: {
  idPrefix: string;
  currentLabel: string;
  onChanged: () => void;
}) {
  const { session, transport } = useAppServices();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const { busy, error, submit } = useSecretSubmit(async () => {
    if (!current || !next) throw new Error('Indiquez le mot de passe actuel et le nouveau.');
    if (next !== again) throw new Error('Les deux nouveaux mots de passe ne sont pas identiques.');
    const view = session.get();
    if (view.kind !== 'active') throw new Error('Connectez-vous pour changer de mot de passe.');
    await changeOwnPassword({ transport, token: view.session.token }, { current, next });
    setCurrent('');
    setNext('');
    setAgain('');
    onChanged();
  });
  return (
    <form class="login__form" onSubmit={submit} noValidate>
      <SecretField id={`${idPrefix}-current`} label={currentLabel} value={current} onInput={setCurrent} autoComplete="current-password" />
      <SecretField
        id={`${idPrefix}-new`}
        label="Nouveau mot de passe"
        hint={PASSWORD_HINT}
        value={next}
        onInput={setNext}
        autoComplete="new-password"
      />
      <SecretField
        id={`${idPrefix}-again`}
        label="Retapez le nouveau mot de passe"
        value={again}
        onInput={setAgain}
        autoComplete="new-password"
      />
      <p class="login__error" role="alert">
        {error}
      </p>
      <div class="form-actions">
        <button type="submit" class="button button--primary" disabled={busy}>
          {busy ? 'Enregistrement…' : 'Enregistrer le nouveau mot de passe'}
        </button>
      </div>
    </form>
  );
}
