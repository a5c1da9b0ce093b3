// "J'ai oublié ma phrase secrète": what that means, and the only way out — log out, which wipes the tablet.
import { LogoutSection } from './LogoutSection';

/** The explanation, the logout (with the loss of unsent changes confirmed) and the way back. */
export function ForgotPassphrase({ onBack, onLoggedOut }: { onBack: () => void; onLoggedOut?: () => void }) {
  return (
    <main id="main" class="login">
      <h1 class="login__title">Phrase secrète oubliée</h1>
      <p>
        Personne ne peut retrouver votre phrase secrète : elle n’est enregistrée nulle part, et sans elle les données de cette tablette ne
        peuvent pas être lues.
      </p>
      <p>
        Vous pouvez vous déconnecter : cela <strong>efface toutes les données de cette tablette</strong>. Les dossiers déjà synchronisés
        sont en sécurité sur le serveur : vous les retrouverez en vous reconnectant, avec une nouvelle phrase secrète. Les modifications qui
        n’ont pas encore été envoyées, elles, seront perdues.
      </p>
      <LogoutSection label="Se déconnecter et effacer cette tablette" hint={null} onDone={onLoggedOut} />
      <div class="form-actions">
        <button type="button" class="button" onClick={onBack}>
          Retour : j’ai retrouvé ma phrase
        </button>
      </div>
    </main>
  );
}
