// Reads a request body as JSON, every limit checked before the work it limits: size (on the wire and
// decompressed), then UTF-8, then nesting and forbidden characters in one linear pass, then JSON.parse,
// then the zod schema.
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { readBodyBytes } from './body-bytes';
import { HttpError } from './errors';
import { checkJsonText } from './json-text';
import { forbiddenCharacter, MAX_JSON_DEPTH, notUtf8, tooDeep } from './limits';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Parses and validates the JSON body of `c` with `schema`, or throws a 4xx HttpError. */
export async function readJson<S extends z.ZodMiniType>(c: Context, schema: S): Promise<z.infer<S>> {
  if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
    throw new HttpError(415, 'type_non_supporte', 'Le corps de la requête doit être du JSON (Content-Type: application/json).');
  }
  const text = decodeUtf8(await readBodyBytes(c));
  const problem = checkJsonText(text, MAX_JSON_DEPTH);
  if (problem === 'too-deep') throw tooDeep();
  if (problem === 'forbidden-character') throw forbiddenCharacter();
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
