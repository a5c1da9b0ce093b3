// What the Réglages forms for the PIN and the passphrase share: the "Afficher ce que je tape" box, the
// error said in French, "Enregistrer" and "Annuler", and the focus brought back to the button that opened them.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { SecretField, useSecretSubmit } from '../../forms/secret-form';

/** One secret the form asks for; `remembered` lets a password manager fill it ('current') or save it ('new'). */
export interface SecretSpec {
  id: string;
  label: string;
  hint?: string;
  numeric?: boolean;
  remembered?: 'current' | 'new';
}

/**
 * A form typed with secrets: one field per spec, "Afficher ce que je tape", the work shown while `onSave`
 * runs (PBKDF2) and its French error. `onSave` gets the typed values by the fields' names, shown in the
 * order they are written; what was typed is dropped with the form once it closes.
 */
export function SecretSettingsForm<K extends string>(props: {
  id: string;
  fields: Record<K, SecretSpec>;
  submitLabel: string;
  busyText: string;
  onSave: (values: Record<K, string>) => Promise<void>;
  onCancel: () => void;
}) {
  const form = useRef<HTMLFormElement>(null);
  const names = Object.keys(props.fields) as K[];
  const [values, setValues] = useState(() => Object.fromEntries(names.map((name) => [name, ''])) as Record<K, string>);
  const [shown, setShown] = useState(false);
  const { busy, error, submit } = useSecretSubmit(() => props.onSave(values));
  // A page that is already running ignores `autofocus` on what it inserts: the first field is focused here.
  useLayoutEffect(() => form.current?.querySelector('input')?.focus(), []);
  const autoComplete = (spec: SecretSpec) => (shown || !spec.remembered ? 'off' : (`${spec.remembered}-password` as const));
  return (
    <form ref={form} id={props.id} class="login__form secret-settings" onSubmit={(event) => void submit(event)} noValidate>
      {names.map((name) => (
        <SecretField
          key={props.fields[name].id}
          id={props.fields[name].id}
          label={props.fields[name].label}
          hint={props.fields[name].hint}
          numeric={props.fields[name].numeric}
          value={values[name]}
          onInput={(value) => setValues((before) => ({ ...before, [name]: value }))}
          shown={shown}
          autoComplete={autoComplete(props.fields[name])}
          invalid={error !== null}
        />
      ))}
      <p class="check">
        <input id={`${props.id}-show`} type="checkbox" checked={shown} onChange={(e) => setShown(e.currentTarget.checked)} />
        <label for={`${props.id}-show`}>Afficher ce que je tape</label>
      </p>
      <p class="login__error" role="alert">
        {error}
      </p>
      {busy && <p class="login__hint">{props.busyText}</p>}
      <div class="form-actions">
        <button type="submit" class="button button--primary" aria-disabled={busy}>
          {props.submitLabel}
        </button>
        <button type="button" class="button" onClick={props.onCancel}>
          Annuler
        </button>
      </div>
    </form>
  );
}

/** Opens a form, closes it with a message for role=status, and gives the focus back to its opening button. */
export function useSettingsDisclosure() {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useLayoutEffect(() => {
    // The form and its buttons are gone: without this the focus would fall back to the top of the page.
    if (!open && wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return {
    open,
    message,
    opener,
    show: () => {
      setMessage(null);
      setOpen(true);
    },
    close: (done: string | null = null) => {
      setMessage(done);
      setOpen(false);
    },
    say: setMessage,
  };
}
