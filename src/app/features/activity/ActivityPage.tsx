// The Activité section: a small shell page; its views load in their own chunk with the content pack
// (démarche titles, partners).
import { lazyContentView } from '../../catalogue/lazy-content-view';

/** Accompagnements, ateliers, orientations, pass numériques and the statistics. */
export const ActivityPage = lazyContentView('Activité', () => import('./ActivityView').then((module) => module.ActivityView));
