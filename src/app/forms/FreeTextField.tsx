// A free-text field saved with its own button (a note, a motif), with the versions kept from a simultaneous
// edit on two tablets shown above it until the aidant saves what counts. What the aidant types is a draft on
// the device until saved (nothing lost when the tablet sleeps or the page closes), and a newer text arriving
// by sync never replaces it: the newer text is shown above the field instead. Saving writes over the text
// on screen (its stamp is the write's base): a text that lands by sync after the screen last showed the
// field is kept as another version, never silently replaced.
import { useId, useState } from 'preact/hooks';
import { OtherVersions, type KeptVersion } from '../ui/OtherVersions';
import { useDraft } from './use-draft';
import { frenchCount } from '../../shared/french-count';

/** What the field says and does. */
export interface FreeTextFieldProps {
  label: string;
  /** The current text (null when empty). */
  value: string | null;
  /** The stamp of `value` as read with it (stampOf): what the aidant has seen of the field. */
  seen: string | null | undefined;
  /** Versions kept from a simultaneous edit. */
  versions?: readonly KeptVersion[] | undefined;
  /** The field as in "deux versions de la note". */
  of: string;
  /** What to do with them ("Modifiez la note … puis enregistrez-la."). */
  action: string;
  maxLength: number;
  saveLabel: string;
  savedMessage: string;
  /**
   * Names the unsaved typing on the device: `<person id>:<what>` (the person's id first, so that erasing
   * their file also forgets it, see clearDraftsOf).
   */
  draftKey: string;
  /** Writes the text (null when blank) over the version `seen`; rejects with a French message. */
  onSave: (value: string | null, seen: string | null | undefined) => Promise<void>;
}

/** Unsaved typing: the text, and the saved value it was typed over. */
interface Typing {
  text: string;
  over: string | null;
}

/** What the aidant may still type, said once the text nears its bound. */
function roomLeft(length: number, max: number): string {
  if (length < max * 0.9) return `${frenchCount(max)} caractères au plus.`;
  const left = Math.max(0, max - length);
  return left === 0
    ? `Limite atteinte : ${frenchCount(max)} caractères.`
    : `Encore ${frenchCount(left)} caractère${left > 1 ? 's' : ''} possible${left > 1 ? 's' : ''} sur ${frenchCount(max)}.`;
}

/** The field; saving is allowed unchanged while other versions are shown, to keep the current one. */
export function FreeTextField(props: FreeTextFieldProps) {
  const id = useId();
  const typing = useDraft<Typing | null>(`texte:${props.draftKey}`, null);
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const current = typing.value;
  const text = current?.text ?? props.value ?? '';
  // The saved text changed (a sync) since the aidant started typing over it.
  const changedMeanwhile = current !== null && current.over !== props.value;
  const hasVersions = (props.versions ?? []).length > 0;
  const forget = () => {
    typing.set(null);
    void typing.clear();
  };
  const save = () =>
    props.onSave(text.trim() === '' ? null : text, props.seen).then(
      () => (forget(), setSaved(true), setProblem(null)),
      (error: unknown) => setProblem(error instanceof Error ? error.message : 'Le texte n’a pas pu être enregistré.'),
    );
  return (
    <>
      <OtherVersions versions={props.versions} of={props.of} action={props.action} />
      {changedMeanwhile && (
        <div class="notice-warning" role="status">
          <p>Pendant votre saisie, ce texte a été modifié sur une autre tablette :</p>
          <p class="notes">{(props.value ?? '').trim() === '' ? '(texte effacé)' : `« ${props.value} »`}</p>
          <p>Votre saisie est gardée ci-dessous : reprenez-y ce qui compte, puis enregistrez.</p>
        </div>
      )}
      {current !== null && typing.restoredFrom !== null && !changedMeanwhile && (
        <p class="hint" role="status">
          Texte non enregistré retrouvé : enregistrez-le ou annulez la saisie.
        </p>
      )}
      <label class="field-label" for={`${id}-text`}>
        {props.label}
      </label>
      <textarea
        id={`${id}-text`}
        class="textarea"
        value={text}
        maxLength={props.maxLength}
        aria-describedby={`${id}-room`}
        onInput={(e) => {
          // A NUL pasted from a PDF would make the endpoint refuse the note (see isStorableText): it goes at once.
          typing.set({ text: e.currentTarget.value.replace(/\0/g, ''), over: current ? current.over : props.value });
          setSaved(false);
        }}
      />
      <p id={`${id}-room`} class="hint">
        {roomLeft(text.length, props.maxLength)}
      </p>
      {problem && (
        <p class="notice-error" role="alert">
          {problem}
        </p>
      )}
      <p class="form__actions">
        <button type="button" class="button" disabled={current === null && !hasVersions} onClick={() => void save()}>
          {props.saveLabel}
        </button>
        {current !== null && (
          <button type="button" class="button button--quiet" onClick={forget}>
            Annuler la saisie
          </button>
        )}
        {saved && <span role="status">{props.savedMessage}</span>}
      </p>
    </>
  );
}
