// Directory import figures (issue 17): a « Lieux de médiation numérique » CSV of 5,000 places and a
// data·inclusion file of 20,000 structures (1,000 of them in Lot-et-Garonne) with 40,000 services, read, then
// imported by what `npm run admin -- import-partners` runs into a fresh store, then imported again (unchanged),
// on SQLite and on PostgreSQL. Run alone: `node --import tsx tests/bench/directory-bench.ts`.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { parseDataInclusion } from '../../src/shared/directory/data-inclusion';
import { parseLieuxCsv } from '../../src/shared/directory/lieux';
import { parseZone } from '../../src/shared/directory/zone';
import type { ParsedDirectory } from '../../src/shared/directory/imported-partner';
import { openStore } from '../../src/server/store/open-store';
import { importPartners } from '../../src/server/sync/partner-import';
import { DATABASE_URL, postgresAvailable } from './server-bench-tools';

const LIEUX = 5_000;
const STRUCTURES = 20_000;
type Figures = Record<string, number | string>;
const ms = (start: number) => Math.round(performance.now() - start);

function lieuxCsv(): string {
  const head = 'id,pivot,nom,commune,code_postal,code_insee,adresse,telephone,horaires,date_maj,services,modalites_accompagnement';
  const rows = Array.from(
    { length: LIEUX },
    (_, i) =>
      `lieu-${i},${String(21470001500012 + i)},"Lieu numérique n° ${i}, accueil",Agen,47000,47001,${i} rue Lamartine,+33553662233,"Mo-Fr 09:00-12:00,14:00-17:00; PH off",2024-03-12,Aide aux démarches administratives|Maîtrise des outils numériques du quotidien,Accompagnement individuel`,
  );
  return [head, ...rows].join('\r\n');
}

function dataInclusionJson(): string {
  const structures = Array.from({ length: STRUCTURES }, (_, i) => ({
    source: 'dora',
    id: `dora--s${i}`,
    nom: `Structure ${i}`,
    commune: i % 20 === 0 ? 'Agen' : 'Bordeaux',
    code_postal: i % 20 === 0 ? '47000' : '33000',
    code_insee: i % 20 === 0 ? '47001' : '33063',
    adresse: `${i} rue Sainte-Catherine`,
    horaires_accueil: 'Mo-Fr 08:30-12:30; PH off',
    description: 'Accueil et accompagnement aux démarches.',
    date_maj: '2025-01-10',
  }));
  const services = structures.flatMap((s, i) =>
    [0, 1].map((k) => ({
      source: 'dora',
      id: `dora--v${i}-${k}`,
      structure_id: s.id,
      nom: k === 0 ? 'Aide aux démarches en ligne' : 'Atelier numérique',
      description: 'Un accompagnement sur rendez-vous.',
      modes_accueil: ['en-presentiel'],
      date_maj: '2025-01-05',
    })),
  );
  return JSON.stringify({ structures, services }, null, 2);
}

async function importTwice(kind: 'sqlite' | 'postgres', parsed: ParsedDirectory): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'declic-directory-bench-'));
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const store = await openStore(
    kind === 'sqlite' ? { dataDir: dir, databaseUrl: undefined } : { dataDir: dir, databaseUrl: DATABASE_URL, databaseSchema: schema },
  );
  try {
    let t = performance.now();
    const first = await importPartners(store, parsed, { territory: true }, 'Import (bench)');
    const firstMs = ms(t);
    t = performance.now();
    const again = await importPartners(store, parsed, { territory: true }, 'Import (bench)');
    return { added: first.added, 'first import (ms)': firstMs, unchanged: again.unchanged, 're-import (ms)': ms(t) };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    if (kind === 'postgres') {
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
  }
}

/** The directory import figures for BENCHMARKS.md. */
export async function runDirectoryBench(): Promise<Record<string, Figures>> {
  const csv = lieuxCsv();
  const json = dataInclusionJson();
  let t = performance.now();
  const lieux = parseLieuxCsv(csv);
  const lieuxMs = ms(t);
  t = performance.now();
  const inclusion = parseDataInclusion(json, parseZone('47')!);
  const inclusionMs = ms(t);
  const figures: Record<string, Figures> = {
    'read Lieux CSV': {
      rows: LIEUX,
      'size (MB)': Math.round(csv.length / 100_000) / 10,
      kept: lieux.partners.length,
      'read (ms)': lieuxMs,
    },
    'read data·inclusion JSON': {
      structures: STRUCTURES,
      'size (MB)': Math.round(json.length / 100_000) / 10,
      kept: inclusion.partners.length,
      'out of zone': inclusion.outOfZone,
      'read (ms)': inclusionMs,
    },
  };
  for (const kind of ['sqlite', 'postgres'] as const) {
    if (kind === 'postgres' && !(await postgresAvailable())) continue;
    const name = kind === 'sqlite' ? 'SQLite' : 'PostgreSQL';
    figures[`${name}, Lieux ${LIEUX}`] = await importTwice(kind, lieux);
    figures[`${name}, data·inclusion ${inclusion.partners.length}`] = await importTwice(kind, inclusion);
  }
  figures.load = {
    '1/5/15 min': loadavg()
      .map((l) => l.toFixed(1))
      .join(' / '),
  };
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.table(await runDirectoryBench());
