// The fingerprint printed on a mandate: the SHA-256 of its canonical content, the same for the same
// content, another as soon as the template, the person, the aidant, the structure, a family or a date changes.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  canonicalMandateText,
  groupedFingerprint,
  mandateFingerprint,
  type MandateContent,
} from '../../src/app/features/mandates/mandate-content';
import { CURRENT_MANDATE_TEMPLATE, mandateTemplate, mandateTemplates } from '../../src/app/features/mandates/mandate-templates';

const signed: MandateContent = {
  templateVersion: 2,
  person: { name: 'Josiane Lavergne', birthYear: 1951, commune: 'Casteljaloux' },
  aidantName: 'Claire Martin',
  structureName: 'Mairie de Nérac',
  families: ['social', 'logement'],
  startOn: '2026-03-10',
  durationDays: 182,
  lastDay: '2026-09-07',
};

describe('the fingerprint of a mandate', () => {
  it('is the SHA-256 of its canonical text, in hexadecimal', async () => {
    const expected = createHash('sha256').update(canonicalMandateText(signed), 'utf8').digest('hex');
    expect(await mandateFingerprint(signed)).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it('stays the same for the same content, whatever the order the families were ticked in', async () => {
    const again = { ...signed, person: { ...signed.person }, families: ['logement', 'social'] as const };
    expect(await mandateFingerprint(again)).toBe(await mandateFingerprint(signed));
  });

  it.each([
    ['the template version', { templateVersion: 3 }],
    ['the person’s name', { person: { ...signed.person, name: 'Josiane Lavergnes' } }],
    ['the person’s birth year', { person: { ...signed.person, birthYear: 1952 } }],
    ['the person’s commune', { person: { ...signed.person, commune: 'Nérac' } }],
    ['the aidant', { aidantName: 'Claire Martins' }],
    ['the structure', { structureName: 'Mairie de Casteljaloux' }],
    ['a family added', { families: ['social', 'logement', 'argent'] }],
    ['a family swapped', { families: ['social', 'travail'] }],
    ['the first day', { startOn: '2026-03-11' }],
    ['the duration', { durationDays: 365 }],
    ['the last day', { lastDay: '2026-09-06' }],
  ] as [string, Partial<MandateContent>][])('changes with %s', async (_what, change) => {
    expect(await mandateFingerprint({ ...signed, ...change })).not.toBe(await mandateFingerprint(signed));
  });

  it('reads in groups of eight', () => {
    expect(groupedFingerprint('0123456789abcdef0123')).toBe('01234567 89abcdef 0123');
  });
});

describe('the templates', () => {
  it('keep every version, the current one citing the Code civil and carrying the fingerprint', () => {
    expect(Object.keys(mandateTemplates).map(Number)).toEqual([1, 2]);
    const current = mandateTemplate(CURRENT_MANDATE_TEMPLATE)!;
    expect(current.clauses.join(' ')).toContain('articles 1984 et suivants du Code civil');
    expect(current.fingerprint).toBe(true);
    expect(mandateTemplate(1)!.fingerprint).toBe(false);
    expect(new Set(Object.values(mandateTemplates).map((t) => t.id)).size).toBe(2);
    expect(mandateTemplate(99)).toBeUndefined();
  });
});
