// Reads a request body as JSON: size limit, content type, optional gzip, zod validation.
import { gunzipSync } from 'node:zlib';
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { HttpError } from './errors';

/** Largest body accepted, compressed or not. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** The 413 answer to a body above MAX_BODY_BYTES. */
export const tooLarge = () =>
  new HttpError(413, 'requete_trop_grande', 'Envoi trop volumineux. La synchronisation enverra les modifications en plusieurs fois.');

/** Parses and validates the JSON body of `c` with `schema`, or throws a 4xx HttpError. */
export async function readJson<S extends z.ZodMiniType>(c: Context, schema: S): Promise<z.infer<S>> {
  if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
    throw new HttpError(415, 'type_non_supporte', 'Le corps de la requête doit être du JSON (Content-Type: application/json).');
  }
  const declared = Number(c.req.header('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  let bytes: Buffer = Buffer.from(await c.req.arrayBuffer());
  if (bytes.length > MAX_BODY_BYTES) throw tooLarge();
  if (/gzip/i.test(c.req.header('content-encoding') ?? '')) bytes = gunzip(bytes);
  let body: unknown;
  try {
    body = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new HttpError(400, 'json_invalide', 'Requête illisible : le JSON est mal formé.');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || 'corps';
    throw new HttpError(400, 'requete_invalide', `Requête invalide (champ « ${where} »).`);
  }
  return parsed.data;
}

function gunzip(bytes: Buffer): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_BODY_BYTES * 8 });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw new HttpError(400, 'gzip_invalide', 'Requête illisible : la compression gzip est invalide.');
  }
}
