// The app's only network access for content: the pack bundled with the app (precached, so it
// answers offline too) and `GET /api/v1/content` with If-None-Match, read with progress.
import { contentPackSchema, type ContentPack } from '../../shared/schema/content';

/** How much of a download has arrived; `total` is unknown when the server compresses on the fly. */
export interface DownloadProgress {
  received: number;
  total: number | undefined;
}

/** Where to fetch from (tests give the test server's address) and with what. */
export interface ContentNetwork {
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Gives up a download that takes longer (ms). */
  timeoutMs?: number;
}

/** A download that failed; `message` is for the aidant. */
export class ContentDownloadError extends Error {
  override name = 'ContentDownloadError';
}

/** The file name of the pack bundled with the app. */
export const BUNDLED_PACK_PATH = '/content-pack.json';
/** The endpoint that serves the latest pack. */
export const CONTENT_API_PATH = '/api/v1/content';

/** The pack bundled with this version of the app. */
export async function fetchBundledPack(network: ContentNetwork = {}): Promise<ContentPack> {
  const missing = 'Le catalogue n’est pas encore sur cette tablette : connectez-la au réseau, puis rechargez la page.';
  const response = await request(BUNDLED_PACK_PATH, {}, network, missing);
  if (!response.ok) throw new ContentDownloadError(missing);
  return parsePack(await readBody(response, () => undefined));
}

/** A newer pack and its ETag, or undefined when the endpoint says the pack `etag` is still current (304). */
export async function fetchNewerPack(
  etag: string | undefined,
  onProgress: (progress: DownloadProgress) => void,
  network: ContentNetwork = {},
): Promise<{ pack: ContentPack; etag: string | undefined } | undefined> {
  const response = await request(CONTENT_API_PATH, etag ? { 'If-None-Match': etag } : {}, network);
  if (response.status === 304) return undefined;
  if (!response.ok) throw new ContentDownloadError('Le serveur n’a pas pu fournir le nouveau contenu. Le contenu actuel reste utilisé.');
  const pack = parsePack(await readBody(response, onProgress));
  return { pack, etag: response.headers.get('ETag') ?? undefined };
}

async function request(
  path: string,
  headers: Record<string, string>,
  network: ContentNetwork,
  unreachable = 'Impossible de joindre le serveur pour le contenu. Le contenu actuel reste utilisé.',
): Promise<Response> {
  const doFetch = network.fetch ?? fetch;
  try {
    return await doFetch(`${network.baseUrl ?? ''}${path}`, {
      headers,
      cache: 'no-store',
      signal: AbortSignal.timeout(network.timeoutMs ?? 5 * 60_000),
    });
  } catch {
    throw new ContentDownloadError(unreachable);
  }
}

/** Reads the body chunk by chunk, telling the progress; an interrupted stream throws. */
async function readBody(response: Response, onProgress: (progress: DownloadProgress) => void): Promise<Uint8Array> {
  const total = knownLength(response);
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    if (!response.body) throw new Error('no body');
    const reader = response.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      chunks.push(chunk.value);
      received += chunk.value.byteLength;
      onProgress({ received, total });
    }
  } catch {
    throw new ContentDownloadError(
      'Le téléchargement du contenu a été interrompu. Le contenu actuel reste utilisé ; il sera réessayé plus tard.',
    );
  }
  if (total !== undefined && received !== total)
    throw new ContentDownloadError('Le contenu reçu est incomplet. Le contenu actuel reste utilisé.');
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The body's size in bytes when the server said it (and did not compress it on the fly). */
function knownLength(response: Response): number | undefined {
  const encoding = response.headers.get('Content-Encoding');
  const length = Number(response.headers.get('Content-Length') ?? Number.NaN);
  return (!encoding || encoding === 'identity') && Number.isInteger(length) && length > 0 ? length : undefined;
}

function parsePack(bytes: Uint8Array): ContentPack {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new ContentDownloadError('Le contenu reçu est abîmé ou incomplet. Le contenu actuel reste utilisé.');
  }
  const parsed = contentPackSchema.safeParse(raw);
  if (!parsed.success)
    throw new ContentDownloadError('Le contenu reçu n’est pas valable pour cette version de Déclic. Le contenu actuel reste utilisé.');
  return parsed.data;
}
