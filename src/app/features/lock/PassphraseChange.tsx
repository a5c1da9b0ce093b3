// Réglages, "Phrase secrète": changing it (the current one, the new one twice). The data key stays the same,
// wrapped again under the new passphrase: every file stays readable and nothing is encrypted again.
import { useState } from 'preact/hooks';
import { useAppServices } from '../../session/app-context';
import { PASSPHRASE_HINT } from '../../security/secret-rules';
import { SecretField, useSecretSubmit } from './secret-form';
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
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [shown, setShown] = useState(false);
  const { busy, error, submit } = useSecretSubmit(async () => {
    await vault.changePassphrase(current, next, confirmation);
    onDone();
  });
  return (
    <SecretSettingsForm
      id="passphrase-change-form"
      submitLabel="Enregistrer la nouvelle phrase secrète"
      busyText="Protection des données en cours… cela peut prendre quelques secondes."
      busy={busy}
      error={error}
      shown={shown}
      onShownChange={setShown}
      onSubmit={(event) => void submit(event)}
      onCancel={onCancel}
    >
      <SecretField
        id="passphrase-change-current"
        label="Phrase secrète actuelle"
        value={current}
        onInput={setCurrent}
        shown={shown}
        autoComplete={shown ? 'off' : 'current-password'}
        invalid={error !== null}
      />
      <SecretField
        id="passphrase-change-new"
        label="Nouvelle phrase secrète"
        value={next}
        onInput={setNext}
        hint={PASSPHRASE_HINT}
        shown={shown}
        autoComplete={shown ? 'off' : 'new-password'}
        invalid={error !== null}
      />
      <SecretField
        id="passphrase-change-again"
        label="Retapez la nouvelle phrase secrète"
        value={confirmation}
        onInput={setConfirmation}
        shown={shown}
        autoComplete={shown ? 'off' : 'new-password'}
        invalid={error !== null}
      />
    </SecretSettingsForm>
  );
}
