// What the Réglages forms for the PIN and the passphrase share: the "Afficher ce que je tape" box, the
// error said in French, "Enregistrer" and "Annuler", and the focus brought back to the button that opened them.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** A form typed with secrets: its fields come as children; `onSubmit` comes from useSecretSubmit. */
export function SecretSettingsForm(props: {
  id: string;
  submitLabel: string;
  busyText: string;
  busy: boolean;
  error: string | null;
  shown: boolean;
  onShownChange: (shown: boolean) => void;
  onSubmit: (event: Event) => void;
  onCancel: () => void;
  children: ComponentChildren;
}) {
  const form = useRef<HTMLFormElement>(null);
  // A page that is already running ignores `autofocus` on what it inserts: the first field is focused here.
  useLayoutEffect(() => form.current?.querySelector('input')?.focus(), []);
  return (
    <form ref={form} id={props.id} class="login__form secret-settings" onSubmit={props.onSubmit} noValidate>
      {props.children}
      <p class="check">
        <input
          id={`${props.id}-show`}
          type="checkbox"
          checked={props.shown}
          onChange={(e) => props.onShownChange(e.currentTarget.checked)}
        />
        <label for={`${props.id}-show`}>Afficher ce que je tape</label>
      </p>
      <p class="login__error" role="alert">
        {props.error}
      </p>
      {props.busy && <p class="login__hint">{props.busyText}</p>}
      <div class="form-actions">
        <button type="submit" class="button button--primary" aria-disabled={props.busy}>
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
