// The page for the current address: its section's chunk loaded on first visit, the content pack awaited
// when the page needs it, the tab's title. Each address gets a fresh page (keyed by the path), whose title
// takes the focus after a move (ui/router.ts).
import { Fragment } from 'preact';
import { useEffect } from 'preact/hooks';
import { useContent } from '../catalogue/content-store';
import { Page } from '../ui/PagePlaceholder';
import { useChunk, type Chunk } from '../ui/chunk';
import { PageNotFound } from './PageNotFound';
import type { RouteMatch } from './route-table';

const nothingToLoad: Chunk = { loaded: () => ({}), load: () => Promise.resolve(true) };

/** The page `match` names (`path` is the address it was read from). */
export function RouteView({ path, match }: { path: string; match: RouteMatch }) {
  const { entry, section } = match;
  const chunk = useChunk(entry?.chunk ?? nothingToLoad);
  const content = useContent();
  const waitsForContent = entry?.content === true && content.status !== 'ready';
  useDocumentTitle(section?.label ?? 'Page introuvable');
  if (!entry) return <PageNotFound key={path} />;
  const title = entry.section.label;
  if (chunk.status === 'failed' || (entry.content && content.status === 'failed')) {
    const message =
      content.status === 'failed' && entry.content ? content.message : 'Cette page n’a pas pu être chargée. Rechargez la page.';
    return (
      <Page key={path} title={title}>
        <p class="notice-error">{message}</p>
      </Page>
    );
  }
  if (chunk.status === 'loading' || waitsForContent) {
    return (
      <Page key={path} title={title}>
        <p aria-busy="true">Chargement…</p>
      </Page>
    );
  }
  const ready = content.status === 'ready' ? content : undefined;
  return <Fragment key={path}>{entry.render(chunk.module, match.params, ready)}</Fragment>;
}

/** The tab's title: the section's name (the page's own title is on screen, and takes the focus after a move). */
function useDocumentTitle(label: string): void {
  useEffect(() => {
    document.title = `${label} — Déclic`;
  }, [label]);
}
