// A section page whose view comes in its own chunk (loaded on first visit, then kept) and needs
// the content pack: a titled "Chargement…" until both are there, a plain message if either fails.
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Page } from '../ui/PagePlaceholder';
import { usePath } from '../ui/router';
import { useContent, type ContentState } from './content-store';

/** The content once loaded. */
export type ReadyContent = Extract<ContentState, { status: 'ready' }>;

/** What a lazily loaded content view receives. */
export interface ContentViewProps {
  path: string;
  content: ReadyContent;
}

/** A page component for `title`'s section that loads its view with `load()` the first time it shows. */
export function lazyContentView(title: string, load: () => Promise<ComponentType<ContentViewProps>>): ComponentType {
  let View: ComponentType<ContentViewProps> | undefined;
  let loading: Promise<void> | undefined;
  let broken = false;
  return function LazyContentView() {
    const content = useContent();
    const path = usePath();
    const [, setLoaded] = useState(View !== undefined);
    useEffect(() => {
      if (View) return;
      loading ??= load().then(
        (view) => void (View = view),
        () => void (broken = true),
      );
      void loading.then(() => setLoaded(true));
    }, []);
    useFocusOnSubPage(path);
    if (content.status === 'failed' || broken) {
      const message = content.status === 'failed' ? content.message : 'Cette page n’a pas pu être chargée. Rechargez la page.';
      return (
        <Page title={title}>
          <p class="notice-error">{message}</p>
        </Page>
      );
    }
    if (!View || content.status !== 'ready') {
      return (
        <Page title={title}>
          <p aria-busy="true">Chargement…</p>
        </Page>
      );
    }
    return <View path={path} content={content} />;
  };
}

/** Moving between pages of the same section: focus the new title (the shell does it across sections). */
function useFocusOnSubPage(path: string): void {
  const previous = useRef(path);
  useEffect(() => {
    if (previous.current === path) return;
    previous.current = path;
    window.scrollTo?.(0, 0);
    document.getElementById('page-title')?.focus();
  }, [path]);
}
