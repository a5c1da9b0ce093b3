// A whole screen shown instead of the app (login, lock) that comes in its own chunk: « Chargement… »
// while it loads, a plain French message when it cannot.
import type { VNode } from 'preact';
import { useChunk, type Chunk } from './chunk';

/** Draws `children` with the module of `from` once loaded; `failure` says what could not be shown. */
export function LazyScreen<M>({ from, failure, children }: { from: Chunk<M>; failure: string; children: (module: M) => VNode }) {
  const state = useChunk(from);
  if (state.status === 'ready') return children(state.module);
  if (state.status === 'failed') {
    return (
      <main id="main" class="login">
        <p class="login__error" role="alert">
          {failure}
        </p>
      </main>
    );
  }
  return (
    <main id="main" class="login" aria-busy="true">
      <p>Chargement…</p>
    </main>
  );
}
