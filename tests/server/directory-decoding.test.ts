// A « CSV » saved by a spreadsheet on Windows is not UTF-8: the import reads it as Windows-1252 rather than
// turning every accent into �, and a UTF-8 file stays as it is.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDirectoryFile } from '../../src/server/cli/import-partners-command';
import { parseLieuxCsv } from '../../src/shared/directory/lieux';

describe('decodeDirectoryFile', () => {
  const utf8 = readFileSync('tests/fixtures/directories/lieux-47.csv', 'utf8');

  it('reads the same places from the UTF-8 file and from its Windows-1252 copy', () => {
    const windows = Buffer.from(utf8.replace(/^\ufeff/, ''), 'latin1');
    const fromUtf8 = parseLieuxCsv(decodeDirectoryFile(Buffer.from(utf8, 'utf8')));
    const fromWindows = parseLieuxCsv(decodeDirectoryFile(windows));
    expect(fromWindows.partners.map((p) => p.values.name)).toEqual(fromUtf8.partners.map((p) => p.values.name));
    expect(fromWindows.partners[0]!.values.name).toBe('Médiathèque Lacépède');
    expect(fromWindows.refused).toEqual(fromUtf8.refused);
  });
});
