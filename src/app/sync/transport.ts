// The app's only way to the network: JSON POSTs to the endpoint, gzipped when the browser can, with a timeout.

/** The fetch the app uses (tests inject one that drops, repeats or delays requests). */
export type FetchFunction = (url: string, init: RequestInit) => Promise<Response>;

/** Where the endpoint is and how to reach it. */
export interface Transport {
  /** Origin of the endpoint; '' means the page's own origin. */
  baseUrl: string;
  fetch: FetchFunction;
  /** Longest wait for one answer (a slow link needs time, a dead one must not hang the sync). */
  timeoutMs?: number;
}

/** An answer as read from the wire: its status, headers and JSON body (null when unreadable). */
export interface HttpAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

/** Bodies smaller than this go uncompressed: gzip would not save a round trip's worth of bytes. */
export const GZIP_THRESHOLD_BYTES = 1024;
const DEFAULT_TIMEOUT_MS = 60_000;

/** The page's own endpoint through the browser's fetch. */
export function browserTransport(): Transport {
  return { baseUrl: '', fetch: (url, init) => globalThis.fetch(url, init) };
}

/** False only when the browser knows it has no network. */
export function isOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

/** POSTs `payload` as JSON to `path`; rejects only when no answer came back (network, timeout). */
export async function postJson(transport: Transport, path: string, payload: unknown, token?: string): Promise<HttpAnswer> {
  const json = JSON.stringify(payload);
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  let body: BodyInit = json;
  if (json.length >= GZIP_THRESHOLD_BYTES && typeof CompressionStream === 'function') {
    body = await gzip(json);
    headers['Content-Encoding'] = 'gzip';
  }
  const signal = AbortSignal.timeout(transport.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const response = await transport.fetch(`${transport.baseUrl}${path}`, { method: 'POST', headers, body, signal });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: parseJson(text) };
}

/** The gzip bytes of `text` (a buffer, not a stream, so that a request can be sent again). */
export async function gzip(text: string): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
