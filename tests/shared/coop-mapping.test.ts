// Déclic's sessions in La Coop's vocabulary: each mapping rule as a table, then any session the schemas
// allow maps to values La Coop knows, and nothing Déclic recorded is lost on the way.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coopCatalogueOf } from '../../src/shared/coop/activities';
import { coopCsv, coopExportRows } from '../../src/shared/coop/export';
import { coopJson } from '../../src/shared/coop/json-export';
import { coopExportJsonSchema } from '../../src/shared/coop/export-schema';
import {
  autonomieOfLevel,
  coopActivityOf,
  redirectionOfPartnerKind,
  tagOfPlace,
  thematiquesOf,
  typeLieuOfPlace,
  type CoopOrientationInput,
  type CoopSessionInput,
} from '../../src/shared/coop/mapping';
import { trancheAgeOf } from '../../src/shared/coop/tranche-age';
import {
  coopGenres,
  coopMateriels,
  coopNiveauxAtelier,
  coopStatutsSociaux,
  coopThematiques,
  coopThematiquesNumeriques,
  coopTranchesAge,
  thematiquesAreValid,
} from '../../src/shared/coop/vocabulary';
import { accompagnementsCollection, sessionModes, sessionPlaces } from '../../src/shared/schema/accompagnement';
import { fieldSpec } from '../../src/shared/schema/collections';
import { demarcheSchema, partnerKinds, type Demarche, type Partner } from '../../src/shared/schema/content';
import { autonomyLevels } from '../../src/shared/schema/diagnostic';
import { readCoopCsv } from '../fixtures/coop-csv';

const demarches: Demarche[] = readdirSync('src/content/demarches')
  .filter((f) => f.endsWith('.json'))
  .map((f) => demarcheSchema.parse(JSON.parse(readFileSync(`src/content/demarches/${f}`, 'utf8'))));
const partners = JSON.parse(readFileSync('src/content/partners.json', 'utf8')) as Partner[];
const catalogue = coopCatalogueOf({ demarches, partners });
const uuid = fc.uuid({ version: 7 });

