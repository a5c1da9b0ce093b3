// A page of the app: its title (the target of the focus after a move) and its content.
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { useTitleFocus } from './router';

/**
 * A titled page. A new title is a new heading (keyed by its text): when a page done loading replaces its
 * generic title (« Suivi de démarche ») by the real one, the focus moves to the new heading and a screen
 * reader announces it, where a heading that only changed its text would keep the focus in silence.
 */
export function Page({ title, children }: { title: string; children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useTitleFocus(heading, title);
  return (
    <section class="page" aria-labelledby="page-title">
      <h1 key={title} id="page-title" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {children}
    </section>
  );
}
