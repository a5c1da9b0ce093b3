// `npm run admin -- backup` and `restore`, as real processes beside a real endpoint process, on both stores.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertPostgresReachable, dropSchema, freshSchemaName, storeKinds, TEST_DATABASE_URL } from '../fixtures/postgres';
import { login, Tablet } from '../fixtures/server-api';
import type { StoreKind } from '../fixtures/server-db';
import { startEndpointProcess, type EndpointProcess } from '../fixtures/server-process';
import { expectFrenchError } from './expect-error';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run admin -- …` as the package script does, with `env`. */
function admin(env: Record<string, string>, ...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/server/cli/admin.ts', ...args],
      { env: { ...process.env, ...env } },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** The one JSON object a `--json` command printed. */
function onlyJson<T = Record<string, unknown>>(result: Run): T {
  expect(result, result.stderr).toMatchObject({ code: 0, stderr: '' });
  expect(result.stdout.trim().split('\n')).toHaveLength(1);
  return JSON.parse(result.stdout) as T;
}

function backupSuite(kind: StoreKind) {
  const dir = mkdtempSync(join(tmpdir(), 'declic-backup-'));
  const schema = freshSchemaName();
  const env: Record<string, string> =
    kind === 'sqlite' ? { DATA_DIR: dir, DATABASE_URL: '' } : { DATA_DIR: dir, DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema };
  const run = (...args: string[]) => admin(env, ...args);
  let endpoint: EndpointProcess | undefined;
  afterAll(async () => {
    await endpoint?.stop();
    if (kind === 'postgres') await dropSchema(schema);
    rmSync(dir, { recursive: true, force: true });
  });

  it('backs up while the server runs, restores only once it is stopped and with --yes, under a new dataset id', async () => {
    if (kind === 'postgres') await assertPostgresReachable();
    const { structure } = onlyJson<{ structure: { id: string } }>(await run('create-structure', '--name', 'Mairie de Sos', '--json'));
    const password = 'la garonne déborde en mars';
    onlyJson(
      await run('create-aidant', '--structure', structure.id, '--email', 'ana@sos.fr', '--name', 'Ana', '--password', password, '--json'),
    );
    endpoint = await startEndpointProcess(env);
    const tablet = new Tablet(endpoint.url, await login(endpoint.url, 'ana@sos.fr', password));
    const kept = await tablet.sync(tablet.newBeneficiary({ firstName: 'Avant-la-sauvegarde' }).ops);

    const file = join(dir, 'sauvegarde-nuit.bin');
    const backup = onlyJson(await run('backup', '--to', file, '--json'));
    expect(backup).toEqual({ file, bytes: statSync(file).size, storage: kind, createdAt: expect.any(Number) });
    expect(backup.bytes).toBeGreaterThan(0);
    await tablet.sync(tablet.newBeneficiary({ firstName: 'Après-la-sauvegarde' }).ops);

    const unconfirmed = await run('restore', '--from', file);
    expect(unconfirmed).toMatchObject({ code: 2, stdout: '' });
    expect(unconfirmed.stderr).toMatch(/Relancez avec --yes pour confirmer/);
    const underServer = await run('restore', '--from', file, '--yes');
    expect(underServer).toMatchObject({ code: 1, stdout: '' });
    expect(underServer.stderr).toMatch(/Un serveur Déclic fonctionne sur ce stockage.*Arrêtez-le/);
    expect(JSON.stringify(await new Tablet(endpoint.url, tablet.token).pullAll())).toContain('Après-la-sauvegarde');

    await endpoint.stop();
    const { restored } = onlyJson<{ restored: { storage: string; dataset: string } }>(
      await run('restore', '--from', file, '--yes', '--json'),
    );
    expect(restored).toMatchObject({ storage: kind, dataset: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(restored.dataset).not.toBe(kept.dataset);

    endpoint = await startEndpointProcess(env);
    // The tablet's cursor belongs to the data before the restore: the endpoint says so.
    expectFrenchError(await tablet.request({}, {}, endpoint.url), 409, 'curseur_inconnu');
    const fromScratch = new Tablet(endpoint.url, tablet.token);
    const pulled = JSON.stringify(await fromScratch.pullAll());
    expect(pulled).toContain('Avant-la-sauvegarde');
    expect(pulled).not.toContain('Après-la-sauvegarde');
    expect((await fromScratch.sync()).dataset).toBe(restored.dataset);
    await endpoint.stop();
    // Two endpoint starts, two logins at the server's own password cost and six admin processes: slow on a busy machine.
  }, 120_000);

  it('refuses, in French, to restore a file that is not a backup, and changes nothing', async () => {
    const junk = join(dir, 'pas-une-sauvegarde.bin');
    writeFileSync(junk, 'ceci n’est pas une base');
    const answer = await run('restore', '--from', junk, '--yes');
    expect(answer).toMatchObject({ code: 1, stdout: '' });
    expect(answer.stderr).toMatch(/n’est pas une sauvegarde (SQLite|PostgreSQL) de Déclic lisible.*: rien n’a été restauré/);
    expect(onlyJson<{ structures: { name: string }[] }>(await run('list-structures', '--json')).structures.map((s) => s.name)).toEqual([
      'Mairie de Sos',
    ]);
  });

  it.runIf(kind === 'postgres')('says in French that pg_dump is missing, and writes no file', async () => {
    const file = join(dir, 'sans-pg-dump.bin');
    const answer = await admin({ ...env, PATH: join(dir, 'nulle-part') }, 'backup', '--to', file);
    expect(answer).toMatchObject({ code: 1, stdout: '' });
    expect(answer.stderr).toMatch(/pg_dump est introuvable : installez les outils clients de PostgreSQL/);
    expect(() => statSync(file)).toThrow();
  });
}

describe.each(await storeKinds())('npm run admin -- backup / restore (%s)', backupSuite);