describe('mapping rules', () => {
  it.each([
    ['domicile', 'domicile'],
    ['mairie', 'lieu_activite'],
    ['france-services', 'lieu_activite'],
    ['a-distance', 'a_distance'],
  ] as const)('a session at %s is a Coop %s', (place, typeLieu) => {
    expect(typeLieuOfPlace[place]).toBe(typeLieu);
  });

  it.each([
    ['pas-a-pas', 'entierement_accompagne'],
    ['aide-ponctuelle', 'partiellement_autonome'],
    ['autonome', 'autonome'],
  ] as const)('autonomy %s is %s', (level, autonomie) => {
    expect(autonomieOfLevel[level]).toBe(autonomie);
  });

  it.each([
    ['operateur', 'operateur_ou_organisme_en_charge'],
    ['france-services', 'aide_aux_demarches_administratives'],
    ['ccas', 'aide_sociale'],
    ['conseiller-numerique', 'mediation_numerique'],
    ['association', 'autre'],
    ['mairie', 'administration'],
  ] as const)('a referral to a partner of kind %s is redirected to « %s »', (kind, redirection) => {
    expect(redirectionOfPartnerKind[kind]).toBe(redirection);
  });

  it('adds help with administrative procedures to the administrative thematiques a démarche implies', () => {
    const rsa = demarches.find((d) => d.id === 'rsa')!;
    expect(rsa.situations.length).toBeGreaterThan(0);
    const found = thematiquesOf([], ['rsa'], catalogue);
    expect(found[0]).toBe('aide_aux_demarches_administratives');
    expect(thematiquesAreValid(found)).toBe(true);
    // Chosen alone, an administrative thematique brings aide_aux_demarches_administratives with it.
    expect(thematiquesOf(['logement'], [], catalogue)).toEqual(['aide_aux_demarches_administratives', 'logement']);
    expect(thematiquesOf(['email'], [], catalogue)).toEqual(['email']);
  });

  it('tells an individual session referred the same day, and where to', () => {
    const person = '01900000-0000-7000-8000-000000000001';
    const partner = partners.find((p) => p.kind === 'ccas')!;
    const session: CoopSessionInput = {
      id: 's',
      date: '2025-03-14',
      durationMinutes: 30,
      place: 'mairie',
      mode: 'individuel',
      beneficiaryId: person,
    };
    const same = { beneficiaryId: person, partnerId: partner.id, date: '2025-03-14' };
    expect(coopActivityOf(session, [same], catalogue)).toMatchObject({
      oriente_vers_structure: true,
      structure_de_redirection: 'aide_sociale',
    });
    expect(coopActivityOf(session, [{ ...same, date: '2025-03-15' }], catalogue)).toMatchObject({
      oriente_vers_structure: false,
      structure_de_redirection: null,
    });
  });

  it('takes each person’s age band from their birth year when the session does not say it, erased people included', () => {
    const [yvette, karim, erased] = [
      '01900000-0000-7000-8000-000000000001',
      '01900000-0000-7000-8000-000000000002',
      '01900000-0000-7000-8000-00000000000e',
    ];
    const birthYearOf = (id: string) => ({ [yvette]: 1948, [karim]: null })[id];
    const atelier: CoopSessionInput = {
      id: 'a',
      date: '2025-03-14',
      durationMinutes: 90,
      place: 'mairie',
      mode: 'atelier',
      participantIds: [yvette, karim, erased, '01900000-0000-7000-8000-0000000000ff'],
      anonymousPeople: [{ id: erased, birthYear: 2001, commune: 'Agen' }],
    };
    expect(coopActivityOf(atelier, [], catalogue, birthYearOf).participants.map((p) => p.tranche_age)).toEqual([
      'soixante_dix_plus',
      'non_communique',
      'dix_huit_vingt_quatre',
      'non_communique',
    ]);
    const alone: CoopSessionInput = { ...atelier, mode: 'individuel', beneficiaryId: yvette, participantIds: [] };
    expect(coopActivityOf(alone, [], catalogue, birthYearOf).participants[0]!.tranche_age).toBe('soixante_dix_plus');
    // What the aidant noted on the session wins.
    expect(
      coopActivityOf({ ...alone, trancheAge: 'soixante_soixante_neuf' }, [], catalogue, birthYearOf).participants[0]!.tranche_age,
    ).toBe('soixante_soixante_neuf');
  });

  it.each([
    [1950, '2025-06-01', 'soixante_dix_plus'],
    [1960, '2025-06-01', 'soixante_soixante_neuf'],
    [1985, '2025-06-01', 'quarante_cinquante_neuf'],
    [2000, '2025-06-01', 'vingt_cinq_trente_neuf'],
    [2007, '2025-06-01', 'dix_huit_vingt_quatre'],
    [2013, '2025-06-01', 'douze_dix_huit'],
    [2014, '2025-06-01', 'moins_de_douze'],
    [null, '2025-06-01', null],
  ] as const)('born in %s, on %s one is in the band %s', (year, date, band) => {
    expect(trancheAgeOf(year, date)).toBe(band);
  });
});

describe('the session fields La Coop counts', () => {
  const accepts = (field: string, value: unknown) => fieldSpec('accompagnements', field)!.schema.safeParse(value).success;

  it.each([
    ['genre', 'feminin', 'femme'],
    ['trancheAge', 'soixante_dix_plus', '70+'],
    ['occupation', 'retraite', 'retraité'],
    ['niveauAtelier', 'avance', 'expert'],
  ])('%s takes only the Coop’s values, or null', (field, good, bad) => {
    expect([accepts(field, good), accepts(field, null), accepts(field, bad)]).toEqual([true, true, false]);
  });

  it('bounds the lists: each value once at most in length, and only the Coop’s', () => {
    expect(accepts('materiel', [...coopMateriels])).toBe(true);
    expect(accepts('materiel', [...coopMateriels, 'tablette'])).toBe(false);
    expect(accepts('materiel', ['smartphone'])).toBe(false);
    expect(accepts('thematiques', [...coopThematiques])).toBe(true);
    expect(accepts('thematiques', [...coopThematiques, 'email'])).toBe(false);
  });

  it('keeps the person’s gender, age band and situation sealed at rest, like the commune', () => {
    for (const field of ['genre', 'trancheAge', 'occupation', 'commune']) expect(fieldSpec('accompagnements', field)?.personal).toBe(true);
    for (const field of ['materiel', 'thematiques', 'niveauAtelier']) expect(fieldSpec('accompagnements', field)?.personal).toBeUndefined();
  });
});

