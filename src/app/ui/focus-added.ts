// « Afficher … de plus » under a list: the keyboard goes on from the first entry it added. On the last page the
// button disappears once pressed, and the focus would otherwise fall back to the top of the page.
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A ref for the list (`<ul>`), and what the button calls with the number of entries shown before its click:
 * once they are drawn, the link of the first entry added takes the focus.
 */
export function useFocusAdded(): { list: { current: HTMLUListElement | null }; focusFrom: (shownBefore: number) => void } {
  const list = useRef<HTMLUListElement>(null);
  const [position, setPosition] = useState<number | null>(null);
  useEffect(() => {
    if (position === null) return;
    list.current?.children[position]?.querySelector<HTMLElement>('a')?.focus();
    setPosition(null);
  }, [position]);
  return { list, focusFrom: setPosition };
}
