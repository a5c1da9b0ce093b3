// "de" before a name, as French writes it.
import { describe, expect, it } from 'vitest';
import { frenchSpacing } from '../../src/app/features/guides/MarkdownView';
import { ofName } from '../../src/app/ui/french';

describe('ofName', () => {
  it.each([
    ['Jeanne Martin', 'de Jeanne Martin'],
    ['Ahmed Ouali', 'd’Ahmed Ouali'],
    ['Élise Roux', 'd’Élise Roux'],
    ['Hélène Vidal', 'd’Hélène Vidal'],
    ['Yvette Martin', 'd’Yvette Martin'],
    ['Personne sans nom', 'de Personne sans nom'],
  ])('writes %s as « %s »', (name, written) => {
    expect(ofName(name)).toBe(written);
  });
});

describe('frenchSpacing', () => {
  it('never lets « : ; ? ! » » start a line, nor « end one', () => {
    expect(frenchSpacing('Attention : le code arrive par SMS ; on dit « code » ? Oui !')).toBe(
      'Attention\u00a0: le code arrive par SMS\u00a0; on dit «\u00a0code\u00a0»\u00a0? Oui\u00a0!',
    );
  });
});
