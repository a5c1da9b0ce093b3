// Every failing answer as {"error":{"code","message"}} with a French message; internal errors logged, not shown.
import type { Context } from 'hono';
import { HttpError } from './errors';

/** The JSON answer for `error`: its own status and message for an HttpError, a plain 500 otherwise. */
export function errorResponse(c: Context, error: Error): Response {
  if (error instanceof HttpError) return c.json(error.toBody(), error.status as 400, error.headers);
  console.error('[declic] erreur interne', error);
  return c.json({ error: { code: 'erreur_interne', message: 'Le serveur a rencontré un problème. Réessayez dans un moment.' } }, 500);
}
