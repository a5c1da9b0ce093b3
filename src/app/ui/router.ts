// A small path router: the current path as state, links that change it without reloading, and the focus
// that follows a move (the new page's title, so that screen readers announce it).
import { useEffect, useState, type MutableRef } from 'preact/hooks';

const listeners = new Set<() => void>();
/** Set by a move; the next page title to mount takes the focus. */
let titleWanted = false;
/** The title that took the focus last: when it is replaced (a page done loading), its successor takes it. */
let focusedTitle: HTMLElement | null = null;

/** Goes to `path` (pushes a history entry) and re-renders the views that read the path. */
export function navigate(path: string): void {
  if (path === window.location.pathname) return;
  window.history.pushState(null, '', path);
  titleWanted = true;
  listeners.forEach((listener) => listener());
}

/** The current path, updated on navigate() and on the browser's back and forward. */
export function usePath(): string {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const update = () => setPath(window.location.pathname);
    const back = () => {
      titleWanted = true;
      update();
    };
    listeners.add(update);
    window.addEventListener('popstate', back);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', back);
    };
  }, []);
  return path;
}

/**
 * Focuses the page title `ref` when it mounts after a move (back to the top of the window too), or when it
 * replaces the title that had the focus ("Chargement…" giving way to the page; `title`, its text, says when a
 * new heading took the place of the old one). The first screen leaves the focus where the browser put it.
 * The focus moves at the next frame, with the page complete: an effect may run in the middle of a render
 * (Preact runs a component's pending effects when it renders again, as a page does once its data is read),
 * and focusing there made the browser lay out a page still being drawn.
 */
export function useTitleFocus(ref: MutableRef<HTMLElement | null>, title: string): void {
  useEffect(() => {
    const frame = nextFrame(() => {
      const heading = ref.current;
      if (!heading?.isConnected) return;
      const lost = focusedTitle !== null && !focusedTitle.isConnected && (document.activeElement ?? document.body) === document.body;
      if (!titleWanted && !lost) return;
      if (titleWanted) window.scrollTo?.(0, 0);
      titleWanted = false;
      focusedTitle = heading;
      heading.focus();
    });
    return () => frame.cancel();
  }, [ref, title]);
}

/** Runs `task` before the browser's next paint (after a timer where there are no frames). */
function nextFrame(task: () => void): { cancel(): void } {
  if (typeof requestAnimationFrame !== 'function') {
    const timer = setTimeout(task, 0);
    return { cancel: () => clearTimeout(timer) };
  }
  const frame = requestAnimationFrame(task);
  return { cancel: () => cancelAnimationFrame(frame) };
}

/** Props for an in-app link: a real href (for middle-click and screen readers) and a quiet click. */
export function linkProps(path: string) {
  return {
    href: path,
    onClick: (event: MouseEvent) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      navigate(path);
    },
  };
}
