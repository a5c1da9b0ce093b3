// A free-text field saved with its own button (a note, a motif), with the versions kept from a simultaneous
// edit on two tablets shown above it until the aidant saves what counts. A newer text arriving by sync
// while the aidant types never replaces their typing: it is shown above the field instead.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { OtherVersions, type KeptVersion } from './OtherVersions';

/** What the field says and does. */
export interface FreeTextFieldProps {
  label: string;
  /** The current text (null when empty). */
  value: string | null;
  /** Versions kept from a simultaneous edit. */
  versions?: readonly KeptVersion[] | undefined;
  /** The field as in "deux versions de la note". */
  of: string;
  /** What to do with them ("Modifiez la note … puis enregistrez-la."). */
  action: string;
  maxLength: number;
  saveLabel: string;
  savedMessage: string;
  /** Writes the text (null when blank); rejects with a French message. */
  onSave: (value: string | null) => Promise<void>;
}

/** The field; saving is allowed unchanged while other versions are shown, to keep the current one. */
export function FreeTextField(props: FreeTextFieldProps) {
  const id = useId();
  const [text, setText] = useState(props.value ?? '');
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // The value the text box started from, and a newer one that arrived while the aidant was typing.
  const startedFrom = useRef(props.value);
  const [arrivedWhileTyping, setArrivedWhileTyping] = useState<string | null>(null);
  useEffect(() => {
    if (startedFrom.current === props.value) return;
    const typing = text !== (startedFrom.current ?? '');
    startedFrom.current = props.value;
    if (typing && text !== (props.value ?? '')) return setArrivedWhileTyping(props.value ?? '');
    setText(props.value ?? '');
    setArrivedWhileTyping(null);
  }, [props.value]);
  const unchanged = text === (props.value ?? '') && (props.versions ?? []).length === 0;
  const save = () =>
    props.onSave(text.trim() === '' ? null : text).then(
      () => (setSaved(true), setProblem(null), setArrivedWhileTyping(null)),
      (error: unknown) => setProblem(error instanceof Error ? error.message : 'Le texte n’a pas pu être enregistré.'),
    );
  return (
    <>
      <OtherVersions versions={props.versions} of={props.of} action={props.action} />
      {arrivedWhileTyping !== null && (
        <div class="notice-warning" role="status">
          <p>Pendant votre saisie, ce texte a été modifié sur une autre tablette :</p>
          <p class="notes">{arrivedWhileTyping.trim() === '' ? '(texte effacé)' : `« ${arrivedWhileTyping} »`}</p>
          <p>Votre saisie est gardée ci-dessous : reprenez-y ce qui compte, puis enregistrez.</p>
        </div>
      )}
      <label class="field-label" for={`${id}-text`}>
        {props.label}
      </label>
      <textarea
        id={`${id}-text`}
        class="textarea"
        value={text}
        maxLength={props.maxLength}
        onInput={(e) => (setText(e.currentTarget.value), setSaved(false))}
      />
      {problem && (
        <p class="notice-error" role="alert">
          {problem}
        </p>
      )}
      <p class="form__actions">
        <button type="button" class="button" disabled={unchanged} onClick={() => void save()}>
          {props.saveLabel}
        </button>
        {saved && <span role="status">{props.savedMessage}</span>}
      </p>
    </>
  );
}
