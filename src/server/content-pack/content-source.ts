// The content pack the endpoint serves: loaded from src/content, kept as JSON text with its ETag.
import { createHash } from 'node:crypto';
import { loadContentPack } from './load-pack';

/** Gives the pack currently served. */
export interface ContentSource {
  current(): { json: string; etag: string; version: string };
}

/** Loads the pack of `dir` once; the pack is validated, so a bad file stops the endpoint at start. */
export function contentFromDirectory(dir: string): ContentSource {
  const pack = loadContentPack(dir);
  const json = JSON.stringify(pack);
  const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;
  return { current: () => ({ json, etag, version: pack.version }) };
}
