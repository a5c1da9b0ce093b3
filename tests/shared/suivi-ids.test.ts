// Checklist rows get the same record id on every tablet: a deterministic UUID from (suivi, kind, item).
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordIdSchema } from '../../src/shared/schema/ids';
import { checklistItemId } from '../../src/shared/schema/suivi';
import { nameBasedUuid, sha256 } from '../../src/shared/schema/suivi-id';

const SUIVI = '0192f3a4-5b6c-7d8e-9f00-112233445566';
const OTHER_SUIVI = '0192f3a4-5b6c-7d8e-9f00-112233445567';

describe('sha256', () => {
  it.each(['', 'abc', 'declic/checklist/x/step/simuler', 'pièce d’identité — é', 'a'.repeat(200)])(
    'matches Node’s SHA-256 for %j',
    (text) => {
      expect(Buffer.from(sha256(text)).toString('hex')).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    },
  );

  it('matches Node’s SHA-256 for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 150 }), (text) => {
        expect(Buffer.from(sha256(text)).toString('hex')).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
    );
  });
});

describe('checklistItemId', () => {
  it('is the same for the same row, whichever tablet computes it', () => {
    expect(checklistItemId(SUIVI, 'step', 'simuler')).toBe(checklistItemId(SUIVI, 'step', 'simuler'));
    expect(checklistItemId(SUIVI.toUpperCase(), 'step', 'simuler')).toBe(checklistItemId(SUIVI, 'step', 'simuler'));
  });

  it.each([
    ['another item', [SUIVI, 'step', 'demander']],
    ['the same id as a document', [SUIVI, 'document', 'simuler']],
    ['another suivi', [OTHER_SUIVI, 'step', 'simuler']],
  ] as const)('differs for %s', (_, [suivi, kind, item]) => {
    expect(checklistItemId(suivi, kind, item)).not.toBe(checklistItemId(SUIVI, 'step', 'simuler'));
  });

  it('is a valid record id, version 8 (custom, name-based) and RFC variant', () => {
    const id = checklistItemId(SUIVI, 'document', 'rib');
    expect(recordIdSchema.safeParse(id).success).toBe(true);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('is stable across versions of the app (a changed formula would split rows already synced)', () => {
    expect(nameBasedUuid('abc')).toBe('ba7816bf-8f01-8fea-8141-40de5dae2223');
  });
});
