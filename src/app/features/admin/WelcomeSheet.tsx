// The welcome sheet of a new aidant (or after a password reset): the app's address, the e-mail and the
// temporary password, shown once on screen and printed alone on an A4 page (print CSS in styles.css).

/** The sheet and its print button. */
export function WelcomeSheet({ name, email, password, onClose }: { name: string; email: string; password: string; onClose: () => void }) {
  return (
    <section class="welcome-sheet" aria-labelledby="welcome-sheet-title">
      <h2 id="welcome-sheet-title">Bienvenue dans Déclic, {name}</h2>
      <p class="no-print" role="status">
        Ce mot de passe provisoire n’est affiché qu’une fois : imprimez la fiche ou notez-le maintenant.
      </p>
      <dl class="facts">
        <dt>Adresse de l’application</dt>
        <dd>{location.origin}</dd>
        <dt>Adresse e-mail</dt>
        <dd>{email}</dd>
        <dt>Mot de passe provisoire</dt>
        <dd class="welcome-sheet__password">{password}</dd>
      </dl>
      <p>
        Ouvrez l’adresse sur votre tablette, connectez-vous avec cette adresse e-mail et ce mot de passe : Déclic vous demandera aussitôt
        d’en choisir un nouveau, que vous seul connaîtrez. Gardez cette fiche à l’abri, puis détruisez-la.
      </p>
      <div class="form-actions no-print">
        <button type="button" class="button button--primary" onClick={() => window.print()}>
          Imprimer la fiche d’accueil
        </button>
        <button type="button" class="button" onClick={onClose}>
          Fermer
        </button>
      </div>
    </section>
  );
}
