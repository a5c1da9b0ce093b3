// The search field of the catalogue and guides: searches as the aidant types.
import { useId } from 'preact/hooks';

/** A labelled search field; `onQuery` gets every change. */
export function SearchBox({
  label,
  query,
  onQuery,
  hint,
}: {
  label: string;
  query: string;
  onQuery: (query: string) => void;
  hint?: string;
}) {
  const id = useId();
  return (
    <div class="search-box" role="search">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="search"
        class="search-box__input"
        value={query}
        autocomplete="off"
        spellcheck={false}
        enterKeyHint="search"
        aria-describedby={hint ? `${id}-hint` : undefined}
        onInput={(event) => onQuery(event.currentTarget.value)}
      />
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
