// Merged duplicate files: which file a merged one stands for. A merged file keeps `mergedInto`, the id of
// the file it was merged into; that file may itself have been merged since (a chain), and two tablets
// merging the same two files the opposite way make a cycle. Every replica reads them the same way:
// a chain ends at its first file that is not merged; in a cycle, the file with the smallest id is kept.
// The same rule runs on the tablet (lists, person file, re-pointing) and on the endpoint (statistics, purge).

/** What the rule reads of a file. */
export interface MergeLink {
  mergedInto?: unknown;
  deleted?: unknown;
}

/**
 * The id of the file `id` stands for: itself when not merged, else the end of its `mergedInto` chain, or in
 * a cycle its smallest id. `linkOf` gives a file's link, undefined when the replica does not have the file:
 * a chain stops before a file it does not have yet (it arrives with a later pull).
 */
export function keptFileOf(id: string, linkOf: (id: string) => MergeLink | undefined): string {
  const path: string[] = [];
  const seen = new Map<string, number>();
  let current = id;
  for (;;) {
    seen.set(current, path.length);
    path.push(current);
    const next = linkOf(current)?.mergedInto;
    if (typeof next !== 'string' || next === current || linkOf(next) === undefined) return current;
    const at = seen.get(next);
    if (at !== undefined) return path.slice(at).reduce((a, b) => (b < a ? b : a));
    current = next;
  }
}

/** True when the file is a merged one's tombstone: it stands for another file (see keptFileOf). */
export function isMergedAway(id: string, linkOf: (id: string) => MergeLink | undefined): boolean {
  return keptFileOf(id, linkOf) !== id;
}

/** The kept file of every file of `files` (only those standing for another file are listed). */
export function mergedAway<F extends MergeLink & { id: string }>(files: Iterable<F>): Map<string, string> {
  const byId = new Map<string, F>();
  for (const file of files) byId.set(file.id, file);
  const linkOf = (id: string) => byId.get(id);
  const kept = new Map<string, string>();
  for (const file of byId.values()) {
    if (typeof file.mergedInto !== 'string') continue;
    const root = keptFileOf(file.id, linkOf);
    if (root !== file.id) kept.set(file.id, root);
  }
  return kept;
}
