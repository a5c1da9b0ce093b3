// Reads a request body as JSON, every limit checked before the work it limits: size (on the wire and
// decompressed), then nesting, size in values and forbidden escapes in one linear pass over the bytes,
// then UTF-8, then JSON.parse, then the zod schema.
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { readBodyBytes } from './body-bytes';
import { HttpError } from './errors';
import { checkJsonText } from './json-text';
import { DEFAULT_BODY_LIMITS, forbiddenCharacter, MAX_JSON_DEPTH, notUtf8, tooDeep, tooManyValues, type BodyLimits } from './limits';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Parses and validates the JSON body of `c` with `schema`, or throws a 4xx HttpError. A route that needs
 * little (a login) says so in `limits`: a bigger body is refused before it is read or parsed.
 */
export async function readJson<S extends z.ZodMiniType>(c: Context, schema: S, limits: Partial<BodyLimits> = {}): Promise<z.infer<S>> {
  const { maxBytes, maxValues } = { ...DEFAULT_BODY_LIMITS, ...limits };
  if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
    throw new HttpError(415, 'type_non_supporte', 'Le corps de la requête doit être du JSON (Content-Type: application/json).');
  }
  const bytes = await readBodyBytes(c, maxBytes);
  // The cheap pass first: a nested or oversized body is refused before it is decoded.
  const problem = checkJsonText(bytes, { maxDepth: MAX_JSON_DEPTH, maxValues });
  if (problem === 'too-deep') throw tooDeep();
  if (problem === 'too-many-values') throw tooManyValues();
  if (problem === 'forbidden-character') throw forbiddenCharacter();
  const text = decodeUtf8(bytes);
  let body: unknown;
  try {
    body = JSON.parse(text);
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

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw notUtf8();
  }
}
