// Refuses, before routing, a URL whose percent-encoding is broken (`/%ff`, `/%E0%A4%A`) or that
// carries a NUL character: a clear 400 instead of an exception deep in a route or a store.
import type { MiddlewareHandler } from 'hono';
import { badAddress } from './limits';

/** True when every percent-escape of `part` decodes to UTF-8 text without NUL. */
function decodesCleanly(part: string): boolean {
  try {
    return !decodeURIComponent(part).includes('\0');
  } catch {
    return false;
  }
}

/** 400 `adresse_invalide` for a path or query that does not decode. */
export const guardUrl: MiddlewareHandler = async (c, next) => {
  const url = c.req.url;
  const start = url.indexOf('/', url.indexOf('//') + 2);
  const pathAndQuery = start < 0 ? '' : url.slice(start).split('#')[0]!;
  if (pathAndQuery.includes('%') && !pathAndQuery.split(/[?&=]/).every(decodesCleanly)) throw badAddress();
  await next();
};
