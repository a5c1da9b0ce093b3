// Where the inline markers of one text are, found once per text so that every look-up is O(1): the
// next occurrence of a marker, the `]` closing each `[`, the close of a single `*` or `_`. Built on
// first use, each in one pass: what keeps the inline parser linear.

/** Work done by a parse, in steps of constant cost: tests and the content check bound it by the input's length. */
export interface ParseReport {
  steps: number;
  /** Link and image addresses the parser refused (javascript:, a foreign image…), in order. */
  refused: string[];
}

/** A new, empty report. */
export const newReport = (): ParseReport => ({ steps: 0, refused: [] });

/** The landmarks of one text. */
export class Landmarks {
  // Few markers per text: lists searched by key cost less than maps made for every nested span.
  private readonly nextOf: [string, Int32Array][] = [];
  private closingOf: Int32Array | undefined;
  private readonly singleOf: [string, Int32Array][] = [];

  constructor(
    readonly text: string,
    private readonly report: ParseReport,
  ) {}

  /** The first index at or after `from` where `marker` (one or two characters) starts, or -1. */
  find(marker: string, from: number): number {
    if (from >= this.text.length) return -1;
    let table = this.nextOf.find(([key]) => key === marker)?.[1];
    if (!table) this.nextOf.push([marker, (table = this.buildNext(marker))]);
    return table[from] ?? -1;
  }

  /** The index of the `]` closing the `[` at `open` (brackets nest, a backslash escapes), or -1. */
  closing(open: number): number {
    this.closingOf ??= this.buildClosing();
    return this.closingOf[open] ?? -1;
  }

  /**
   * The close of a single `marker` (`*` or `_`) searched from `from`: its first occurrence, where one
   * followed by the same character (the closing of a nested strong) is skipped with its follower. -1 if none.
   */
  singleClose(marker: string, from: number): number {
    const first = this.find(marker, from);
    if (first < 0) return -1;
    let table = this.singleOf.find(([key]) => key === marker)?.[1];
    if (!table) this.singleOf.push([marker, (table = this.buildSingle(marker))]);
    return table[first] ?? -1;
  }

  private buildNext(marker: string): Int32Array {
    const { text } = this;
    const table = new Int32Array(text.length + 1).fill(-1);
    for (let i = text.length - 1, next = -1; i >= 0; i--) {
      if (text.startsWith(marker, i)) next = i;
      table[i] = next;
    }
    this.report.steps += text.length;
    return table;
  }

  private buildClosing(): Int32Array {
    const { text } = this;
    const table = new Int32Array(text.length).fill(-1);
    const open: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const char = text[i];
      if (char === '\\') i++;
      else if (char === '[') open.push(i);
      else if (char === ']') {
        const opened = open.pop();
        if (opened !== undefined) table[opened] = i;
      }
    }
    this.report.steps += text.length;
    return table;
  }

  // Right to left: the close reached from a marker followed by another is the one reached from the next
  // marker two places on, already known.
  private buildSingle(marker: string): Int32Array {
    const { text } = this;
    const table = new Int32Array(text.length).fill(-1);
    for (let i = text.length - 1; i >= 0; i--) {
      if (text[i] !== marker) continue;
      if (text[i + 1] !== marker) table[i] = i;
      else {
        const next = this.find(marker, i + 2);
        table[i] = next < 0 ? -1 : (table[next] ?? -1);
      }
    }
    this.report.steps += text.length;
    return table;
  }
}
