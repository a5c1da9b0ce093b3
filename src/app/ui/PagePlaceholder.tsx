// A page of the app: its title (the target of the focus after a move) and its content.
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { useTitleFocus } from './router';

/** A titled page. */
export function Page({ title, children }: { title: string; children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useTitleFocus(heading);
  return (
    <section class="page" aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {children}
    </section>
  );
}
