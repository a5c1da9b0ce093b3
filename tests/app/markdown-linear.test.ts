// Guides come over the air: no Markdown may freeze a tablet. The parser's work is bounded by a constant
// times the input's length — counted in steps, not timed — on hostile inputs of 100 KB and on generated
// ones, and it reads every small input exactly as the former parser did.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/shared/markdown/blocks';
import { markdownProblems, WORK_PER_CHARACTER } from '../../src/shared/markdown/check-markdown';
import { MAX_INLINE_DEPTH } from '../../src/shared/markdown/inline';
import { newReport } from '../../src/shared/markdown/landmarks';
import { referenceParse } from './markdown-reference';

const SIZE = 100 * 1024;
const fill = (piece: string, head = '', tail = '') =>
  head + piece.repeat(Math.ceil((SIZE - head.length - tail.length) / piece.length)) + tail;

/** Parses and returns the steps per character of input. */
function workPerCharacter(source: string): number {
  const report = newReport();
  parseMarkdown(source, report);
  return report.steps / (source.length + 1);
}

const hostile: [string, string][] = [
  ['a heading padded with spaces (was 1.7 s at 2,000)', fill(' ', '# a', 'b')],
  ['50,000 unclosed [ (was 3 s)', '['.repeat(50_000)],
  ['100 KB of unclosed [', fill('[')],
  ['nested brackets closed at the end', `${'['.repeat(SIZE / 2 - 4)}a${']'.repeat(SIZE / 2 - 4)}(x)`],
  ['links without their closing parenthesis', fill('[a](')],
  ['images without their closing parenthesis', fill('![a](')],
  ['labels closed but never followed by (', fill('[a]')],
  ['unclosed stars before words', fill('*a ')],
  ['unclosed double stars', fill('**a ')],
  ['unclosed underscores', fill('_a ')],
  ['runs of stars', fill('*')],
  ['a single star before a run of double stars', fill('**', '*a')],
  ['alternating emphasis markers', fill('*_')],
  ['backticks', fill('`')],
  ['one backtick then text', fill('a', '`')],
  ['backslashes', fill('\\')],
  ['escaped brackets', fill('\\[')],
  ['a bullet followed by spaces', fill(' ', '-', 'x')],
  ['a rule that is not one', fill('- ', '', 'x')],
  ['a long number', fill('9', '', '. x')],
  ['hashes', fill('#')],
  ['a heading of hashes and spaces', fill('# ', '# ')],
  ['many short lines', fill('- *a [b\n')],
  ['nested emphasis in links', fill('[*_`a')],
  ['deeply nested links', `${'['.repeat(9000)}x${'](/a)'.repeat(9000)}`],
  ['deeply nested strong and em', `${'**a *b '.repeat(6000)}${'* b**'.repeat(6000)}`],
  ['carriage returns', fill('\r')],
  ['spaces only', fill(' ')],
];

describe('the Markdown parser on hostile input', () => {
  it.each(hostile)('does a bounded amount of work on %s', (_case, source) => {
    expect(source.length).toBeGreaterThanOrEqual(50_000);
    expect(workPerCharacter(source)).toBeLessThanOrEqual(WORK_PER_CHARACTER);
  });

  it('keeps its bound on generated documents of up to 100 KB', () => {
    const piece = fc.constantFrom(
      '#',
      '# ',
      '[',
      ']',
      '(',
      ')',
      '![',
      '*',
      '**',
      '_',
      '`',
      '\\',
      ' ',
      '\n',
      '- ',
      '1. ',
      'a',
      'é',
      '/x',
      '---',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 400 }), fc.integer({ min: 1, max: 500 }), (pieces, times) => {
        const source = pieces.join('').repeat(times).slice(0, SIZE);
        expect(workPerCharacter(source)).toBeLessThanOrEqual(WORK_PER_CHARACTER);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it(`shows spans nested deeper than ${MAX_INLINE_DEPTH} levels as text, without a stack overflow`, () => {
    const blocks = parseMarkdown(`${'['.repeat(20_000)}x${'](/a)'.repeat(20_000)}`);
    expect(blocks).toHaveLength(1);
    expect(JSON.stringify(blocks)).toContain('](/a)');
  });
});

describe('what the linear parser reads', () => {
  it('reads every small input as the former parser did', () => {
    const char = fc.constantFrom(...'#[]()!*_`\\ \t-+.)1a9é/:\n\r'.split(''), 'https://x.fr', '/g.svg', 'javascript:x');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), (chars) => {
        const source = chars.join('');
        expect(parseMarkdown(source)).toEqual(referenceParse(source));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the real guides as the former parser did', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = 'src/content/guides';
    for (const name of readdirSync(dir)) {
      const body = readFileSync(`${dir}/${name}`, 'utf8');
      expect(parseMarkdown(body), name).toEqual(referenceParse(body));
    }
  });
});

describe('the check every guide passes', () => {
  it('accepts a guide that keeps every link and image', () => {
    expect(markdownProblems('# Titre\n\n[ameli](https://www.ameli.fr) ![schéma](/guides/x.svg)')).toEqual([]);
  });

  it('names the addresses a guide would lose on screen', () => {
    expect(markdownProblems('[clic](javascript:alert(1)) ![suivi](https://evil.example/p.png)')).toEqual([
      expect.stringContaining('« javascript:alert(1 »'),
      expect.stringContaining('« https://evil.example/p.png »'),
    ]);
  });
});
