// The journal's CSV opens right in a French spreadsheet, and a device name cannot smuggle a formula into it;
// its days are Paris days, winter and summer.
import { describe, expect, it } from 'vitest';
import { journalCsv, parisMidnight, parisTime } from '../../src/server/admin/journal';
import type { AuditLine } from '../../src/shared/schema/admin';

const line = (overrides: Partial<AuditLine>): AuditLine => ({
  at: Date.parse('2026-07-14T08:30:00Z'),
  structureId: 's1',
  aidantId: 'a1',
  aidantEmail: 'lea@sos.fr',
  deviceId: 'd1',
  deviceName: 'Tablette',
  action: 'read',
  collection: 'beneficiaries',
  recordId: '0190a1b2-0000-7000-8000-000000000001',
  ...overrides,
});

describe('the journal as CSV', () => {
  it('starts with a BOM, separates cells with ; and lines with CRLF, in Paris time', () => {
    const csv = journalCsv([line({})], new Map([['s1', 'Mairie de Sos']]));
    expect(csv).toBe(
      '\uFEFFdate;structure;aidant;appareil;action;collection;dossier\r\n' +
        '2026-07-14 10:30:00;Mairie de Sos;lea@sos.fr;Tablette;lecture;beneficiaries;0190a1b2-0000-7000-8000-000000000001\r\n',
    );
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+33 6 12', "'+33 6 12"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['Tablette; salle 2', '"Tablette; salle 2"'],
    ['PC "accueil"', '"PC ""accueil"""'],
  ])('writes the device name %s as the cell %s', (name, cell) => {
    const row = journalCsv([line({ deviceName: name })], new Map()).split('\r\n')[1]!;
    expect(row).toContain(`;${cell};lecture;`);
  });
});

describe('Paris days', () => {
  it.each([
    ['2026-01-15', '2026-01-14T23:00:00.000Z'],
    ['2026-07-14', '2026-07-13T22:00:00.000Z'],
    ['2026-03-29', '2026-03-28T23:00:00.000Z'],
    ['2026-10-25', '2026-10-24T22:00:00.000Z'],
  ])('starts %s at %s', (day, utc) => {
    expect(new Date(parisMidnight(day)).toISOString()).toBe(utc);
    expect(parisTime(parisMidnight(day))).toBe(`${day} 00:00:00`);
  });
});
