// The PostgreSQL store's own duties: its schema, and migrations applied once even when processes start together.
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/server/store/postgres';
import { migrationsFor } from '../../src/server/store/migrations';
import { dropSchema, freshSchemaName, postgresUnreachable, TEST_DATABASE_URL } from '../fixtures/postgres';

const unreachable = process.env.CI ? null : await postgresUnreachable();

describe.skipIf(unreachable)('the PostgreSQL store', () => {
  const schemas: string[] = [];
  afterAll(async () => {
    for (const schema of schemas) await dropSchema(schema);
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    await expect(openPostgresStore(TEST_DATABASE_URL, { schema: 'public; DROP TABLE x' })).rejects.toThrow(
      /Nom de schéma PostgreSQL invalide/,
    );
  });

  it('creates its schema and applies each migration once, even with four stores starting together', async () => {
    const schema = freshSchemaName();
    schemas.push(schema);
    const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgresStore(TEST_DATABASE_URL, { schema })));
    await Promise.all(stores.map((store) => store.migrate()));
    await stores[0]!.migrate();
    await Promise.all(stores.map((store) => store.close()));

    const client = new pg.Client({ connectionString: TEST_DATABASE_URL, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual(migrationsFor('postgres').map((m) => m.version));
      const { rows: tables } = await client.query('SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1', [
        schema,
      ]);
      expect(tables.map((t) => t.table_name)).toEqual([
        'aidants',
        'audit_log',
        'dataset',
        'devices',
        'login_counters',
        'memberships',
        'ops',
        'purge_runs',
        'schema_migrations',
        'stats_parts',
        'stats_records',
        'structures',
      ]);
    } finally {
      await client.end();
    }
  });

  it('keeps its tables out of the public schema', async () => {
    const schema = freshSchemaName();
    schemas.push(schema);
    const store = await openPostgresStore(TEST_DATABASE_URL, { schema });
    await store.migrate();
    await store.createStructure({ id: 'structure-test', name: 'Mairie de test', createdAt: 1 });
    await store.close();
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      // The territory log's reserved row (migration 8) is in the same schema, never listed as a structure.
      const { rows } = await client.query(`SELECT name FROM "${schema}".structures WHERE id <> '_territoire'`);
      expect(rows).toEqual([{ name: 'Mairie de test' }]);
    } finally {
      await client.end();
    }
  });
});