const orNull = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const someOf = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { maxLength: values.length });
const sessionArb: fc.Arbitrary<CoopSessionInput> = fc.record({
  id: uuid,
  date: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  durationMinutes: fc.integer({ min: 1, max: 720 }),
  place: fc.constantFrom(...sessionPlaces),
  mode: fc.constantFrom(...sessionModes),
  beneficiaryId: orNull(uuid),
  participantIds: fc.array(uuid, { maxLength: 60 }),
  theme: orNull(fc.string({ maxLength: 120 })),
  demarcheIds: fc.uniqueArray(fc.oneof(fc.constantFrom(...demarches.map((d) => d.id)), fc.constant('demarche-retiree')), { maxLength: 6 }),
  autonomyObserved: orNull(fc.constantFrom(...autonomyLevels)),
  commune: orNull(fc.constantFrom('Nérac', 'Agen')),
  thematiques: someOf(coopThematiques),
  materiel: someOf(coopMateriels),
  niveauAtelier: orNull(fc.constantFrom(...coopNiveauxAtelier)),
  genre: orNull(fc.constantFrom(...coopGenres)),
  trancheAge: orNull(fc.constantFrom(...coopTranchesAge)),
  occupation: orNull(fc.constantFrom(...coopStatutsSociaux)),
});
const orientationArb: fc.Arbitrary<CoopOrientationInput> = fc.record({
  beneficiaryId: uuid,
  partnerId: fc.constantFrom(...partners.map((p) => p.id), 'partenaire-retire'),
  date: fc.constantFrom('2025-03-14', '2026-01-05'),
});

describe('every Déclic session', () => {
  it('is a session the schemas accept (the generator covers the real records)', () => {
    fc.assert(
      fc.property(sessionArb, ({ id: _id, ...values }) => {
        for (const [field, value] of Object.entries(values)) {
          expect(accompagnementsCollection.fields[field as keyof typeof values].schema.safeParse(value).success, field).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('maps to values of La Coop’s enumerations, in the JSON and in the CSV', () => {
    fc.assert(
      fc.property(fc.array(sessionArb, { maxLength: 5 }), fc.array(orientationArb, { maxLength: 3 }), (sessions, orientations) => {
        const activities = sessions.map((s) => coopActivityOf(s, orientations, catalogue));
        expect(coopExportJsonSchema.safeParse(coopJson(activities, () => 'structure')).success).toBe(true);
        const { rows, problems } = readCoopCsv(coopCsv(coopExportRows(activities, () => ({ structureName: 'Mairie de Nérac' }))));
        expect(problems).toEqual([]);
        expect(rows).toHaveLength(activities.reduce((sum, a) => sum + a.participants.length, 0));
      }),
      { numRuns: 150 },
    );
  });

  it('loses nothing Déclic recorded: each value can be read back from the Coop activity', () => {
    const levelOf = new Map(Object.entries(autonomieOfLevel).map(([level, value]) => [value, level]));
    fc.assert(
      fc.property(sessionArb, (session) => {
        const a = coopActivityOf(session, [], catalogue);
        const atelier = session.mode === 'atelier';
        expect(a.type).toBe(atelier ? 'collectif' : 'individuel');
        expect([a.date, a.duree]).toEqual([session.date, session.durationMinutes]);
        const place = sessionPlaces.find((p) => typeLieuOfPlace[p] === a.type_lieu && (tagOfPlace[p] ?? undefined) === a.tags[0]);
        expect(place).toBe(session.place);
        expect(a.participants).toHaveLength(atelier ? Math.max(1, session.participantIds!.length) : 1);
        for (const id of session.demarcheIds!) {
          expect(a.precisions_demarche).toContain(catalogue.demarche(id)?.title ?? id);
        }
        if (session.demarcheIds!.length > 0) expect(a.thematiques).toContain('aide_aux_demarches_administratives');
        for (const chosen of session.thematiques!) expect(a.thematiques).toContain(chosen);
        expect(a.materiel).toEqual(session.materiel);
        if (atelier) {
          expect([a.titre_atelier, a.niveau_atelier]).toEqual([session.theme, session.niveauAtelier]);
        } else {
          expect(a.autonomie === null ? null : levelOf.get(a.autonomie)).toBe(session.autonomyObserved);
          expect(a.participants[0]).toEqual({
            genre: session.genre ?? 'non_communique',
            tranche_age: session.trancheAge ?? 'non_communique',
            statut_social: session.occupation ?? 'non_communique',
            commune: session.commune,
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps apart the thematiques about procedures from the others', () => {
    expect(coopThematiquesNumeriques).toContain('aide_aux_demarches_administratives');
    expect(coopThematiques).toHaveLength(30);
    expect(partnerKinds).toHaveLength(Object.keys(redirectionOfPartnerKind).length);
  });
});
