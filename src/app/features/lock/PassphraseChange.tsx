// Réglages, "Phrase secrète": changing it (the current one, the new one twice). The data key stays the same,
// wrapped again under the new passphrase: every file stays readable and nothing is encrypted again.
import { useAppServices } from '../../session/app-context';
import { PASSPHRASE_HINT } from '../../security/secret-rules';
import { SecretSettingsForm, useSettingsDisclosure } from './SecretSettingsForm';

const CHANGED = 'Phrase secrète changée. C’est la nouvelle qui vous sera demandée à la prochaine ouverture de Déclic.';

/** "Changer de phrase secrète" and its form. */
export function PassphraseChange() {
  const form = useSettingsDisclosure();
  return (
    <section aria-labelledby="passphrase-change-title">
      <h3 id="passphrase-change-title">Phrase secrète</h3>
      <p>
        Elle est demandée à chaque ouverture de Déclic. Si quelqu’un a pu la voir, changez-la : les dossiers de cette tablette restent
        lisibles, rien n’est perdu.
      </p>
      {form.open ? (
        <PassphraseForm onDone={() => form.close(CHANGED)} onCancel={() => form.close()} />
      ) : (
        <div class="form-actions">
          <button ref={form.opener} type="button" class="button" onClick={form.show}>
            Changer de phrase secrète
          </button>
        </div>
      )}
      <p role="status">{form.message}</p>
    </section>
  );
}

function PassphraseForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const { vault } = useAppServices();
  return (
    <SecretSettingsForm
      id="passphrase-change-form"
      fields={{
        current: { id: 'passphrase-change-current', label: 'Phrase secrète actuelle', remembered: 'current' },
        next: { id: 'passphrase-change-new', label: 'Nouvelle phrase secrète', hint: PASSPHRASE_HINT, remembered: 'new' },
        confirmation: { id: 'passphrase-change-again', label: 'Retapez la nouvelle phrase secrète', remembered: 'new' },
      }}
      submitLabel="Enregistrer la nouvelle phrase secrète"
      busyText="Protection des données en cours… cela peut prendre quelques secondes."
      onSave={async ({ current, next, confirmation }) => {
        await vault.changePassphrase(current, next, confirmation);
        onDone();
      }}
      onCancel={onCancel}
    />
  );
}
