// What is stored about a person: never a social security number, personal answers marked personal, and
// every collection that can refer to a person known to the export, the erasure and the purge.
import { describe, expect, it } from 'vitest';
import { erasureFor, linkedCollections } from '../../src/shared/rgpd/person-links';
import { collections } from '../../src/shared/schema/collections';

const NIR_LIKE = /nir|n[°o]?_?s[ée]cu|secu(rite)?_?social|social_?security|ssn|insee|matricule|num[ée]ro_?s[ée]cu/i;

describe('no NIR anywhere', () => {
  it.each(Object.entries(collections))('the %s collection has no field looking like a social security number', (_name, spec) => {
    const suspicious = Object.keys(spec.fields).filter((field) => NIR_LIKE.test(field.replace(/([a-z])([A-Z])/g, '$1_$2')));
    expect(suspicious).toEqual([]);
  });

  it('the check itself catches the usual spellings', () => {
    for (const field of ['nir', 'NIR', 'numeroSecu', 'securiteSociale', 'socialSecurityNumber', 'noSecu', 'nSecu']) {
      expect(NIR_LIKE.test(field.replace(/([a-z])([A-Z])/g, '$1_$2')), field).toBe(true);
    }
  });
});

describe('personal data of diagnostics and mandates', () => {
  it('marks every answer, the level and the orientation of a diagnostic as personal (sealed at rest)', () => {
    const fields = collections.diagnostics!.fields;
    const clear = Object.keys(fields).filter((f) => !fields[f]!.personal);
    expect(clear.sort()).toEqual(['beneficiaryId', 'date', 'deleted']);
  });

  it('marks the démarches and the démarche families of a mandate as personal', () => {
    expect(collections.mandates!.fields.demarcheIds!.personal).toBe(true);
    expect(collections.mandates!.fields.families!.personal).toBe(true);
  });
});

describe('records that refer to a person', () => {
  it('include every collection with a link to a bénéficiaire', () => {
    expect(linkedCollections().sort()).toEqual([
      'accompagnements',
      'demarcheSuivis',
      'diagnostics',
      'mandates',
      'orientations',
      'passNumeriques',
    ]);
  });

  const standIn = { id: 's1', birthYear: 1948, commune: 'Nérac' };
  it.each([
    ['their own diagnostic', 'diagnostics', { beneficiaryId: 'p1', date: '2026-01-01' }, { kind: 'erase' }],
    ['their own mandate', 'mandates', { beneficiaryId: 'p1' }, { kind: 'erase' }],
    [
      'their session: anonymous activity, note gone',
      'accompagnements',
      { beneficiaryId: 'p1', mode: 'individuel', note: 'Dossier CAF', theme: null },
      { kind: 'detach', changes: { beneficiaryId: 's1', note: null, anonymousPeople: [standIn] } },
    ],
    [
      'a workshop they attended with others',
      'accompagnements',
      { participantIds: ['p1', 'p2'], theme: 'Tablette' },
      { kind: 'detach', changes: { participantIds: ['s1', 'p2'], anonymousPeople: [standIn] } },
    ],
    [
      'their orientation: reason gone',
      'orientations',
      { beneficiaryId: 'p1', partnerId: 'caf-47', reason: 'RSA' },
      { kind: 'detach', changes: { beneficiaryId: 's1', reason: null } },
    ],
    [
      'a pass numérique handed to them',
      'passNumeriques',
      { handedTo: 'p1', number: 'A-1', atelier: 'Atelier de Mme Roux' },
      { kind: 'detach', changes: { handedTo: 's1', atelier: null } },
    ],
    ['someone else’s mandate', 'mandates', { beneficiaryId: 'p2' }, null],
    ['an already erased record', 'diagnostics', { beneficiaryId: 'p1', deleted: true }, null],
  ])('erasing the person: %s', (_case, collection, values, expected) => {
    expect(erasureFor(collection, values, 'p1', standIn)).toEqual(expected);
  });
});
