// Shown instead of the app while the account's password is temporary (a new account, a reset): the login said
// `mustChangePassword`, or a sync was answered 403 mot_de_passe_a_changer. Nothing syncs until it is changed;
// the other way out is to log out (never losing changes not sent).
import { useState } from 'preact/hooks';
import { useAppServices } from '../../session/app-context';
import { logOut, unsentChangesText } from '../../session/logout';
import { PasswordChangeForm } from './PasswordChangeForm';

/** The temporary password given by the coordinator, then the aidant's own. */
export function PasswordChangeScreen() {
  const services = useAppServices();
  const [problem, setProblem] = useState<string | null>(null);
  const leave = async () => {
    const outcome = await logOut(services);
    if (outcome.kind === 'unsent') {
      setProblem(`${unsentChangesText(outcome.pending)} : choisissez d’abord votre mot de passe pour les envoyer.`);
    }
  };
  return (
    <main id="main" class="login">
      <h1 class="login__title">Choisissez votre mot de passe</h1>
      <p>
        Le mot de passe que vous avez reçu est provisoire. Choisissez-en un que vous seul connaissez : il vous sera demandé à chaque
        connexion d’un nouvel appareil.
      </p>
      <PasswordChangeForm
        idPrefix="first-password"
        currentLabel="Mot de passe provisoire"
        onChanged={() => void services.session.passwordChanged()}
      />
      <div class="form-actions">
        <button type="button" class="button button--quiet" onClick={() => void leave()}>
          Se déconnecter
        </button>
      </div>
      {problem && (
        <p class="login__error" role="alert">
          {problem}
        </p>
      )}
    </main>
  );
}
