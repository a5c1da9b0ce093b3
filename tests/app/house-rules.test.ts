// The house rules of src/app, checked on the sources: each feature stands alone (features meet through
// the route table) and an address is written once (in src/app/routes/paths.ts). Each rule is first shown
// to catch a planted violation.
import { describe, expect, it } from 'vitest';
import {
  addressesOutsideTable,
  crossFeatureImports,
  readSources,
  sharedRoomsImportingFeatures,
  type Source,
} from '../fixtures/house-rules';

const app = readSources('.', 'src/app');
const features = app.filter((source) => source.path.startsWith('src/app/features/'));
const planted = (path: string, text: string): Source => ({ path, text });

describe('features stand alone', () => {
  it('catches a feature that imports another, statically, as a type or with import()', () => {
    expect(
      crossFeatureImports([
        planted('src/app/features/suivis/A.tsx', "import { displayName } from '../beneficiaries/person-matching';"),
        planted('src/app/features/suivis/B.ts', "import type { X } from '../../features/rgpd/x';"),
        planted('src/app/features/lock/C.ts', "export const load = () => import('../login/LoginScreen');"),
        planted(
          'src/app/features/activity/session/D.ts',
          "import { E } from '../orientations/E';\nimport { paths } from '../../../routes/paths';",
        ),
      ]),
    ).toEqual([
      'src/app/features/suivis/A.tsx imports src/app/features/beneficiaries/person-matching',
      'src/app/features/suivis/B.ts imports src/app/features/rgpd/x',
      'src/app/features/lock/C.ts imports src/app/features/login/LoginScreen',
    ]);
  });

  it('holds: no feature imports another', () => {
    expect(crossFeatureImports(features)).toEqual([]);
  });

  it('holds: the shared rooms (ui, forms, catalogue, labels, session, db…) import no feature', () => {
    expect(sharedRoomsImportingFeatures([planted('src/app/ui/X.tsx', "import { Y } from '../features/guides/Y';")])).toHaveLength(1);
    expect(sharedRoomsImportingFeatures(app)).toEqual([]);
  });
});

describe('an address is written once, in the route table', () => {
  it('catches an address written as a string or a template outside it', () => {
    expect(
      addressesOutsideTable([
        planted(
          'src/app/features/x/A.tsx',
          'const a = `/beneficiaires/${id}/modifier`;\nconst b = "/demarches";\n// "/guides" in a comment is fine\nconst c = "/api/v1/sync";',
        ),
      ]),
    ).toEqual(['src/app/features/x/A.tsx:1: `/beneficiaires/${', 'src/app/features/x/A.tsx:2: "/demarches"']);
  });

  it('holds in src/app', () => {
    expect(addressesOutsideTable(app)).toEqual([]);
  });
});
