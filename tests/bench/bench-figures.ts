// What every benchmark needs: percentiles of its timings, and the built app to measure.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The p-th percentile (0–100) of `values`. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** The median of `values` (the lower of the two middle ones when their number is even). */
export function median(values: number[]): number {
  return percentile(values, 50);
}

/** The build to measure (`DECLIC_OUT_DIR` or dist/), built first when missing. */
export function ensureBuilt(): string {
  const dist = resolve(process.env.DECLIC_OUT_DIR ?? 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.log(`Building the app into ${dist}…`);
    execFileSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  }
  return dist;
}
