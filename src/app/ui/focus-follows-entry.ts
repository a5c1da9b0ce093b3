// A list whose entries are keyed by their place (the person list: a letter typed rewrites the cards on screen
// instead of making new ones) keeps its elements when what they show changes. When a sync brings new data and
// the order changes under a keyboard user, the focused card would go on showing someone else, and Enter would
// open that other person's file. The focus follows the entry instead: to its new place, or, when it is no longer
// shown, to the list itself (a screen reader reads the list again).
import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * After each drawing of `list`, if the focus was in entry `i` and entry `i` now shows another key than before,
 * the focus goes to the link of the entry that shows the old key, or to the list (made focusable then, by script).
 * `keys` are the keys of the entries shown, in their order (a person's id).
 */
export function useFocusFollowsEntry(list: { current: HTMLElement | null }, keys: readonly string[]): void {
  const shownBefore = useRef<readonly string[]>(keys);
  useLayoutEffect(() => {
    const before = shownBefore.current;
    shownBefore.current = keys;
    const element = list.current;
    const focused = document.activeElement;
    if (!element || !focused || focused === element || !element.contains(focused)) return;
    const place = [...element.children].findIndex((entry) => entry.contains(focused));
    const focusedKey = before[place];
    if (place < 0 || focusedKey === undefined || keys[place] === focusedKey) return;
    const link = element.children[keys.indexOf(focusedKey)]?.querySelector<HTMLElement>('a');
    if (link) {
      link.focus();
      return;
    }
    element.tabIndex = -1;
    element.focus();
  });
}
