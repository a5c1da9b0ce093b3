// The endpoint on Node's HTTP server, through @hono/node-server's request listener, with one addition
// over `serve()`: a request the adapter cannot even turn into a Request (a backslash in its path, a bad
// Host header) gets the contract's JSON 400 instead of an empty answer.
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { badAddress } from './limits';

/** The JSON answer of a request that never reached the app, or of a failure the app did not answer. */
function unreadable(error: unknown): Response {
  if (error instanceof Error && error.name === 'RequestError') return Response.json(badAddress().toBody(), { status: 400 });
  console.error('[declic] erreur interne', error);
  const message = 'Le serveur a rencontré un problème. Réessayez dans un moment.';
  return Response.json({ error: { code: 'erreur_interne', message } }, { status: 500 });
}

/** Serves `app` on `hostname`:`port` (0: a free one); `onListening` gets the port. */
export function serveNode(app: Hono, port: number, hostname: string, onListening?: (port: number) => void): Server {
  const server = createServer(getRequestListener(app.fetch, { hostname, errorHandler: unreadable }));
  server.listen(port, hostname, () => onListening?.((server.address() as AddressInfo).port));
  return server;
}
