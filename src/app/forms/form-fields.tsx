// Form fields with their label, hint and error next to them (aria-describedby, aria-invalid), 44 px tall.
import type { ComponentChildren } from 'preact';

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
}

/** The ids the input is described by: its hint and its error, when present. */
function describedBy({ id, hint, error }: FieldProps): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function HintAndError({ id, hint, error }: FieldProps) {
  return (
    <>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </>
  );
}

/** A one-line text input (text, e-mail, phone, date, number as text). */
export function TextField(
  props: FieldProps & {
    value: string;
    onInput: (value: string) => void;
    type?: 'text' | 'email' | 'tel' | 'date' | 'search';
    inputMode?: 'numeric' | 'tel' | 'email' | 'text';
    autoComplete?: string;
    disabled?: boolean;
    required?: boolean;
    max?: string;
  },
) {
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        class="field__input"
        type={props.type ?? 'text'}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete ?? 'off'}
        value={props.value}
        disabled={props.disabled}
        required={props.required}
        max={props.max}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
        onInput={(event) => props.onInput((event.currentTarget as HTMLInputElement).value)}
      />
      <HintAndError {...props} />
    </div>
  );
}

/** A multi-line text area. */
export function TextArea(props: FieldProps & { value: string; onInput: (value: string) => void; rows?: number }) {
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <label for={props.id}>{props.label}</label>
      <textarea
        id={props.id}
        class="field__input"
        rows={props.rows ?? 4}
        value={props.value}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
        onInput={(event) => props.onInput((event.currentTarget as HTMLTextAreaElement).value)}
      />
      <HintAndError {...props} />
    </div>
  );
}

/** A checkbox with its label on a 44 px row. */
export function Checkbox(props: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void; hint?: string }) {
  return (
    <div class="check">
      <input
        id={props.id}
        type="checkbox"
        checked={props.checked}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        onChange={(event) => props.onChange((event.currentTarget as HTMLInputElement).checked)}
      />
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
    </div>
  );
}

/** A group of radio buttons or checkboxes under a legend. */
export function Choices(props: { legend: string; children: ComponentChildren; hint?: string; id?: string }) {
  return (
    <fieldset class="choices" aria-describedby={props.hint && props.id ? `${props.id}-hint` : undefined}>
      <legend>{props.legend}</legend>
      {props.hint && (
        <p class="hint" id={props.id ? `${props.id}-hint` : undefined}>
          {props.hint}
        </p>
      )}
      {props.children}
    </fieldset>
  );
}

/** One radio button of a group, on a 44 px row. */
export function Radio(props: { name: string; value: string; label: string; checked: boolean; onSelect: () => void; detail?: string }) {
  const id = `${props.name}-${props.value}`;
  return (
    <div class="check">
      <input id={id} type="radio" name={props.name} value={props.value} checked={props.checked} onChange={props.onSelect} />
      <label for={id}>
        {props.label}
        {props.detail && <span class="check__detail"> — {props.detail}</span>}
      </label>
    </div>
  );
}
