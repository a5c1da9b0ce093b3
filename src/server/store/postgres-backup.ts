// Backup and restore of a PostgreSQL schema with pg_dump / pg_restore (custom format), the server's tools.
import { execFile } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import pg from 'pg';
import { openPostgresStore } from './postgres';

/** Where the data lives: the database URL and the schema (the database's `public` by default). */
export interface PostgresLocation {
  url: string;
  schema: string;
}

/** Writes the schema into `to` with `pg_dump -Fc` (a snapshot: consistent while the server writes). */
export async function backupPostgres(location: PostgresLocation, to: string): Promise<void> {
  const partial = `${to}.partiel`;
  rmSync(partial, { force: true });
  try {
    const { option, env } = connection(location.url);
    await tool('pg_dump', ['--format=custom', `--schema=${location.schema}`, `--file=${partial}`, option], env);
    renameSync(partial, to);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * Replaces the schema by the dump `from` (no server running): the current schema is set aside, the dump
 * restored in one transaction, migrated and given a new dataset id; only then is the old schema dropped
 * (on a failure it comes back). Returns the new dataset id.
 */
export async function restorePostgres(location: PostgresLocation, from: string): Promise<string> {
  const listing = await tool('pg_restore', ['--list', from]).catch(() => {
    throw new Error(`${from} n’est pas une sauvegarde PostgreSQL de Déclic lisible (faite par pg_dump -Fc) : rien n’a été restauré.`);
  });
  const dumped = /^\d+; \d+ \d+ SCHEMA - (\S+) /m.exec(listing)?.[1];
  if (dumped !== location.schema) {
    throw new Error(
      `Cette sauvegarde contient le schéma « ${dumped ?? '?'} », pas « ${location.schema} » (DATABASE_SCHEMA) : rien n’a été restauré.`,
    );
  }
  const aside = `${location.schema}_avant_restauration`.slice(0, 63);
  await sql(location.url, [
    `DROP SCHEMA IF EXISTS "${aside}" CASCADE`,
    `CREATE SCHEMA IF NOT EXISTS "${location.schema}"`,
    `ALTER SCHEMA "${location.schema}" RENAME TO "${aside}"`,
  ]);
  try {
    const { option, env } = connection(location.url);
    await tool('pg_restore', ['--single-transaction', '--exit-on-error', '--no-owner', '--no-privileges', option, from], env);
    const store = await openPostgresStore(location.url, { schema: location.schema });
    try {
      await store.migrate();
      const dataset = await store.renewDataset();
      await sql(location.url, [`DROP SCHEMA "${aside}" CASCADE`]);
      return dataset;
    } finally {
      await store.close();
    }
  } catch (error) {
    await sql(location.url, [
      `DROP SCHEMA IF EXISTS "${location.schema}" CASCADE`,
      `ALTER SCHEMA "${aside}" RENAME TO "${location.schema}"`,
    ]);
    throw error;
  }
}

/** Runs statements in one transaction on a connection of their own. */
async function sql(url: string, statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    for (const statement of statements) await client.query(statement);
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

/**
 * `--dbname=URL` without the URL's password, and the environment that gives it to the tool (PGPASSWORD):
 * a command line is visible to every user of the machine.
 */
function connection(url: string): { option: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { option: `--dbname=${parsed.href}`, env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

/** Runs a PostgreSQL client tool; its standard output, or a French error (the tool missing, or failing). */
function tool(name: 'pg_dump' | 'pg_restore', args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((done, fail) => {
    execFile(name, args, { maxBuffer: 64 * 1024 * 1024, env }, (error, stdout, stderr) => {
      if (!error) return done(stdout);
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return fail(
          new Error(
            `${name} est introuvable : installez les outils clients de PostgreSQL (paquet postgresql-client, ` +
              `de la même version que le serveur PostgreSQL ou plus récente), puis relancez.`,
          ),
        );
      }
      fail(new Error(`${name} a échoué : ${stderr.trim() || error.message}`));
    });
  });
}
