// GET /api/v1/stats: anonymous aggregates for coordinators (their structure) and admins (the territory).
import { Hono } from 'hono';
import { statsRoute } from '../stats/stats-route';
import type { Store } from '../store/store';

/** The statistics route. */
export function statsRoutes(store: Store): Hono {
  return new Hono().get('/api/v1/stats', (c) => statsRoute(c, store));
}
