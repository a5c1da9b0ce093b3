// The order of content packs: a pack's version starts with its edition day (`2026-12-04-1a2b3c4d`), so a
// pack is older than another when its day comes first. Two packs of the same day are not ordered.

/** The edition day of a pack version, or undefined when the version does not start with one. */
export function packEdition(version: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}(?=-|$)/.exec(version)?.[0];
}

/** True when pack `version` was edited on an earlier day than pack `than`. */
export function isOlderPack(version: string, than: string): boolean {
  const [day, other] = [packEdition(version), packEdition(than)];
  return day !== undefined && other !== undefined && day < other;
}
