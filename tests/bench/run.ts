// `npm run bench`: runs every benchmark (or those named: `npm run bench -- shell server`) and prints the figures.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const benches: Record<string, { file: string; run: string }> = {
  shell: { file: './shell-bench.ts', run: 'runShellBench' },
  server: { file: './server-bench.ts', run: 'runServerBench' },
  search: { file: './search-bench.ts', run: 'runSearchBench' },
  tablet: { file: './tablet-bench.ts', run: 'runTabletBench' },
  stats: { file: './stats-bench.ts', run: 'runStatsBench' },
  hostile: { file: './hostile-bench.ts', run: 'runHostileBench' },
  backup: { file: './backup-bench.ts', run: 'runBackupBench' },
  directory: { file: './directory-bench.ts', run: 'runDirectoryBench' },
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const [name, bench] of Object.entries(benches)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  if (!existsSync(fileURLToPath(new URL(bench.file, import.meta.url)))) continue;
  console.log(`\n## ${name}`);
  const module = (await import(bench.file)) as Record<string, () => Promise<Record<string, unknown>>>;
  const figures = await module[bench.run]!();
  console.table(figures);
}
