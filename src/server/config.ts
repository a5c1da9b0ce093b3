// The endpoint's configuration, from the environment (see README "Configuration").
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** PostgreSQL schema to work in (DATABASE_SCHEMA), created when missing; default: the database's own. */
  databaseSchema: string | undefined;
  retentionMonths: number;
  staticDir: string;
  contentDir: string;
  /** TRUST_PROXY=1: behind one trusted reverse proxy, the client's address is the last of X-Forwarded-For. */
  trustProxy: boolean;
}

/** Reads the configuration; throws a readable message for a bad value. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT invalide : ${env.PORT}`);
  const retentionMonths = Number(env.RETENTION_MONTHS ?? 24);
  if (!Number.isInteger(retentionMonths) || retentionMonths < 1) throw new Error(`RETENTION_MONTHS invalide : ${env.RETENTION_MONTHS}`);
  const trustProxy = env.TRUST_PROXY ?? '';
  if (!['', '0', '1'].includes(trustProxy))
    throw new Error(`TRUST_PROXY invalide : ${trustProxy} (1 derrière un proxy inverse, sinon rien)`);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataDir: resolve(cwd, env.DATA_DIR || 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    databaseSchema: env.DATABASE_SCHEMA || undefined,
    retentionMonths,
    staticDir: resolve(cwd, env.STATIC_DIR || 'dist'),
    contentDir: resolve(cwd, 'src/content'),
    trustProxy: trustProxy === '1',
  };
}
