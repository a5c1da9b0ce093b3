// The house rules of src/app, checked on the sources: each feature stands alone (features meet through
// the route table), an address is written once (in src/app/routes/paths.ts), the features' files and
// components stay small enough to read, and the linter refuses `x!` in the views and helpers. Each rule is
// first shown to catch a planted violation.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import {
  addressesOutsideTable,
  componentLengths,
  crossFeatureImports,
  MAX_COMPONENT_LINES,
  MAX_FILE_LINES,
  oversized,
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

describe('the features’ files and components stay small', () => {
  const long = (lines: number) => Array.from({ length: lines }, (_, i) => `  const line${i} = ${i};`).join('\n');

  it(`catches a file over ${MAX_FILE_LINES} lines and a component over ${MAX_COMPONENT_LINES} lines, measured by the compiler`, () => {
    const component = `export function BigForm() {\n${long(MAX_COMPONENT_LINES)}\n  return null;\n}\nconst Arrow = () => {\n${long(10)}\n};`;
    expect(componentLengths(planted('src/app/features/x/BigForm.tsx', component))).toEqual([
      { name: 'BigForm', lines: MAX_COMPONENT_LINES + 3 },
      { name: 'Arrow', lines: 12 },
    ]);
    expect(
      oversized([
        planted('src/app/features/x/BigForm.tsx', `// A form.\n${component}`),
        planted('src/app/features/x/long-rules.ts', `// Rules.\n${long(MAX_FILE_LINES)}`),
        planted('src/app/features/x/helper.ts', `// Small.\nfunction bigHelper() {\n${long(MAX_COMPONENT_LINES)}\n}`),
      ]),
    ).toEqual([
      `src/app/features/x/BigForm.tsx: BigForm, ${MAX_COMPONENT_LINES + 3} lines`,
      `src/app/features/x/long-rules.ts: ${MAX_FILE_LINES + 1} lines`,
    ]);
  });

  it('lets a file say why it is longer, in its header comment', () => {
    const text = `// The table of every label.\n// Long because: one table, split it and the words lose their order.\n${long(MAX_FILE_LINES)}`;
    expect(oversized([planted('src/app/features/x/labels.ts', text)])).toEqual([]);
  });

  it('holds in src/app/features', () => {
    expect(oversized(features)).toEqual([]);
  });
});

describe('no non-null assertion in the app’s views and helpers', () => {
  const lint = async (filePath: string) => {
    const [result] = await new ESLint().lintText('export const first = (list: string[]) => list[0]!.length;\n', { filePath });
    return (result?.messages ?? []).map((message) => message.ruleId);
  };

  it.each(['src/app/features/beneficiaries/planted.ts', 'src/app/routes/planted.ts', 'src/app/ui/planted.ts'])(
    'is refused by the linter in %s',
    async (path) => {
      expect(await lint(path)).toContain('@typescript-eslint/no-non-null-assertion');
    },
  );

  it('is caught in src/app/db too', async () => {
    expect(await lint('src/app/db/planted.ts')).toContain('@typescript-eslint/no-non-null-assertion');
  });
});
