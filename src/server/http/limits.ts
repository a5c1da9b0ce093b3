// What the endpoint accepts at the door, before any parsing: sizes, nesting, encodings, and the
// French errors it answers when a request goes past them.
import { HttpError } from './errors';

/** Largest body accepted, on the wire and again after decompression. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** Deepest nesting of arrays and objects accepted in a JSON body (a sync request needs 5). */
export const MAX_JSON_DEPTH = 64;

/** What one route reads of a body: at most `maxBytes` (sent and decompressed) and `maxValues` JSON values. */
export interface BodyLimits {
  maxBytes: number;
  maxValues: number;
}

/** A route that says nothing more gets the endpoint's limits. */
export const DEFAULT_BODY_LIMITS: BodyLimits = { maxBytes: MAX_BODY_BYTES, maxValues: Number.POSITIVE_INFINITY };

/** A body of a few fields (login, a form of the administration): 16 KB and 64 values are plenty. */
export const SMALL_BODY: BodyLimits = { maxBytes: 16 * 1024, maxValues: 64 };

/** 413: a body above MAX_BODY_BYTES, compressed or not. */
export const tooLarge = () =>
  new HttpError(413, 'requete_trop_grande', 'Envoi trop volumineux. La synchronisation enverra les modifications en plusieurs fois.');

/** 400: JSON nested deeper than MAX_JSON_DEPTH. */
export const tooDeep = () =>
  new HttpError(400, 'json_trop_profond', `Requête refusée : le JSON est imbriqué sur plus de ${MAX_JSON_DEPTH} niveaux.`);

/** 400: a JSON text holding more values than the route can need (a login holds three). */
export const tooManyValues = () =>
  new HttpError(400, 'json_trop_complexe', 'Requête refusée : le JSON contient bien plus de valeurs que cette adresse n’en attend.');

/** 400: bytes that are not UTF-8. */
export const notUtf8 = () => new HttpError(400, 'utf8_invalide', 'Requête illisible : le texte n’est pas encodé en UTF-8 valide.');

/** 400: a NUL character or half of a surrogate pair in a string (no database column can hold them alike). */
export const forbiddenCharacter = () =>
  new HttpError(
    400,
    'caractere_interdit',
    'Requête refusée : un texte contient un caractère invisible interdit (caractère nul ou incomplet).',
  );

/** 400: a gzip body that does not decompress. */
export const badGzip = () => new HttpError(400, 'gzip_invalide', 'Requête illisible : la compression gzip est invalide.');

/** 415: a Content-Encoding other than gzip. */
export const unsupportedEncoding = () =>
  new HttpError(415, 'encodage_non_supporte', 'Compression non prise en charge : envoyez le JSON tel quel ou compressé en gzip.');

/** 400: a URL with broken percent-encoding or a NUL character. */
export const badAddress = () =>
  new HttpError(400, 'adresse_invalide', 'Adresse mal formée : un caractère y est mal encodé. Vérifiez le lien utilisé.');
