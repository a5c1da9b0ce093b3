// The address of the client of a request: the socket's, or behind the one trusted reverse proxy (TRUST_PROXY=1)
// the address that proxy appended last to X-Forwarded-For. Login limits (and the audit log) count by it.
import type { Context } from 'hono';
import { isIP } from 'node:net';

/** The socket's remote address, or 'local' when there is no socket (tests calling the app directly). */
function socketAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
}

/**
 * The client's address. With `trustProxy`, the last entry of X-Forwarded-For: the one the trusted proxy wrote
 * (the entries before it are whatever the client sent, so anyone could forge them). A missing or malformed
 * header falls back to the socket's address (the proxy's own).
 */
export function clientAddress(c: Context, trustProxy = false): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() ?? '';
    if (isIP(forwarded)) return forwarded;
  }
  return socketAddress(c);
}
