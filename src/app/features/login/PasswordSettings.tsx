// Réglages, "Mot de passe du compte": the aidant changes their own password (online, the current one required).
import { useState } from 'preact/hooks';
import { PasswordChangeForm } from './PasswordChangeForm';

/** The section of Réglages; the form opens on demand. */
export function PasswordSettings() {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  return (
    <section aria-labelledby="password-settings-title">
      <h2 id="password-settings-title">Mot de passe du compte</h2>
      <p>Il sert à connecter un appareil. Il faut du réseau pour le changer.</p>
      {open ? (
        <PasswordChangeForm
          idPrefix="password-change"
          currentLabel="Mot de passe actuel"
          onChanged={() => {
            setOpen(false);
            setMessage('Mot de passe changé. C’est le nouveau qui vous sera demandé à la prochaine connexion.');
          }}
        />
      ) : (
        <div class="form-actions">
          <button
            type="button"
            class="button"
            onClick={() => {
              setMessage('');
              setOpen(true);
            }}
          >
            Changer de mot de passe
          </button>
        </div>
      )}
      <p role="status">{message}</p>
    </section>
  );
}
