// A list whose entries are keyed by their place (the person list: a letter typed rewrites the cards on screen
// instead of making new ones) keeps its elements when what they show changes. When a sync brings new data and
// the order changes under a keyboard user, the focused card would go on showing someone else, and Enter would
// open that other person's file; when the list gets shorter, the focused card may be the one removed, and the
// focus would fall to the top of the page. The focus follows the entry instead: to its new place, or, when it is
// no longer shown, to the list itself (a screen reader reads the list again), and the list says where it went.
import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Called while the list is drawn: if the focus was in an entry and the entry showing the same key is now
 * elsewhere (or gone), the focus goes to that entry's link, or to the list (made focusable then, by script),
 * and `onLeft` hears which entry the focus was on. `entries` are the entries shown, in their order; `keyOf`
 * says who each one is (a person's id).
 */
export function useFocusFollowsEntry<Entry>(
  list: { current: HTMLElement | null },
  entries: readonly Entry[],
  keyOf: (entry: Entry) => string,
  onLeft?: (entry: Entry) => void,
): void {
  const shownBefore = useRef<readonly Entry[]>(entries);
  // Read before this drawing changes the list: removing the focused element would lose the focus.
  const focusedEntry = entryInFocus(list.current, shownBefore.current);
  useLayoutEffect(() => {
    shownBefore.current = entries;
    const element = list.current;
    if (!element || focusedEntry === undefined) return;
    const focusedKey = keyOf(focusedEntry);
    const keys = entries.map(keyOf);
    const focused = document.activeElement;
    const place = [...element.children].findIndex((entry) => focused !== null && entry.contains(focused));
    if (place >= 0 && keys[place] === focusedKey) return;
    // Something else took the focus while the list was drawn: leave it there.
    if (place < 0 && focused !== null && focused !== document.body && focused !== element) return;
    const link = element.children[keys.indexOf(focusedKey)]?.querySelector<HTMLElement>('a');
    if (link) {
      link.focus();
      return;
    }
    element.tabIndex = -1;
    element.focus();
    onLeft?.(focusedEntry);
  });
}

/** The entry of `list` that has the focus, as `entries` (those shown) say; undefined if none has it. */
function entryInFocus<Entry>(list: HTMLElement | null, entries: readonly Entry[]): Entry | undefined {
  const focused = document.activeElement;
  if (!list || !focused || focused === list || !list.contains(focused)) return undefined;
  return entries[[...list.children].findIndex((entry) => entry.contains(focused))];
}
