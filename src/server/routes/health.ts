// GET /api/health: the endpoint's liveness, storage kind and version (public, no personal data).
import { Hono } from 'hono';
import type { Store } from '../store/store';

/** The health route. */
export function healthRoutes(store: Store, version: string): Hono {
  return new Hono().get('/api/health', (c) => c.json({ status: 'ok', storage: store.kind, version }));
}
