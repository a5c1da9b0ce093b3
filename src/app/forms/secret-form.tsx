// A secret field (passphrase or PIN) with its label and hint, and a submit that shows its work and says
// what went wrong in French: what the lock screens and the Réglages secret forms share.
import { useState } from 'preact/hooks';

/** A password-like field (passphrase or PIN): never autofilled, never remembered by the browser. */
export function SecretField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  invalid?: boolean;
  numeric?: boolean;
  shown?: boolean;
  autoFocus?: boolean;
  autoComplete?: 'current-password' | 'new-password' | 'off';
}) {
  const hintId = `${props.id}-hint`;
  return (
    <>
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type={props.shown ? 'text' : 'password'}
        autoComplete={props.autoComplete ?? 'off'}
        autoCapitalize="off"
        autoCorrect="off"
        spellcheck={false}
        inputMode={props.numeric ? 'numeric' : undefined}
        maxLength={props.numeric ? 6 : 200}
        autoFocus={props.autoFocus}
        aria-invalid={props.invalid ?? false}
        aria-describedby={props.hint ? hintId : undefined}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      {props.hint && (
        <p id={hintId} class="login__hint">
          {props.hint}
        </p>
      )}
    </>
  );
}

/** A form action that may take a while (PBKDF2) and may fail with a message for the aidant. */
export function useSecretSubmit(action: () => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event?: Event) => {
    event?.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'Une erreur est survenue. Réessayez.');
      setBusy(false);
      return;
    }
    setBusy(false);
  };
  return { busy, error, setError, submit };
}
