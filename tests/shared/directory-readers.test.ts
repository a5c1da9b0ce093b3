// The two open data directories read as a coordinator exports them: good rows become partners, each bad row
// is named with its line and the reason in French, and one bad row never stops the others.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/shared/directory/csv';
import { parseDataInclusion } from '../../src/shared/directory/data-inclusion';
import { DirectoryFileError } from '../../src/shared/directory/imported-partner';
import { parseLieuxCsv } from '../../src/shared/directory/lieux';
import { parseZone } from '../../src/shared/directory/zone';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/directories/${name}`, import.meta.url), 'utf8');
const lot = parseZone('47')!;

describe('the CSV reader', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks, after a BOM, with CRLF', () => {
    const table = parseCsv('\ufeffid,nom,adresse\r\n1,"Mairie, accueil","2 rue ""Haute""\r\n1er étage"\r\n\r\n2,CCAS,3 place\r\n');
    expect(table.header).toEqual(['id', 'nom', 'adresse']);
    expect(table.records).toEqual([
      { line: 2, values: ['1', 'Mairie, accueil', '2 rue "Haute"\r\n1er étage'] },
      { line: 5, values: ['2', 'CCAS', '3 place'] },
    ]);
  });

  it('takes `;` when the header is separated by it (a French spreadsheet), and a last line without a line break', () => {
    expect(parseCsv('id;nom\n1;"A; B"').records).toEqual([{ line: 2, values: ['1', 'A; B'] }]);
  });

  it('refuses a quote never closed, naming its line', () => {
    expect(() => parseCsv('id,nom\n1,ok\n2,"pas fermé\n')).toThrow(/ligne 3/);
  });
});

describe('« Lieux de médiation numérique » (schema 1.0.2)', () => {
  const parsed = parseLieuxCsv(fixture('lieux-47.csv'));

  it('imports the good rows with their values', () => {
    expect(parsed.partners.map((p) => [p.line, p.sourceId])).toEqual([
      [2, 'lieu-agen-mediatheque'],
      [3, 'lieu-nerac-fs'],
      [5, 'lieu-marmande-ccas'],
      [6, 'lieu-villeneuve-bus'],
    ]);
    const nerac = parsed.partners[1]!;
    expect(nerac).toMatchObject({ source: 'lieux', updatedOn: '2024-02-01' });
    expect(nerac.values).toEqual({
      name: 'France services de Nérac',
      commune: 'Nérac',
      postalCode: '47600',
      address: '4 rue du Château, Maison de la communauté de communes, rez-de-chaussée',
      phone: '05 53 97 55 55',
      email: 'franceservices@albret.fr, accueil@albret.fr',
      website: null,
      openingHours: 'Mo-Th 08:30-12:30,13:30-17:00; Fr 08:30-12:30',
      appointment: 'Téléphoner, Prendre un RDV en ligne ; en ligne : https://www.rdv-solidarites.fr/',
      services: ['Aide aux démarches administratives', 'Utilisation sécurisée du numérique'],
      modalities: ['Accompagnement individuel'],
      notes:
        'Accompagnement aux démarches CAF, CPAM, impôts, ANTS.\n\nDeux conseillères, dont une conseillère numérique, reçoivent sur rendez-vous l’après-midi.\nPermanence MSA le jeudi.'.replace(
          '’',
          "'",
        ),
    });
    expect(parsed.partners[2]!.values.name).toBe('CCAS de Marmande, "Espace numérique"');
  });

  it('refuses each bad row with its line and reason, in French', () => {
    expect(parsed.refused).toEqual([
      { line: 7, reason: 'champ obligatoire « adresse » vide' },
      { line: 8, reason: 'date_maj invalide : « 12/03/2024 » (date AAAA-MM-JJ attendue)' },
      { line: 9, reason: 'code_postal invalide : « 475OO » (5 chiffres attendus)' },
      { line: 10, reason: 'identifiant « lieu-agen-mediatheque » déjà présent ligne 2' },
      { line: 11, reason: '5 champs au lieu de 32' },
    ]);
  });

  it('refuses a file that is not of the standard, naming the missing columns', () => {
    expect(() => parseLieuxCsv('nom;commune\nMairie;Agen\n')).toThrow(DirectoryFileError);
    expect(() => parseLieuxCsv('nom;commune\nMairie;Agen\n')).toThrow(/id, pivot, code_postal, adresse, date_maj/);
  });

  it('refuses a pivot that is neither a SIRET nor an RNA number, and a name longer than the field', () => {
    const head = 'id,pivot,nom,commune,code_postal,adresse,date_maj';
    const result = parseLieuxCsv(
      `${head}\na,123,Lieu,Agen,47000,1 rue,2024-01-01\nb,W471002345,${'N'.repeat(121)},Agen,47000,1 rue,2024-01-01\n`,
    );
    expect(result.refused).toEqual([
      { line: 2, reason: 'pivot invalide : « 123 » (SIRET ou numéro RNA attendu)' },
      { line: 3, reason: '« nom » trop long (120 caractères au plus)' },
    ]);
  });
});

describe('data·inclusion v1 (structures and services)', () => {
  const parsed = parseDataInclusion(fixture('data-inclusion-47.json'), lot);

  it('keeps the structures of Lot-et-Garonne, with what their services offer', () => {
    expect(parsed.partners.map((p) => [p.line, p.sourceId])).toEqual([
      [3, 'dora--caf-47-agen'],
      [27, 'soliguide--ccas-nerac'],
      [51, 'dora--mission-locale-marmande'],
      [75, 'dora--epn-villeneuve'],
    ]);
    const caf = parsed.partners[0]!;
    // A service changed later than its structure makes the place newer.
    expect(caf.updatedOn).toBe('2025-02-03');
    expect(caf.values).toMatchObject({
      name: 'CAF de Lot-et-Garonne – accueil d’Agen'.replace('’', "'"),
      postalCode: '47000',
      phone: '09 69 32 21 00',
      openingHours: 'Mo-Fr 08:30-12:30; PH off',
      services: ['Rendez-vous avec un conseiller CAF', 'Point numérique CAF'],
      modalities: ['En présentiel', 'À distance'],
    });
    expect(parsed.partners[2]!.values.address).toBe('18 rue de la Libération, 1er étage');
    expect(parsed.partners[1]!.values.phone).toBe('05 53 97 40 50');
  });

  it('counts the structures outside the zone and refuses bad ones with their line', () => {
    expect(parsed.outOfZone).toBe(2);
    expect(parsed.refused).toEqual([
      { line: 141, reason: 'champ obligatoire « date_maj » vide' },
      { line: 163, reason: 'code_postal invalide : « 4770 » (5 chiffres attendus)' },
      { line: 185, reason: 'date_maj invalide : « 2024-13-01 » (date AAAA-MM-JJ attendue)' },
      { line: 370, reason: 'service : champ obligatoire « description » vide' },
    ]);
  });

  it('takes a zone of communes (INSEE codes)', () => {
    const nerac = parseDataInclusion(fixture('data-inclusion-47.json'), parseZone('47195,47157')!);
    expect(nerac.partners.map((p) => p.sourceId)).toEqual(['soliguide--ccas-nerac', 'dora--mission-locale-marmande']);
    // Villeneuve has no INSEE code: a list of communes cannot place it.
    expect(nerac.outOfZone).toBe(7);
  });

  it('reads a list of structures alone, and says where a broken file breaks', () => {
    const list = parseDataInclusion(
      '[\n{"source":"dora","id":"a","nom":"Mairie d\'Agen","code_insee":"47001","date_maj":"2024-05-01"}\n]',
      lot,
    );
    expect(list.partners).toMatchObject([{ line: 2, sourceId: 'a' }]);
    expect(() => parseDataInclusion('{"structures": [\n{"id" "a"}\n]}', lot)).toThrow(/JSON valide \(ligne 2\)/);
    expect(() => parseDataInclusion('{"lieux": []}', lot)).toThrow(/« structures » est absente/);
  });

  it('refuses a zone that is neither a département nor INSEE codes', () => {
    expect(parseZone('Agen')).toBeNull();
    expect(parseZone('47,2A,971,47001')).toEqual({ departements: ['47', '2A', '971'], communes: ['47001'] });
  });
});

describe('long values of real directories', () => {
  it('cuts a description longer than a partner’s notes, and keeps the first 30 services, instead of refusing the place', () => {
    const services = Array.from({ length: 40 }, (_, i) => ({
      source: 'france-travail',
      id: `ft--v${i}`,
      structure_id: 'ft--agen',
      nom: `Service ${i}`,
      description: 'Un service de l’agence.',
      date_maj: '2025-01-01',
    }));
    const structure = {
      source: 'france-travail',
      id: 'ft--agen',
      nom: 'France Travail Agen',
      code_insee: '47001',
      description: 'Une agence. '.repeat(500),
      date_maj: '2025-01-01',
    };
    const [place] = parseDataInclusion(JSON.stringify({ structures: [structure], services }), lot).partners;
    expect(place!.values.notes!.length).toBeLessThanOrEqual(4000);
    expect(place!.values.notes!.endsWith('agence.…')).toBe(true);
    expect(place!.values.services).toHaveLength(30);
  });
});
