// `npm run admin -- purge [--dry-run] [--json]`, run as a real process on the endpoint's own store.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStructure } from '../../src/server/accounts/accounts';
import { openPostgresStore } from '../../src/server/store/postgres';
import { openSqliteStore } from '../../src/server/store/sqlite';
import type { Store } from '../../src/server/store/store';
import { writeOps } from '../../src/server/sync/sync-service';
import { HybridClock } from '../../src/shared/hlc';
import { uuidv7 } from '../../src/shared/schema/ids';
import { assertPostgresReachable, dropSchema, freshSchemaName, TEST_DATABASE_URL } from '../fixtures/postgres';

function admin(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/server/cli/admin.ts', ...args],
      { env: { ...process.env, ...env } },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const DAY_MS = 86_400_000;

function cliSuite(kind: 'sqlite' | 'postgres') {
  const dir = mkdtempSync(join(tmpdir(), 'declic-purge-'));
  const schema = freshSchemaName();
  const env: Record<string, string> =
    kind === 'sqlite' ? { DATA_DIR: dir, DATABASE_URL: '' } : { DATA_DIR: dir, DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema };
  let store: Store;
  let structureId: string;

  beforeAll(async () => {
    if (kind === 'postgres') await assertPostgresReachable();
    store = kind === 'sqlite' ? openSqliteStore(join(dir, 'declic.sqlite')) : await openPostgresStore(TEST_DATABASE_URL, { schema });
    await store.migrate();
    structureId = (await createStructure(store, 'Mairie de Duras')).id;
    // Each file last written and received by the endpoint on its last contact day.
    const person = async (firstName: string, daysAgo: number) => {
      const then = Date.now() - daysAgo * DAY_MS;
      const clock = new HybridClock('tablette-de-test', () => then);
      const id = uuidv7();
      const fields = { firstName, lastContactOn: new Date(then).toISOString().slice(0, 10) };
      const ops = Object.entries(fields).map(([field, value]) => ({
        opId: uuidv7(),
        collection: 'beneficiaries',
        recordId: id,
        field,
        value,
        hlc: clock.now(),
      }));
      await writeOps(store, { structureId, aidantId: 'test', deviceId: 'test' }, clock.clientId, ops, then);
    };
    await person('Raymond', 800);
    await person('Simone', 500);
    await person('Inès', 10);
  });
  afterAll(async () => {
    await store?.close();
    if (kind === 'postgres') await dropSchema(schema);
    rmSync(dir, { recursive: true, force: true });
  });

  const purges = async () => (await store.listAudit(structureId)).filter((e) => e.action === 'purge').length;

  it('counts on a dry run, then erases with the configured retention, then finds nothing more', async () => {
    const dry = await admin(['purge', '--dry-run', '--json'], env);
    expect(dry).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(dry.stdout)).toEqual({ purge: expect.objectContaining({ dryRun: true, retentionMonths: 24, files: 1 }) });
    expect(await purges()).toBe(0);

    const shorter = await admin(['purge', '--json'], { ...env, RETENTION_MONTHS: '12' });
    expect(JSON.parse(shorter.stdout)).toEqual({
      purge: expect.objectContaining({ dryRun: false, retentionMonths: 12, files: 2, structures: 1 }),
    });
    expect(await purges()).toBe(2);

    const again = await admin(['purge'], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^Purge de rétention \(24 mois : sans contact depuis le \d\d\/\d\d\/\d{4}\) : 0 dossier\(s\) effacés/);
    expect(again.stdout).not.toMatch(/Raymond|Simone|Inès/);
  });

  it('explains the purge in the help', async () => {
    const help = await admin(['--help'], env);
    expect(help.stdout).toMatch(/purge \[--dry-run\]/);
    expect(help.stdout).toMatch(/RETENTION_MONTHS/);
  });
}

describe.each(['sqlite', 'postgres'] as const)('npm run admin -- purge (%s)', cliSuite);
