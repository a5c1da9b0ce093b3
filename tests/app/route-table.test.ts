// The app's addresses, all in one table: every address reads back into the page and the parameters it
// was built from, ids are checked (a mistyped id names no page), and an unknown address under a section
// shows that section's "introuvable" page.
import { describe, expect, it } from 'vitest';
import { paths, type PathName } from '../../src/app/routes/paths';
import { matchRoute } from '../../src/app/routes/route-table';
import { route, recordId, type ParamsOf } from '../../src/app/routes/route-pattern';
import { sections } from '../../src/app/routes/sections';

const id = '0190a000-0000-7000-8000-00000000002a';
const other = '0190a000-0000-7000-8000-0000000000ff';

/** One set of parameters per address (the compiler asks for every address of the table). */
const examples: { [N in PathName]: ParamsOf<(typeof paths)[N]> } = {
  home: {},
  beneficiaries: {},
  newFile: {},
  expiringMandates: {},
  duplicates: {},
  mergeFiles: { id, otherId: other },
  file: { id },
  editFile: { id },
  newDiagnostic: { id },
  diagnostic: { id, diagnosticId: other },
  newMandate: { id },
  mandate: { id, mandateId: other },
  personData: { id },
  eraseFile: { id },
  demarches: {},
  followUps: {},
  staleDemarches: {},
  suivi: { id },
  suiviSheet: { id },
  operator: { operator: 'caf' },
  situation: { situation: 'sante' },
  demarche: { demarcheId: 'prime-activite' },
  guides: {},
  training: {},
  workshops: {},
  trainingModule: { moduleId: 'mandat-et-aidants-connect' },
  guide: { guideId: 'utiliser-franceconnect' },
  partners: {},
  partner: { partnerId: 'caf-47' },
  activity: {},
  sessions: {},
  atelier: {},
  atelierFromWorkshop: { workshopId: id },
  orientations: {},
  orientation: { orientationId: id },
  pass: {},
  stats: {},
  personActivity: { beneficiaryId: id },
  logSession: { beneficiaryId: id },
  newOrientation: { beneficiaryId: id },
  handOutPass: { beneficiaryId: id },
  settings: {},
  accessibility: {},
  admin: {},
  adminTeam: {},
  adminDevices: {},
  adminJournal: {},
  adminStructures: {},
};
const names = Object.keys(paths) as PathName[];
const build = (name: PathName) => (paths[name] as (params: object) => string)(examples[name]);

describe('every address', () => {
  it.each(names)('%s: builds a path that reads back into the same page and parameters', (name) => {
    const path = build(name);
    const match = matchRoute(path);
    expect(match.name).toBe(name);
    expect(match.params).toEqual(examples[name]);
    expect(match.entry).toBeDefined();
  });

  it.each(names.filter((name) => name !== 'home'))('%s: belongs to the section its path starts with', (name) => {
    const match = matchRoute(build(name));
    expect(build(name).startsWith(`${match.section?.path}`)).toBe(true);
  });

  it('declares each pattern once', () => {
    const patterns = names.map((name) => paths[name].pattern);
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it('opens the files list at the root, under Bénéficiaires', () => {
    expect(matchRoute('/')).toMatchObject({ name: 'home', section: sections.beneficiaries });
  });

  it.each([
    ['/activite/', 'activity'],
    ['/beneficiaires/nouveau/', 'newFile'],
    [`/activite/personne/${id}/seance/`, 'logSession'],
  ])('ignores a trailing slash: %s', (path, name) => {
    expect(matchRoute(path).name).toBe(name);
  });

  it('reads the fixed words before a content id: « a-relancer » is not a démarche', () => {
    expect(matchRoute('/demarches/a-relancer').name).toBe('followUps');
    expect(matchRoute('/demarches/a-relancer-vite')).toMatchObject({ name: 'demarche', params: { demarcheId: 'a-relancer-vite' } });
  });
});

describe('an address that names no page', () => {
  it.each([
    ['/beneficiaires/yvette-martin', sections.beneficiaries],
    [`/beneficiaires/${id}/autre`, sections.beneficiaries],
    [`/beneficiaires/${id}/diagnostics/premier`, sections.beneficiaries],
    [`/beneficiaires/${id}/mandats/${id}/extra`, sections.beneficiaries],
    ['/demarches/suivis/123', sections.demarches],
    ['/demarches/organisme/caf/rsa', sections.demarches],
    ['/demarches/prime-activite/etapes', sections.demarches],
    ['/guides/%E2%82', sections.guides],
    ['/partenaires/caf-47/plan', sections.partners],
    ['/activite/personne/yvette-martin', sections.activity],
    [`/activite/personne/${id}/autre`, sections.activity],
    ['/activite/orientations/premiere', sections.activity],
    ['/activite/seances/extra', sections.activity],
    ['/activite/inconnue', sections.activity],
  ])('%s shows the “introuvable” page of its section', (path, section) => {
    const match = matchRoute(path);
    expect(match.name).toBe('not-found');
    expect(match.section).toBe(section);
    expect(match.entry?.section).toBe(section);
  });

  it.each(['/reglages/compte', '/inconnue', '/beneficiairesX'])('%s shows the app’s own “Page introuvable”', (path) => {
    const match = matchRoute(path);
    expect(match.name).toBe('not-found');
    expect(match.entry).toBeUndefined();
  });
});

describe('a route pattern', () => {
  const sheet = route('/demarches/suivis/:id/pieces', { id: recordId });

  it('builds the path from typed parameters, each segment encoded', () => {
    expect(sheet({ id })).toBe(`/demarches/suivis/${id}/pieces`);
    expect(route('/guides/:guideId', { guideId: (s) => s })({ guideId: 'a/b' })).toBe('/guides/a%2Fb');
  });

  it('reads only paths of its shape whose parameters its kinds accept', () => {
    expect(sheet.match(`/demarches/suivis/${id}/pieces`)).toEqual({ id });
    expect(sheet.match(`/demarches/suivis/${id}`)).toBeUndefined();
    expect(sheet.match('/demarches/suivis/pas-un-id/pieces')).toBeUndefined();
    expect(sheet.match(`/demarches/suivis/${id.toUpperCase()}/pieces`)).toEqual({ id: id.toUpperCase() });
  });
});
