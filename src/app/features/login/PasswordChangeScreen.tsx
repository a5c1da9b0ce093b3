// Shown instead of the app while the account's password is temporary (a new account, a reset): the login said
// `mustChangePassword`, or a sync was answered 403 mot_de_passe_a_changer. Nothing syncs until it is changed.
import { useAppServices } from '../../session/app-context';
import { PasswordChangeForm } from './PasswordChangeForm';

/** The temporary password given by the coordinator, then the aidant's own. */
export function PasswordChangeScreen() {
  const { session } = useAppServices();
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
        onChanged={() => void session.passwordChanged()}
      />
    </main>
  );
}
