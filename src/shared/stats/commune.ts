// Communes as typed by aidants: "Nérac", "nerac " and "NÉRAC" are one commune in the statistics.

/** The grouping key of a commune name: no case, no accents, no extra spaces or hyphens; '' when empty. */
export function communeKey(name: unknown): string {
  if (typeof name !== 'string') return '';
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s'’-]+/g, ' ')
    .trim();
}

/** How a commune is written everywhere in a report: its variants share one spelling, whatever order they came in. */
export class CommuneNames {
  private readonly spellings = new Map<string, string>();
  /** Keys of the names already met: a structure's people live in a few dozen communes, typed the same way. */
  private readonly keys = new Map<string, string>();

  /** Remembers one spelling; returns the commune's key. */
  add(name: unknown): string {
    if (typeof name !== 'string') return '';
    let key = this.keys.get(name);
    if (key !== undefined) return key;
    this.keys.set(name, (key = communeKey(name)));
    if (!key) return '';
    const spelling = name.trim().replace(/\s+/g, ' ');
    const known = this.spellings.get(key);
    // The smallest spelling in code-point order: capitals and accents come first, and the choice never depends on order.
    if (known === undefined || spelling < known) this.spellings.set(key, spelling);
    return key;
  }

  /** The spelling of a key ('' for an unknown commune). */
  label(key: string): string {
    return this.spellings.get(key) ?? '';
  }
}
