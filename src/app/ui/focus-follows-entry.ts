// A list whose entries are keyed by their place (the person list: a letter typed rewrites the cards on screen
// instead of making new ones) keeps its elements when what they show changes. When a sync brings new data and
// the order changes under a keyboard user, the focused card would go on showing someone else, and Enter would
// open that other person's file; when the list gets shorter, the focused card may be the one removed, and the
// focus would fall to the top of the page. The focus follows the entry instead: to its new place, or, when it is
// no longer shown, to the list itself (a screen reader reads the list again).
import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Called while the list is drawn: if the focus was in entry `i` and the entry showing the same key is now
 * elsewhere (or gone), the focus goes to that entry's link, or to the list (made focusable then, by script).
 * `keys` are the keys of the entries shown, in their order (a person's id).
 */
export function useFocusFollowsEntry(list: { current: HTMLElement | null }, keys: readonly string[]): void {
  const shownBefore = useRef<readonly string[]>(keys);
  // Read before this drawing changes the list: removing the focused element would lose the focus.
  const focusedKey = keyInFocus(list.current, shownBefore.current);
  useLayoutEffect(() => {
    shownBefore.current = keys;
    const element = list.current;
    if (!element || focusedKey === undefined) return;
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
  });
}

/** The key of the entry of `list` that has the focus, as `keys` (the keys shown) say; undefined if none has it. */
function keyInFocus(list: HTMLElement | null, keys: readonly string[]): string | undefined {
  const focused = document.activeElement;
  if (!list || !focused || focused === list || !list.contains(focused)) return undefined;
  return keys[[...list.children].findIndex((entry) => entry.contains(focused))];
}
