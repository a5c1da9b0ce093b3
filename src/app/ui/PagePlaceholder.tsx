// A section page that says plainly what it will hold.
import type { ComponentChildren } from 'preact';

/** A titled page with a short description. */
export function Page({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="page" aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>
        {title}
      </h1>
      {children}
    </section>
  );
}
