// A button whose action loses something (typed work, the tablet's data): the first tap asks, in place,
// and only "Oui, …" does it. A finger that slips at the counter costs nothing.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface ConfirmActionProps {
  /** The button as first shown ("Abandonner"). */
  children: ComponentChildren;
  /** Its classes ("button", "button button--danger-quiet"…). */
  class?: string;
  /** What is asked once tapped ("Abandonner la saisie ? Ce qui a été tapé sera perdu."). */
  question: string;
  /** The button that does it ("Oui, abandonner"). */
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
}

/** The button, then the question with "Oui, …" and "Non, continuer". */
export function ConfirmAction(props: ConfirmActionProps) {
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" class={props.class ?? 'button'} disabled={props.disabled} onClick={() => setAsking(true)}>
        {props.children}
      </button>
    );
  }
  return (
    <div class="confirm-action" role="group" aria-label={props.question}>
      <p class="confirm-action__question">{props.question}</p>
      <button
        ref={confirm}
        type="button"
        class="button button--danger"
        onClick={() => {
          setAsking(false);
          props.onConfirm();
        }}
      >
        {props.confirmLabel}
      </button>
      <button type="button" class="button" onClick={() => setAsking(false)}>
        Non, continuer
      </button>
    </div>
  );
}
