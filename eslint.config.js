// Lint rules, including the bans that keep each runtime, and each room of the app, to its own job.
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const repository = path.dirname(fileURLToPath(import.meta.url));

// Rooms: disjoint parts of src/. ESLint replaces a rule's value block after block instead of adding to it,
// so each room gets ONE block carrying the union of the bans that apply to it (built below): never set
// no-restricted-imports, -globals, -properties or -syntax in another block for files under src/.
const rooms = {
  db: { files: ['src/app/db/**'] },
  sync: { files: ['src/app/sync/**'] },
  app: { files: ['src/app/**'], ignores: ['src/app/db/**', 'src/app/sync/**'] },
  sw: { files: ['src/sw/**'] },
  shared: { files: ['src/shared/**'] },
  store: { files: ['src/server/store/**'] },
  server: { files: ['src/server/**'], ignores: ['src/server/store/**'] },
};
const tablet = ['db', 'sync', 'app', 'sw'];
const allBut = (...excluded) => Object.keys(rooms).filter((room) => !excluded.includes(room));

const escape = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A regex matching these packages and their subpaths. */
const packages = (...names) => `^(${names.map(escape).join('|')})(/|$)`;
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

// Browser names Node 20 lacks. globals' shared-node-browser list follows the newest Node, which added
// navigator and Web Storage: a tablet's, not the endpoint's.
const browserOnly = [
  ...Object.keys(globals.browser).filter((name) => !(name in globals['shared-node-browser'])),
  ...['navigator', 'Navigator', 'localStorage', 'sessionStorage', 'Storage'],
];
const nodeOnly = Object.keys(globals.node).filter((name) => !(name in globals['shared-node-browser']));

/** Every ban of the house: which rooms it applies to, what it forbids, and why. */
const bans = [
  {
    rooms: allBut('db'),
    imports: packages('dexie'),
    message: 'Only src/app/db imports Dexie: go through its repositories.',
  },
  {
    rooms: [...tablet, 'shared'],
    imports: `^node:|${packages(...nodeBuiltins, 'better-sqlite3', 'pg', 'hono', '@hono')}|(^|/)server(/|$)`,
    message: 'Server code never reaches the browser bundle.',
  },
  { rooms: ['server'], imports: packages('better-sqlite3', 'pg'), message: 'Only src/server/store knows SQL.' },
  {
    rooms: allBut('sync', 'store', 'server'),
    globals: ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'],
    properties: ['sendBeacon'],
    message: 'Only src/app/sync calls the network: go through it.',
  },
  {
    rooms: ['shared', 'store', 'server'],
    globals: browserOnly,
    message: 'There is no browser here: src/shared runs on both sides, src/server on Node 20.',
  },
  { rooms: ['shared'], globals: nodeOnly, message: 'There is no Node here: src/shared runs in the browser too.' },
];

/** The one block of a room: the union of its bans, static and dynamic imports alike. */
function roomBlock(room) {
  const mine = bans.filter((ban) => ban.rooms.includes(room));
  const patterns = mine.filter((ban) => ban.imports).map((ban) => ({ regex: ban.imports, message: ban.message }));
  const dynamicImports = patterns.map(({ regex, message }) => ({
    selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\/')}/]`,
    message,
  }));
  const restrictedGlobals = new Map();
  for (const ban of mine) for (const name of ban.globals ?? []) if (!restrictedGlobals.has(name)) restrictedGlobals.set(name, ban.message);
  const properties = mine.flatMap((ban) => (ban.properties ?? []).map((property) => ({ property, message: ban.message })));
  const rules = {};
  if (patterns.length > 0) rules['no-restricted-imports'] = ['error', { patterns }];
  if (dynamicImports.length > 0) rules['no-restricted-syntax'] = ['error', ...dynamicImports];
  if (restrictedGlobals.size > 0) {
    const names = [...restrictedGlobals].map(([name, message]) => ({ name, message }));
    rules['no-restricted-globals'] = ['error', { globals: names, checkGlobalObject: true }];
  }
  if (properties.length > 0) rules['no-restricted-properties'] = ['error', ...properties];
  return { ...rooms[room], rules };
}

// The one boundary the stock rules cannot say: an import, resolved against its file, stays in a folder.
const importsWithin = {
  meta: {
    type: 'problem',
    schema: [{ type: 'object', properties: { folder: { type: 'string' }, packages: { type: 'array', items: { type: 'string' } } } }],
    messages: { outside: "'{{source}}' is outside {{folder}}, which imports only itself and {{packages}}." },
  },
  create(context) {
    const { folder, packages: allowed } = context.options[0];
    const root = path.join(repository, folder);
    const inside = (source) => {
      if (!source.startsWith('.')) return allowed.some((name) => source === name || source.startsWith(`${name}/`));
      const relative = path.relative(root, path.resolve(path.dirname(context.filename), source));
      return relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative);
    };
    const check = (node) => {
      const source = node.source?.type === 'Literal' ? node.source.value : null;
      if (node.source && (typeof source !== 'string' || !inside(source))) {
        context.report({ node: node.source, messageId: 'outside', data: { source, folder, packages: allowed.join(', ') } });
      }
    };
    return { ImportDeclaration: check, ExportAllDeclaration: check, ExportNamedDeclaration: check, ImportExpression: check };
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // No `!` where data is stored, shared or cached: a value that may be missing is checked (src/shared/item-at.ts
  // for indexes). The other rooms turn it on as they are cleaned.
  { files: ['src/app/db/**', 'src/shared/**', 'src/sw/**'], rules: { '@typescript-eslint/no-non-null-assertion': 'error' } },
  { files: ['src/app/**', 'src/sw/**'], languageOptions: { globals: globals.browser } },
  {
    // No non-null assertion (`x!`) in the app's views and helpers: a real check or a typed helper instead.
    // src/app/db, sync and security keep theirs for now.
    files: ['src/app/**'],
    ignores: ['src/app/db/**', 'src/app/sync/**', 'src/app/security/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'error' },
  },
  { files: ['src/server/**', 'scripts/**', 'tests/**', '*.config.*'], languageOptions: { globals: globals.node } },
  ...Object.keys(rooms).map(roomBlock),
  {
    // src/shared runs on the tablet and on the endpoint: it imports itself, zod, and the one library that writes
    // La Coop's Excel workbook the same way on both (its `universal` build; the tablet loads it only on demand).
    files: ['src/shared/**'],
    plugins: { house: { rules: { 'imports-within': importsWithin } } },
    rules: { 'house/imports-within': ['error', { folder: 'src/shared', packages: ['zod', 'write-excel-file'] }] },
  },
);
