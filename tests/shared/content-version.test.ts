// Content packs are ordered by the edition day their version starts with.
import { describe, expect, it } from 'vitest';
import { isOlderPack, packEdition } from '../../src/shared/content-version';

describe('the order of content packs', () => {
  it('reads the edition day of a version', () => {
    expect(packEdition('2026-12-04-1a2b3c4d')).toBe('2026-12-04');
    expect(packEdition('2026-12-04')).toBe('2026-12-04');
    expect(packEdition('test')).toBeUndefined();
    expect(packEdition('2026-12-041')).toBeUndefined();
  });

  it('orders packs by day; same day or unknown versions are not older', () => {
    expect(isOlderPack('2026-02-03-aaaa', '2026-03-01-bbbb')).toBe(true);
    expect(isOlderPack('2026-03-01-bbbb', '2026-02-03-aaaa')).toBe(false);
    expect(isOlderPack('2026-03-01-aaaa', '2026-03-01-bbbb')).toBe(false);
    expect(isOlderPack('dev', '2026-03-01-bbbb')).toBe(false);
  });
});
