// The Démarches section: a small shell page; the catalogue itself loads in its own chunk.
import { lazyContentView } from '../../catalogue/lazy-content-view';

/** The Démarches page: the catalogue by operator and by life situation, search, a page per démarche. */
export const DemarchesPage = lazyContentView('Démarches', () => import('./DemarchesView').then((module) => module.DemarchesView));
