// GET /api/v1/exports/coop: the accompaniments in La Coop's vocabulary, for coordinators and admins.
import { Hono } from 'hono';
import type { ContentSource } from '../content-pack/content-source';
import { catalogueOfContent, coopExportRoute } from '../exports/coop-export-route';
import type { Store } from '../store/store';

/** The export routes. */
export function exportRoutes(store: Store, content: ContentSource): Hono {
  const catalogue = catalogueOfContent(content);
  return new Hono().get('/api/v1/exports/coop', (c) => coopExportRoute(c, store, catalogue));
}
