// The CSV export opens as it should in a French spreadsheet and holds only anonymous aggregates.
import { describe, expect, it } from 'vitest';
import { computeStats } from '../../src/shared/stats/compute';
import { statsToCsv } from '../../src/shared/stats/csv';
import { atelier, cheque, emptyInput, orientation, person, session } from '../fixtures/activity-records';

function sampleCsv(): { csv: string } {
  const input = emptyInput();
  const people = Array.from({ length: 8 }, (_, i) => person(i < 6 ? 'Nérac' : 'Bouglon', 1950 + i));
  input.beneficiaries.push(...people);
  input.accompagnements.push(
    ...people.map((p) => session(p.id, { commune: p.commune, demarcheIds: ['rsa'], operatorIds: ['caf'], durationMinutes: 50 })),
    atelier(
      people.slice(0, 5).map((p) => p.id),
      { date: '2025-04-03' },
    ),
  );
  input.orientations.push(orientation(people[0]!.id, { partnerId: 'caf-47' }));
  input.passNumeriques.push(cheque({ status: 'remis', handedTo: people[1]!.id, handedOn: '2025-03-14', valueCents: 1050 }));
  const report = computeStats(input, { from: '2025-01-01', to: '2025-06-30' });
  const csv = statsToCsv(report, {
    scopeLabel: 'Mairie de "Nérac"',
    labels: { demarche: { rsa: 'RSA' }, operator: { caf: 'CAF' }, partner: { 'caf-47': '=CAF de Lot-et-Garonne' } },
  });
  return { csv };
}

const linesOf = (csv: string) => csv.slice(1).split('\r\n');

describe('the CSV file', () => {
  it('starts with a UTF-8 BOM, ends lines with CRLF and separates fields with ";"', () => {
    const { csv } = sampleCsv();
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(linesOf(csv)).toContain('"Mois";"Personnes";"Séances";"Heures"');
  });

  it('writes hours with a decimal comma and text in quotes, inner quotes doubled', () => {
    const lines = linesOf(sampleCsv().csv);
    expect(lines).toContain('"Périmètre";"Mairie de ""Nérac"""');
    expect(lines).toContain('"mars 2025";8;8;6,7');
    expect(lines).toContain('"Heures d’accompagnement";8,2');
    expect(lines).toContain('"Valeur des pass remis (€)";10,50');
    expect(lines).toContain('"RSA";8;8;6,7');
  });

  it('hides a commune of fewer than 5 people, and what would give it back', () => {
    const lines = linesOf(sampleCsv().csv);
    expect(lines).toContain('"Bouglon";"< 5";"masqué"');
    expect(lines).toContain('"Nérac";"masqué";"masqué"');
    expect(lines).toContain('"Par commune des personnes"');
  });

  it('lists hidden communes after the shown ones, by name, not by their hidden figures', () => {
    const lines = linesOf(sampleCsv().csv);
    const table = lines.slice(lines.indexOf('"Par commune des personnes"') + 2);
    expect(table.slice(0, 2)).toEqual(['"Bouglon";"< 5";"masqué"', '"Nérac";"masqué";"masqué"']);
  });

  it('hides a suite given to fewer than 5 people: orientations count people too', () => {
    const lines = linesOf(sampleCsv().csv);
    expect(lines).toContain('"En attente";"< 5";"masqué"');
    expect(lines).toContain('"avril 2025";5;1;1,5');
  });

  it('holds no name, no birth year and no record id', () => {
    const { csv } = sampleCsv();
    expect(csv).not.toMatch(/19[4-6]\d/);
    expect(csv).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('defuses a label that a spreadsheet would run as a formula', () => {
    expect(linesOf(sampleCsv().csv)).toContain('"\'=CAF de Lot-et-Garonne";"< 5";"masqué"');
  });

  it('names the period in French dates', () => {
    expect(linesOf(sampleCsv().csv)).toContain('"Période";"du 01/01/2025 au 30/06/2025"');
  });
});
