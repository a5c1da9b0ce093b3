// The record id of an imported partner: the same place of the same directory imported twice into the same
// place (the territory, or one structure) gets the same id, on a tablet or on the endpoint, so that two
// imports converge on one record instead of making two. A SHA-256 of the three, shaped as a UUID (version 8).
import { itemAt } from '../item-at';
import type { DirectorySource } from '../schema/local-content';

/** Where imported partners live: the whole territory, or one structure (its id). */
export type ImportScope = { territory: true } | { territory: false; structureId: string };

function utf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
  }
  return new Uint8Array(bytes);
}

/** The id of the local partner made from `sourceId` of `source` in `scope`. */
export async function importedPartnerId(scope: ImportScope, source: DirectorySource, sourceId: string): Promise<string> {
  // The scope is part of it: the admin's territory-wide copy and a coordinator's own are two records (the
  // endpoint keeps them in two logs, and a structure may not write the territory's).
  const where = scope.territory ? 'territoire' : `structure:${scope.structureId}`;
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', utf8(`declic-annuaire\u0000${where}\u0000${source}\u0000${sourceId}`)),
  );
  const bytes = digest.slice(0, 16);
  bytes[6] = (itemAt(bytes, 6) & 0x0f) | 0x80;
  bytes[8] = (itemAt(bytes, 8) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
