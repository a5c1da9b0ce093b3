// The Guides section: a small shell page; the guides, their renderer and the reader load in their own chunk.
import { lazyContentView } from '../../catalogue/lazy-content-view';

/** The Guides page: the list with search, and a page per guide (read aloud, printable). */
export const GuidesPage = lazyContentView('Guides', () => import('./GuidesView').then((module) => module.GuidesView));
