// "de" before a name, as French writes it.
import { describe, expect, it } from 'vitest';
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
