// Each runtime compiles against exactly its own libraries: a browser name planted in src/shared, src/server
// or src/sw is a compile error, while each runtime's own globals (and JSX in the app) still compile.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

// Library files parsed once for every compilation of this file (they are the slow part).
const parsedLibraries = new Map<string, ts.SourceFile | undefined>();

/** Compiles one planted file with a project's own tsconfig; returns its errors as "line: message". */
function compileErrors(project: string, fileName: string, text: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(root, project, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`${project}/tsconfig.json does not parse`);
  const planted = path.join(root, project, fileName);
  const options = { ...parsed.options, composite: false, noEmit: true, emitDeclarationOnly: false, incremental: false };
  const host = ts.createCompilerHost(options);
  const { readFile, fileExists, getSourceFile } = host;
  host.readFile = (name) => (name === planted ? text : readFile.call(host, name));
  host.fileExists = (name) => name === planted || fileExists.call(host, name);
  host.getSourceFile = (name, language, ...rest) => {
    if (!name.includes('node_modules')) return getSourceFile.call(host, name, language, ...rest);
    const key = `${JSON.stringify(language)} ${name}`;
    if (!parsedLibraries.has(key)) parsedLibraries.set(key, getSourceFile.call(host, name, language, ...rest));
    return parsedLibraries.get(key);
  };
  // The project's ambient declarations (src/shared's Web Crypto) come along, as they do in the real build.
  const ambient = parsed.fileNames.filter((name) => name.endsWith('.d.ts'));
  const program = ts.createProgram({ rootNames: [planted, ...ambient], options, host });
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(planted)).map((d) => {
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    return `${line}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}

/** One line per expression, so that each error names the line of its expression. */
const plant = (expressions: string[]) => expressions.map((e, i) => `export const planted${i} = ${e};`).join('\n');

const browserOnly = ['document.title', 'window.innerWidth', 'localStorage.length', 'indexedDB.databases()', 'navigator.onLine'];

describe('each runtime compiles against exactly its libraries', { timeout: 30_000 }, () => {
  it.each([
    ['src/shared', browserOnly],
    ['src/server', browserOnly],
    ['src/sw', ['document.title', 'window.innerWidth', 'localStorage.length']],
  ])('%s refuses browser page names', (project, expressions) => {
    const errors = compileErrors(project, '__planted__.ts', plant(expressions));
    expect(errors).toEqual(
      expressions.map((e, i) => expect.stringMatching(new RegExp(`^${i + 1}: Cannot find name '${e.split('.')[0]}'`))),
    );
  });

  it('src/shared has neither Node nor the page, only the Web Crypto both share', () => {
    expect(compileErrors('src/shared', '__planted__.ts', 'export const planted = process.env;\n')).toEqual([
      expect.stringMatching(/^1: Cannot find name 'process'/),
    ]);
    expect(compileErrors('src/shared', '__planted__.ts', 'export const planted = crypto.getRandomValues(new Uint8Array(4));\n')).toEqual(
      [],
    );
  });

  it.each([
    ['src/server', 'export const planted = process.env.PORT;\n'],
    ['src/sw', "export const planted = caches.open('x');\n"],
    ['src/app', 'export const planted = document.title + localStorage.length;\n'],
  ])('%s keeps its own globals', (project, text) => {
    expect(compileErrors(project, '__planted__.ts', text)).toEqual([]);
  });

  it('JSX compiles in the app and in the tests, not in the other runtimes', () => {
    const component = 'export const Planted = () => <p>Bonjour</p>;\n';
    expect(compileErrors('src/app', '__planted__.tsx', component)).toEqual([]);
    expect(compileErrors('tests', '__planted__.tsx', component)).toEqual([]);
    expect(compileErrors('src/shared', '__planted__.tsx', component)).toContainEqual(expect.stringMatching(/--jsx/));
  });
});
