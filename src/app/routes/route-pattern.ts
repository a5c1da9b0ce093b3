// An address as a pattern ("/beneficiaires/:id/modifier"): reading a path into typed parameters, each
// checked by its kind, and building the path back from them, so that no address is written twice.
import { RECORD_ID_PATTERN } from '../../shared/schema/id-patterns';

/** What a parameter accepts: the value for a segment, or undefined when the segment is refused. */
export type ParamKind<T extends string = string> = (segment: string) => T | undefined;

/** A record id made on a device (a UUID): anything else names no record. */
export const recordId: ParamKind = (segment) => (RECORD_ID_PATTERN.test(segment) ? segment : undefined);

/** A content id (démarche, guide, partner): any segment; the page looks it up in the pack. */
export const contentId: ParamKind = (segment) => segment || undefined;

type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

type Kinds = Record<string, ParamKind<string>>;

/** The parameters a route's kinds read: `{ id: string }`, `{ operator: OperatorId }`. */
export type Params<K extends Kinds> = { [N in keyof K]: K[N] extends ParamKind<infer T> ? T : never };

/** A declared address: call it to build the path, `match()` to read one. */
export interface Route<K extends Kinds = Kinds> {
  (...params: keyof K extends never ? [] : [Params<K>]): string;
  readonly pattern: string;
  /** The parameters when `path` is this address (trailing slashes ignored), else undefined. */
  match(path: string): Params<K> | undefined;
}

/** The parameters of a route, for the page it shows. */
export type ParamsOf<R> = R extends Route<infer K> ? Params<K> : never;

/** `path` without trailing slashes ("/" stays "/"). */
export function normalizePath(path: string): string {
  return path.replace(/\/+$/, '') || '/';
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** Declares the address `pattern`; each `:name` in it is read by `kinds[name]`. */
export function route<const P extends string, K extends Record<ParamNames<P>, ParamKind<string>> = Record<ParamNames<P>, ParamKind>>(
  pattern: P,
  kinds: K = {} as K,
): Route<K> {
  const segments = pattern.split('/').slice(1);
  const kindOf = (segment: string): ParamKind<string> | undefined =>
    segment.startsWith(':') ? (kinds as Kinds)[segment.slice(1)] : undefined;
  const build = (params: Record<string, string> = {}) =>
    '/' + segments.map((segment) => (kindOf(segment) ? encodeURIComponent(params[segment.slice(1)] ?? '') : segment)).join('/');
  const match = (path: string): Params<K> | undefined => {
    const parts = normalizePath(path).split('/').slice(1);
    if (parts.length !== segments.length) return undefined;
    const params: Record<string, string> = {};
    for (const [i, segment] of segments.entries()) {
      const part = parts[i] ?? '';
      const kind = kindOf(segment);
      if (!kind) {
        if (part !== segment) return undefined;
        continue;
      }
      const value = kind(decode(part) ?? '');
      if (value === undefined) return undefined;
      params[segment.slice(1)] = value;
    }
    return params as Params<K>;
  };
  return Object.assign(build, { pattern, match }) as Route<K>;
}
