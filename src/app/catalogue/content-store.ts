// The content pack in use on this tablet, in memory, with its search index and the state of the
// last update check; views read it through useContent().
import { useEffect, useState } from 'preact/hooks';
import type { ContentPack, Demarche } from '../../shared/schema/content';
import type { SearchIndex } from '../search/search-index';

/** Where the check for a newer pack stands. */
export type UpdateState =
  | { phase: 'idle' }
  | { phase: 'checking' }
  | { phase: 'downloading'; received: number; total: number | undefined }
  | { phase: 'up-to-date'; at: number }
  | { phase: 'updated'; at: number }
  | { phase: 'failed'; at: number; message: string };

/** Everything the catalogue and guides views need. */
export type ContentState =
  | { status: 'loading'; update: UpdateState }
  | { status: 'failed'; message: string; update: UpdateState }
  | { status: 'ready'; pack: ContentPack; index: SearchIndex; update: UpdateState };

/** The content once loaded: what the catalogue, guides and partner pages are given. */
export type ReadyContent = Extract<ContentState, { status: 'ready' }>;

let state: ContentState = { status: 'loading', update: { phase: 'idle' } };
let checkNow: (() => void) | undefined;
const listeners = new Set<() => void>();

/** The current state. */
export function contentState(): ContentState {
  return state;
}

/** Replaces the state and re-renders the views that read it. */
export function setContentState(next: ContentState): void {
  state = next;
  listeners.forEach((listener) => listener());
}

/** Changes only the update state. */
export function setUpdateState(update: UpdateState): void {
  setContentState({ ...state, update });
}

/** The content state, kept current. */
export function useContent(): ContentState {
  const [, setVersion] = useState(0);
  const seen = state;
  useEffect(() => {
    const listener = () => setVersion((v) => v + 1);
    listeners.add(listener);
    // A change between this render and the subscription would otherwise go unseen.
    if (state !== seen) listener();
    return () => listeners.delete(listener);
  }, []);
  return state;
}

/** Registers what "Vérifier maintenant" does (set once the content has started). */
export function setUpdateChecker(checker: (() => void) | undefined): void {
  checkNow = checker;
  listeners.forEach((listener) => listener());
}

/** Runs a check for a newer pack now; false when the content has not started yet. */
export function requestContentCheck(): boolean {
  checkNow?.();
  return checkNow !== undefined;
}

/** True once a check can be asked for. */
export function canCheckContent(): boolean {
  return checkNow !== undefined;
}

/** The catalogue's démarches, or undefined while the catalogue loads. */
export function useCatalogue(): Demarche[] | undefined {
  const content = useContent();
  return content.status === 'ready' ? content.pack.demarches : undefined;
}
