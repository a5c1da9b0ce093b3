// An emulated slow link for benchmarks: a TCP proxy on 127.0.0.1 that adds latency and caps bandwidth.
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';

/** Chrome DevTools' "Slow 3G" preset: 2 s of round-trip latency, 50 KB/s each way. */
export const SLOW_3G = { roundTripMs: 2_000, bytesPerSecond: 50 * 1024 };

/** Forwards `from` to `to`, each chunk delayed by half the round trip and paced at `bytesPerSecond`. */
function pace(from: Socket, to: Socket, link: typeof SLOW_3G): void {
  let nextFree = 0;
  from.on('data', (chunk: Buffer) => {
    const now = Date.now();
    const sendAt = Math.max(now + link.roundTripMs / 2, nextFree);
    nextFree = sendAt + (chunk.length / link.bytesPerSecond) * 1000;
    setTimeout(() => to.writable && to.write(chunk), nextFree - now);
  });
  from.on('end', () => setTimeout(() => to.end(), Math.max(0, nextFree - Date.now())));
  from.on('error', () => to.destroy());
}

/** Starts a proxy to `target` (http://host:port); its URL goes through the slow link. */
export async function startSlowLink(target: string, link = SLOW_3G): Promise<{ url: string; close(): Promise<void> }> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(port), hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    }
    pace(client, upstream, link);
    pace(upstream, client, link);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port: proxyPort } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${proxyPort}`,
    close: () =>
      new Promise((done) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(() => done());
      }),
  };
}
