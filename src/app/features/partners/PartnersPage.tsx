// The Partenaires section: a small shell page; the directory loads in its own chunk with the content pack.
import { lazyContentView } from '../../catalogue/lazy-content-view';

/** The partner directory: search, filters by commune and theme, one page per partner. */
export const PartnersPage = lazyContentView('Partenaires', () => import('./PartnersView').then((module) => module.PartnersView));
