// The admin and demo commands, run as real processes on the endpoint's own store, as an administrator would.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openPostgresStore } from '../../src/server/store/postgres';
import { addDays, daysBetween, localDate } from '../../src/shared/stats/period';
import { openSqliteStore } from '../../src/server/store/sqlite';
import type { Store } from '../../src/server/store/store';
import { assertPostgresReachable, dropSchema, freshSchemaName, storeKinds, TEST_DATABASE_URL } from '../fixtures/postgres';
import { login, postJson, Tablet } from '../fixtures/server-api';
import type { StoreKind } from '../fixtures/server-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';
import { expectFrenchError } from './expect-error';

// Each command is a Node process, and accounts made by the CLI hash at the production cost: on a busy
// machine a test of several commands takes longer than the server suite's 30 s.
vi.setConfig({ testTimeout: 120_000 });

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run admin -- …` (or the demo) as the package script does, with `env` and `input` on standard input. */
function run(script: 'admin' | 'demo', args: string[], env: Record<string, string>, input = ''): Promise<Run> {
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', `src/server/cli/${script}.ts`, ...args],
      { env: { ...process.env, ...env } },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(input);
  });
}

/** The fields the commands' JSON objects may hold (each command prints some of them). */
interface CliJson {
  structure: { id: string; name: string };
  aidant: { id: string; email: string; role: string };
  password: string;
  devices: { id: string; name: string; aidantEmail: string | null; revokedAt: number | null; revokedBy: string | null }[];
  revoked: boolean;
  device: { id: string; revokedAt: number | null };
  accounts: { email: string; password: string; role: string }[];
  entries: { action: string; aidantId: string; aidantEmail: string | null; recordId: string }[];
  demo: { people: number; diagnostics: number; mandates: number; accompagnements: number; orientations: number; cheques: number };
}

/** The one JSON object a `--json` command printed (nothing else on stdout). */
function onlyJson(result: Run): CliJson {
  expect(result, result.stderr).toMatchObject({ code: 0, stderr: '' });
  expect(result.stdout.trim().split('\n')).toHaveLength(1);
  return JSON.parse(result.stdout) as CliJson;
}

function cliSuite(kind: StoreKind) {
  const dir = mkdtempSync(join(tmpdir(), 'declic-cli-'));
  const schema = freshSchemaName();
  const env: Record<string, string> =
    kind === 'sqlite' ? { DATA_DIR: dir, DATABASE_URL: '' } : { DATA_DIR: dir, DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema };
  const admin = (...args: string[]) => run('admin', args, env);
  let store: Store;
  let server: TestServer;

  beforeAll(async () => {
    if (kind === 'postgres') await assertPostgresReachable();
    store = kind === 'sqlite' ? openSqliteStore(join(dir, 'declic.sqlite')) : await openPostgresStore(TEST_DATABASE_URL, { schema });
    await store.migrate();
    server = await startTestServer({ store, loginLimit: 1000 });
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
    if (kind === 'postgres') await dropSchema(schema);
    rmSync(dir, { recursive: true, force: true });
  });

  it('explains itself in French with --help', async () => {
    const help = await admin('--help');
    expect(help.code).toBe(0);
    for (const command of ['create-structure', 'create-aidant', 'list-devices', 'revoke-device', 'audit'])
      expect(help.stdout).toContain(command);
    expect(help.stdout).toMatch(/Commandes/);
    expect(help.stdout).toMatch(/--password-file FICHIER/);
    expect(help.stdout).toMatch(/--password MOT_DE_PASSE : il reste dans l’historique du shell/);
  });

  it('creates a structure and aidants who can log in, lists their devices, and revokes one for good', async () => {
    const { structure } = onlyJson(await admin('create-structure', '--name', 'CCAS de Bouglon', '--json'));
    expect(structure).toMatchObject({ name: 'CCAS de Bouglon', id: expect.any(String) });

    const generated = onlyJson(
      await admin('create-aidant', '--structure', structure.id, '--email', 'Lea@Bouglon.fr', '--name', 'Léa', '--json'),
    );
    expect(generated.aidant).toMatchObject({ email: 'lea@bouglon.fr', name: 'Léa', role: 'aidant', structureId: structure.id });
    expect(generated.password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    const chosen = onlyJson(
      await admin(
        'create-aidant',
        '--structure',
        structure.id,
        '--email',
        'coord@bouglon.fr',
        '--name',
        'Paul',
        '--role',
        'coordinateur',
        '--password',
        'un mot de passe long',
        '--json',
      ),
    );
    expect(chosen).toEqual({ aidant: expect.objectContaining({ role: 'coordinateur' }) });

    const token = await login(server.url, 'lea@bouglon.fr', generated.password, 'Tablette de Léa');
    const paulToken = await login(server.url, 'coord@bouglon.fr', 'un mot de passe long', 'PC de Paul');
    const { devices } = onlyJson(await admin('list-devices', '--structure', structure.id, '--json'));
    expect(devices.map((d) => d.name).sort()).toEqual(['PC de Paul', 'Tablette de Léa']);
    expect(JSON.stringify(devices)).not.toMatch(/tokenHash|token_hash/);
    const lea = devices.find((d) => d.name === 'Tablette de Léa')!;
    expect(lea).toMatchObject({ aidantEmail: 'lea@bouglon.fr', revokedAt: null });

    const tablet = new Tablet(server.url, token);
    expect((await tablet.request({})).status).toBe(200);
    const revoked = onlyJson(await admin('revoke-device', '--device', lea.id, '--json'));
    expect(revoked).toMatchObject({ revoked: true, device: { id: lea.id, revokedAt: expect.any(Number), revokedBy: 'admin' } });
    expectFrenchError(await tablet.request({}), 401, 'appareil_revoque');

    // Paul logs out of his PC: the list tells that apart from a revocation.
    expect((await postJson(`${server.url}/api/v1/auth/logout`, {}, { Authorization: `Bearer ${paulToken}` })).status).toBe(200);
    const after = onlyJson(await admin('list-devices', '--structure', structure.id, '--json')).devices;
    expect(after.find((d) => d.name === 'PC de Paul')).toMatchObject({ revokedAt: expect.any(Number), revokedBy: 'logout' });
    expect(after.find((d) => d.name === 'Tablette de Léa')).toMatchObject({ revokedBy: 'admin' });
    const text = (await admin('list-devices', '--structure', structure.id)).stdout;
    expect(text).toMatch(/PC de Paul .*DÉCONNECTÉ le/);
    expect(text).toMatch(/Tablette de Léa .*RÉVOQUÉ le/);
  });

  it('takes the password from a file or standard input, refuses a weak one there too, and prints a generated one once', async () => {
    const { structure } = onlyJson(await admin('create-structure', '--name', 'Mairie de Houeillès', '--json'));
    const account = (email: string, name: string) => ['create-aidant', '--structure', structure.id, '--email', email, '--name', name];
    const file = join(dir, 'mot-de-passe.txt');
    writeFileSync(file, 'la chèvre broute au pré\n');
    expect((await admin(...account('anne@houeilles.fr', 'Anne'), '--password-file', file, '--json')).code).toBe(0);
    const piped = await run(
      'admin',
      [...account('marc@houeilles.fr', 'Marc'), '--password', '-', '--json'],
      env,
      'un pont sur la Garonne\n',
    );
    expect(onlyJson(piped)).toEqual({ aidant: expect.objectContaining({ email: 'marc@houeilles.fr' }) });
    await login(server.url, 'anne@houeilles.fr', 'la chèvre broute au pré');
    await login(server.url, 'marc@houeilles.fr', 'un pont sur la Garonne');

    writeFileSync(file, 'password12\n');
    for (const weak of [
      await admin(...account('weak1@houeilles.fr', 'W'), '--password-file', file),
      await run('admin', [...account('weak2@houeilles.fr', 'W'), '--password', '-'], env, 'aaaaaaaaaa'),
    ]) {
      expect(weak).toMatchObject({ code: 1, stdout: '' });
      expect(weak.stderr).toMatch(/^Mot de passe trop faible : /);
    }
    expect(await store.findAidantByEmail('weak1@houeilles.fr')).toBeUndefined();

    const text = await admin(...account('jeanne@houeilles.fr', 'Jeanne'));
    const password = /il ne sera plus affiché\) : (\S+)$/m.exec(text.stdout)?.[1];
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(text.stdout.split(password!)).toHaveLength(2);
    await login(server.url, 'jeanne@houeilles.fr', password!);
  });

  it('lists in the audit log an account whose logins were blocked after too many failures', async () => {
    const { structure } = onlyJson(await admin('create-structure', '--name', 'Mairie de Lavardac', '--json'));
    const { aidant, password } = onlyJson(
      await admin('create-aidant', '--structure', structure.id, '--email', 'rose@lavardac.fr', '--name', 'Rose', '--json'),
    );
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const guarded = await startTestServer({ store, trustProxy: true, loginLimits: { perAccountAddress: 2, accountDailyCap: 4 } });
    try {
      const attempt = (address: string, guess: string) =>
        postJson(
          `${guarded.url}/api/v1/auth/login`,
          { email: 'rose@lavardac.fr', password: guess, deviceName: 'T' },
          { 'X-Forwarded-For': address },
        );
      for (const address of ['203.0.113.1', '203.0.113.2']) for (const guess of ['faux-1', 'faux-2']) await attempt(address, guess);
      expect((await attempt('198.51.100.3', password)).status).toBe(200);
    } finally {
      await guarded.close();
      vi.restoreAllMocks();
    }
    const { entries } = onlyJson(await admin('audit', '--structure', structure.id, '--json'));
    expect(entries).toEqual([
      expect.objectContaining({ action: 'login_blocked', aidantId: aidant.id, aidantEmail: 'rose@lavardac.fr', recordId: aidant.id }),
    ]);
    const text = await admin('audit', '--structure', structure.id);
    expect(text.stdout).toMatch(/CONNEXIONS BLOQUÉES : trop d’échecs de connexion en 24 h {2}compte rose@lavardac\.fr/);
    const today = localDate(Date.now());
    expect(onlyJson(await admin('audit', '--since', today, '--record', aidant.id, '--json')).entries).toHaveLength(1);
    expect(onlyJson(await admin('audit', '--since', addDays(today, 1), '--record', aidant.id, '--json')).entries).toHaveLength(0);
  });

  it('creates the demo once, however often it runs, with accounts that log in', async () => {
    const first = onlyJson(await run('demo', ['--json'], env));
    const emails = first.accounts.map((a) => a.email);
    expect(first.structure.name).toBe('Mairie de Casteljaloux (démo)');
    expect(emails).toEqual(['aidant@demo.declic.fr', 'coordination@demo.declic.fr']);
    for (const account of first.accounts) await login(server.url, account.email, account.password);
    const pullFromScratch = async () => new Tablet(server.url, await login(server.url, emails[0]!, first.accounts[0]!.password)).pullAll();
    const before = await pullFromScratch();
    expect(before.filter((op) => op.collection === 'beneficiaries' && op.field === 'firstName').length).toBeGreaterThan(0);
    // Sessions too, with the operators of their démarches: the coordinator's dashboard is not empty.
    const sessions = before.filter((op) => op.collection === 'accompagnements' && op.field === 'date');
    expect(sessions.length).toBe(first.demo.accompagnements);
    expect(first.demo.accompagnements).toBe(first.demo.diagnostics + 2);
    expect(
      before.some((op) => op.collection === 'accompagnements' && op.field === 'operatorIds' && (op.value as string[]).length > 0),
    ).toBe(true);
    // Orientations (one without news for more than 30 days) and a booklet of pass numériques, some handed out and used.
    const valuesOf = (collection: string, field: string) =>
      before.filter((op) => op.collection === collection && op.field === field).map((op) => op.value);
    expect(first.demo).toMatchObject({ orientations: 4, cheques: 10 });
    expect(valuesOf('orientations', 'outcome').sort()).toEqual(['en-attente', 'en-attente', 'recue', 'sans-suite']);
    expect(valuesOf('orientations', 'date').some((date) => daysBetween(date as string, localDate(Date.now())) > 30)).toBe(true);
    expect(valuesOf('passNumeriques', 'status').sort()).toEqual([...Array(6).fill('en-stock'), 'remis', 'remis', 'utilise', 'utilise']);
    expect(valuesOf('passNumeriques', 'handedTo').filter(Boolean)).toHaveLength(4);
    const coordinator = first.accounts.find((a) => a.role === 'coordinateur')!;
    const today = localDate(Date.now());
    const stats = await fetch(`${server.url}/api/v1/stats?from=${addDays(today, -364)}&to=${today}`, {
      headers: { Authorization: `Bearer ${await login(server.url, coordinator.email, coordinator.password)}` },
    });
    expect((await stats.json()).report.totals).toMatchObject({
      sessions: first.demo.accompagnements,
      orientations: 4,
      staleOrientations: 1,
      passHandedOut: 4,
      passUsed: 2,
      passInStock: 6,
    });

    const second = onlyJson(await run('demo', ['--json'], env));
    expect(second.structure.id).toBe(first.structure.id);
    expect((await pullFromScratch()).map((op) => op.opId)).toEqual(before.map((op) => op.opId));
    const text = await run('demo', [], env);
    expect(text.stdout).toMatch(/aidant@demo\.declic\.fr.*Tablette-Casteljaloux-47/);
    expect(text.stdout).toMatch(/http:\/\/localhost:\d+/);
  });
}

const kinds = await storeKinds();
describe.each(kinds)('npm run admin / demo (%s)', cliSuite);

describe.concurrent('npm run admin mistakes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'declic-cli-'));
  const env = { DATA_DIR: dir, DATABASE_URL: '' };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['an unknown command', ['create-mairie'], 2, /Commande inconnue/],
    ['no command', [], 2, /Indiquez une commande/],
    ['a missing --name', ['create-structure', '--json'], 2, /--name est obligatoire/],
    ['an unknown option', ['create-structure', '--nom', 'X'], 2, /Option inconnue/],
    ['an unknown role', ['create-aidant', '--structure', 's', '--email', 'a@b.fr', '--name', 'A', '--role', 'chef'], 2, /Rôle inconnu/],
    ['a short password', ['create-aidant', '--structure', 's', '--email', 'a@b.fr', '--name', 'A', '--password', 'court'], 1, /trop court/],
    ['ten a’s', ['create-aidant', '--structure', 's', '--email', 'a@b.fr', '--name', 'A', '--password', 'aaaaaaaaaa'], 1, /trop court/],
    [
      'ten spaces',
      ['create-aidant', '--structure', 's', '--email', 'a@b.fr', '--name', 'A', '--password', ' '.repeat(10)],
      1,
      /trop court/,
    ],
    [
      'password12',
      ['create-aidant', '--structure', 's', '--email', 'a@b.fr', '--name', 'A', '--password', 'password12'],
      1,
      /les plus courants/,
    ],
    [
      'a password with the name',
      ['create-aidant', '--structure', 's', '--email', 'a@b.fr', '--name', 'Ginette Dupuy', '--password', 'Dupuy-Ginette-1947'],
      1,
      /^Mot de passe trop faible : il ne doit contenir ni votre nom ni votre adresse e-mail\.$/m,
    ],
    [
      'both --password and --password-file',
      ['create-aidant', '--structure', 's', '--email', 'a@b.fr', '--name', 'A', '--password', 'x', '--password-file', 'f'],
      2,
      /--password ou --password-file/,
    ],
    [
      'a password file that is not there',
      ['create-aidant', '--structure', 's', '--email', 'a@b.fr', '--name', 'A', '--password-file', '/nulle-part/mdp.txt'],
      1,
      /Impossible de lire le mot de passe dans \/nulle-part\/mdp\.txt : ENOENT/,
    ],
    [
      'an unknown structure',
      ['create-aidant', '--structure', 'nulle-part', '--email', 'a@b.fr', '--name', 'A', '--json'],
      1,
      /Structure inconnue/,
    ],
    ['an unknown device', ['revoke-device', '--device', 'aucun', '--json'], 1, /Appareil inconnu/],
    ['an impossible --since date', ['audit', '--since', '2025-02-30'], 2, /Date invalide pour --since : 2025-02-30/],
  ])('answers %s with a French message on stderr and its exit code', async (_case, args, code, message) => {
    const result = await run('admin', args as string[], env);
    expect(result).toMatchObject({ code, stdout: '' });
    expect(result.stderr).toMatch(message as RegExp);
  });

  it('refuses a second account with the same e-mail (exit code 1)', async () => {
    const { structure } = onlyJson(await run('admin', ['create-structure', '--name', 'Mairie X', '--json'], env));
    const args = ['create-aidant', '--structure', structure.id, '--email', 'x@x.fr', '--name', 'X', '--json'];
    expect((await run('admin', args, env)).code).toBe(0);
    const again = await run('admin', args, env);
    expect(again).toMatchObject({ code: 1, stdout: '' });
    expect(again.stderr).toMatch(/Un compte existe déjà pour x@x\.fr/);
  });
});
