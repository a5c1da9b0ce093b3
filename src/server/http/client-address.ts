// The address of the client of a request, as the socket says.
import type { Context } from 'hono';

/** The client's address (the socket's remote address), or 'local' when there is no socket (tests). */
export function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
}
