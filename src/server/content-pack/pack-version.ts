// The content pack's version: the edition date (or the latest check) and a hash of its canonical JSON.
import { createHash } from 'node:crypto';
import type { ContentPack } from '../../shared/schema/content';

/**
 * The pack's version: a date, then a hash of the canonical JSON. The date is the edition (pack.json)
 * when there is one, so that it does not move back when a check date is corrected; without it, the
 * latest check date of the pack.
 */
export function packVersion(rest: Omit<ContentPack, 'version'>, edition: string | undefined): string {
  const hash = createHash('sha256').update(canonicalJson(rest)).digest('hex').slice(0, 8);
  return `${edition ?? latestCheck(rest) ?? '0000-00-00'}-${hash}`;
}

function latestCheck(rest: Omit<ContentPack, 'version'>): string | undefined {
  const items = [...rest.demarches, ...rest.guides];
  const dates = items.flatMap((x) => [x.checkedOn, ...x.sources.map((s) => s.checkedOn)]);
  return dates
    .filter((d) => d !== undefined)
    .sort()
    .at(-1);
}

/** JSON with sorted keys: the same pack always gives the same text. */
export function canonicalJson(value: unknown): string {
  const sortKeys = (_key: string, v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v;
  return JSON.stringify(value, sortKeys);
}
