// The lint rules between rooms catch what a developer would plant by mistake: Dexie outside src/app/db, the
// network outside src/app/sync, server packages in the tablet's code, the browser in src/shared or src/server,
// src/shared reaching outside itself; and the real tree breaks none of them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.js') });

/** Lints a planted text as if it were the file at `file`; returns "line rule" for each problem. */
async function problems(file: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((message) => `${message.line} ${message.ruleId ?? message.message}`);
}

/** Every folder of src/ holding code, as a path relative to the repository. */
function codeFolders(folder = 'src'): string[] {
  const entries = readdirSync(path.join(root, folder), { withFileTypes: true });
  const holdsCode = entries.some((entry) => entry.isFile() && /\.tsx?$/.test(entry.name));
  const below = entries.filter((entry) => entry.isDirectory()).flatMap((entry) => codeFolders(`${folder}/${entry.name}`));
  return holdsCode ? [folder, ...below] : below;
}

describe('the lint rules between rooms', { timeout: 60_000 }, () => {
  it.each([
    [
      'a Dexie import in src/app/sync',
      'src/app/sync/planted.ts',
      "import Dexie from 'dexie';\nexport { Dexie };",
      '1 no-restricted-imports',
    ],
    [
      'a Dexie import in a view',
      'src/app/features/beneficiaries/planted.ts',
      "export const d = () => import('dexie');",
      '1 no-restricted-syntax',
    ],
    [
      'a fetch in a feature',
      'src/app/features/activity/planted.ts',
      "export const load = () => fetch('/api/v1/stats');",
      '1 no-restricted-globals',
    ],
    ['a fetch through globalThis', 'src/app/ui/planted.ts', "export const load = () => globalThis.fetch('/x');", '1 no-restricted-globals'],
    [
      'a fetch through window in src/app/db',
      'src/app/db/planted.ts',
      "export const load = () => window.fetch('/x');",
      '1 no-restricted-globals',
    ],
    [
      'a beacon from the session',
      'src/app/session/planted.ts',
      "export const send = () => navigator.sendBeacon('/x');",
      '1 no-restricted-properties',
    ],
    ['an XMLHttpRequest in the service worker', 'src/sw/planted.ts', 'export const x = new XMLHttpRequest();', '1 no-restricted-globals'],
    ['a WebSocket in security', 'src/app/security/planted.ts', "export const x = new WebSocket('ws://x');", '1 no-restricted-globals'],
    ['an EventSource in the app shell', 'src/app/planted.ts', "export const x = new EventSource('/x');", '1 no-restricted-globals'],
    ['document in src/shared', 'src/shared/schema/planted.ts', 'export const title = document.title;', '1 no-restricted-globals'],
    ['localStorage in src/shared', 'src/shared/planted.ts', 'export const kept = localStorage.length;', '1 no-restricted-globals'],
    ['process in src/shared', 'src/shared/planted.ts', 'export const env = process.env;', '1 no-restricted-globals'],
    ['navigator on the endpoint', 'src/server/routes/planted.ts', 'export const online = navigator.onLine;', '1 no-restricted-globals'],
    ['window in the store', 'src/server/store/planted.ts', 'export const w = globalThis.window;', '1 no-restricted-globals'],
    [
      'pg in src/app/features',
      'src/app/features/beneficiaries/planted.ts',
      "import pg from 'pg';\nexport { pg };",
      '1 no-restricted-imports',
    ],
    [
      'hono in src/app/features',
      'src/app/features/planted.ts',
      "import { Hono } from 'hono';\nexport { Hono };",
      '1 no-restricted-imports',
    ],
    ['@hono/node-server in src/shared', 'src/shared/planted.ts', "export * from '@hono/node-server';", '1 no-restricted-imports'],
    ['node:fs in the service worker', 'src/sw/planted.ts', "import fs from 'node:fs';\nexport { fs };", '1 no-restricted-imports'],
    [
      'a bare Node module in src/app/db',
      'src/app/db/planted.ts',
      "import { createHash } from 'crypto';\nexport { createHash };",
      '1 no-restricted-imports',
    ],
    [
      'server code in the app',
      'src/app/sync/planted.ts',
      "import { x } from '../../server/config';\nexport { x };",
      '1 no-restricted-imports',
    ],
    [
      'better-sqlite3 outside src/server/store',
      'src/server/routes/planted.ts',
      "import D from 'better-sqlite3';\nexport { D };",
      '1 no-restricted-imports',
    ],
    [
      'a relative import from src/shared into src/app',
      'src/shared/schema/planted.ts',
      "import { x } from '../../app/db/database';\nexport { x };",
      '1 house/imports-within',
    ],
    [
      'src/shared reaching the content',
      'src/shared/planted.ts',
      "import x from '../content/partners.json';\nexport { x };",
      '1 house/imports-within',
    ],
    ['preact in src/shared', 'src/shared/stats/planted.ts', "export { h } from 'preact';", '1 house/imports-within'],
  ])('reports %s', async (_what, file, text, expected) => {
    expect(await problems(file, text)).toContain(expected);
  });

  it.each([
    ['Dexie in src/app/db', 'src/app/db/planted.ts', "import Dexie from 'dexie';\nexport { Dexie };"],
    [
      'the network in src/app/sync',
      'src/app/sync/planted.ts',
      "export const load = () => fetch('/x');\nexport const b = () => navigator.sendBeacon('/x');",
    ],
    [
      'SQL drivers in src/server/store',
      'src/server/store/planted.ts',
      "import D from 'better-sqlite3';\nimport pg from 'pg';\nexport { D, pg };",
    ],
    ['the page in a feature', 'src/app/features/planted.ts', 'export const title = document.title + localStorage.length;'],
    ['zod, itself and Web Crypto in src/shared', 'src/shared/stats/planted.ts', PLANTED_SHARED],
    [
      'Node on the endpoint',
      'src/server/routes/planted.ts',
      "import fs from 'node:fs';\nexport const read = () => fs.readFileSync(process.cwd());",
    ],
  ])('allows %s', async (_what, file, text) => {
    expect(await problems(file, text)).toEqual([]);
  });

  it('bans Dexie in every folder of src/ but src/app/db, and the network in every tablet folder but src/app/sync', async () => {
    for (const folder of codeFolders()) {
      const dexie = await problems(`${folder}/planted.ts`, "import Dexie from 'dexie';\nexport { Dexie };");
      if (folder.startsWith('src/app/db')) expect(dexie, folder).toEqual([]);
      else expect(dexie, folder).toContain('1 no-restricted-imports');
      if (folder.startsWith('src/server')) continue;
      const network = await problems(`${folder}/planted.ts`, "export const load = () => fetch('/x');");
      if (folder.startsWith('src/app/sync')) expect(network, folder).toEqual([]);
      else expect(network, folder).toContain('1 no-restricted-globals');
    }
  });

  it.each(['src/app/db/planted.ts', 'src/shared/stats/planted.ts', 'src/sw/planted.ts'])(
    'refuses a non-null assertion in %s',
    async (file) => {
      expect(await problems(file, 'export const first = (list: string[]) => list[0]!;')).toEqual([
        '1 @typescript-eslint/no-non-null-assertion',
      ]);
    },
  );

  describe('on the real tree', () => {
    let results: ESLint.LintResult[] = [];
    beforeAll(async () => {
      results = await eslint.lintFiles(['src']);
    }, 120_000);

    it('finds nothing', () => {
      expect(results.length).toBeGreaterThan(100);
      expect(results.flatMap((r) => r.messages.map((m) => `${path.relative(root, r.filePath)}:${m.line} ${m.ruleId}`))).toEqual([]);
    });

    it('runs as part of npm run lint', () => {
      const scripts = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
      expect(scripts.lint).toMatch(/^eslint \. && prettier --check /);
    });
  });
});

const PLANTED_SHARED = [
  "import * as z from 'zod/mini';",
  "import { uuidv7 } from '../schema/ids';",
  'export const id = z.string();',
  'export const make = () => uuidv7() + crypto.getRandomValues(new Uint8Array(1)).join();',
].join('\n');
