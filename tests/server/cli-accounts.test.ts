// The account commands of `npm run admin`, run as real processes on the endpoint's own store: the same rules as
// the administration over HTTP (deactivation, temporary passwords, memberships), with --json and French --help.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/server/store/postgres';
import { openSqliteStore } from '../../src/server/store/sqlite';
import type { Store } from '../../src/server/store/store';
import { assertPostgresReachable, dropSchema, freshSchemaName, storeKinds, TEST_DATABASE_URL } from '../fixtures/postgres';
import { login, postJson, seedStructure, Tablet } from '../fixtures/server-api';
import type { StoreKind } from '../fixtures/server-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';
import { expectFrenchError } from './expect-error';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

interface AccountJson {
  aidant: { email: string; disabled: boolean; mustChangePassword: boolean; memberships: { structureId: string; role: string }[] };
  aidants: { email: string; memberships: { structureId: string }[] }[];
  temporaryPassword: string;
}

function runAdmin(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/server/cli/admin.ts', ...args],
      { env: { ...process.env, ...env } },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    ).stdin!.end();
  });
}

function onlyJson(result: Run): AccountJson {
  expect(result, result.stderr).toMatchObject({ code: 0, stderr: '' });
  expect(result.stdout.trim().split('\n')).toHaveLength(1);
  return JSON.parse(result.stdout) as AccountJson;
}

function cliAccountsSuite(kind: StoreKind) {
  const dir = mkdtempSync(join(tmpdir(), 'declic-cli-accounts-'));
  const schema = freshSchemaName();
  const env: Record<string, string> =
    kind === 'sqlite' ? { DATA_DIR: dir, DATABASE_URL: '' } : { DATA_DIR: dir, DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema };
  const admin = (...args: string[]) => runAdmin(args, env);
  let store: Store;
  let server: TestServer;
  let a: Awaited<ReturnType<typeof seedStructure>>;
  let b: Awaited<ReturnType<typeof seedStructure>>;

  beforeAll(async () => {
    if (kind === 'postgres') await assertPostgresReachable();
    store = kind === 'sqlite' ? openSqliteStore(join(dir, 'declic.sqlite')) : await openPostgresStore(TEST_DATABASE_URL, { schema });
    await store.migrate();
    server = await startTestServer({ store, loginLimit: 1000 });
    a = await seedStructure(store, 'Mairie de Lannes');
    b = await seedStructure(store, 'Mairie de Francescas');
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
    if (kind === 'postgres') await dropSchema(schema);
    rmSync(dir, { recursive: true, force: true });
  });

  it('explains the account commands in French with --help', async () => {
    const help = await admin('--help');
    for (const command of ['list-aidants', 'disable-aidant', 'enable-aidant', 'reset-password', 'add-membership', 'remove-membership']) {
      expect(help.stdout).toContain(command);
    }
    expect(help.stdout).toMatch(/Désactive un compte/);
  });

  it('adds and removes a membership: one login then works for both structures, then for one', async () => {
    const added = onlyJson(
      await admin('add-membership', '--email', a.email, '--structure', b.structure.id, '--role', 'coordinateur', '--json'),
    );
    expect(added.aidant.memberships).toEqual([
      { structureId: a.structure.id, role: 'aidant' },
      { structureId: b.structure.id, role: 'coordinateur' },
    ]);
    const listed = onlyJson(await admin('list-aidants', '--structure', b.structure.id, '--json'));
    expect(listed.aidants.map((x) => x.email).sort()).toEqual([a.email, b.email].sort());
    expect((await admin('list-aidants')).stdout).toMatch(/Mairie de Lannes \(aidant\), Mairie de Francescas \(coordinateur\)/);
    const both = await postJson<{ structures: { id: string }[] }>(`${server.url}/api/v1/auth/login`, {
      email: a.email,
      password: a.password,
      deviceName: 'T',
    });
    expect(both.body.structures.map((s) => s.id)).toEqual([a.structure.id, b.structure.id]);

    const removed = onlyJson(await admin('remove-membership', '--email', a.email, '--structure', b.structure.id, '--json'));
    expect(removed.aidant.memberships).toEqual([{ structureId: a.structure.id, role: 'aidant' }]);
    const again = await admin('remove-membership', '--email', a.email, '--structure', b.structure.id);
    expect(again).toMatchObject({ code: 1, stdout: '' });
    expect(again.stderr).toMatch(/n’est pas membre de Mairie de Francescas/);
    expect((await admin('add-membership', '--email', a.email, '--structure', b.structure.id, '--role', 'chef')).code).toBe(2);
    expect((await admin('disable-aidant', '--email', 'personne@nulle-part.fr')).stderr).toMatch(/^Aucun compte pour l’adresse/);
  });

  it('deactivates an account (its tablet stops at once, login refused) and reactivates it', async () => {
    const tablet = new Tablet(server.url, await login(server.url, a.email, a.password));
    expect((await tablet.request({})).status).toBe(200);
    expect(onlyJson(await admin('disable-aidant', '--email', a.email, '--json')).aidant.disabled).toBe(true);
    expectFrenchError(await tablet.request({}), 401, 'compte_desactive');
    expect((await admin('list-aidants')).stdout).toMatch(new RegExp(`${a.email} .*DÉSACTIVÉ`));
    const refused = await postJson(`${server.url}/api/v1/auth/login`, { email: a.email, password: a.password, deviceName: 'T' });
    expectFrenchError(refused, 403, 'compte_desactive');
    expect((await admin('enable-aidant', '--email', a.email)).stdout).toMatch(/^Compte réactivé/);
    await login(server.url, a.email, a.password);
  });

  it('resets a password: printed once, to be changed at the next login', async () => {
    const { temporaryPassword } = onlyJson(await admin('reset-password', '--email', b.email, '--json'));
    const answer = await postJson(`${server.url}/api/v1/auth/login`, { email: b.email, password: temporaryPassword, deviceName: 'T' });
    expect(answer.body).toMatchObject({ mustChangePassword: true });
    const text = (await admin('reset-password', '--email', b.email)).stdout;
    const printed = /prochaine connexion\) : (\S+)$/m.exec(text)?.[1];
    expect(printed).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(text.split(printed!)).toHaveLength(2);
  });
}

describe.each(await storeKinds())('account commands (%s)', cliAccountsSuite);
