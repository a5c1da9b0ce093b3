// GET /api/v1/content: the content pack with its ETag, 304 when the tablet already has it.
import { Hono } from 'hono';
import type { ContentSource } from '../content-pack/content-source';

/** The content route. */
export function contentRoutes(content: ContentSource): Hono {
  return new Hono().get('/api/v1/content', (c) => {
    const { json, etag } = content.current();
    // Weak comparison (RFC 9110): gzip turns the ETag sent into W/"…", and that is what comes back.
    const known = (c.req.header('if-none-match') ?? '').split(',').map((tag) => tag.trim().replace(/^W\//, ''));
    if (known.includes(etag) || known.includes('*')) return c.body(null, 304, { ETag: etag });
    return c.body(json, 200, { 'Content-Type': 'application/json; charset=utf-8', ETag: etag, 'Cache-Control': 'no-cache' });
  });
}
