// Vite plugin: once the build is written (service worker included), a Brotli and a gzip copy beside each
// compressible file, which the endpoint serves as they are (see static-files): no compression per request.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(html|js|mjs|css|json|webmanifest|svg|txt)$/;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Writes `<file>.br` and `<file>.gz` beside each compressible file of `dir` where they are smaller; returns how many files. */
export async function precompressDirectory(dir: string): Promise<number> {
  const names = (await readdir(dir, { recursive: true })).filter((name) => COMPRESSIBLE.test(name));
  let count = 0;
  for (const name of names) {
    const path = join(dir, name);
    if (!(await stat(path)).isFile()) continue;
    const bytes = await readFile(path);
    const copies = {
      br: await brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
      gz: await gzipAsync(bytes, { level: 9 }),
    };
    for (const [ext, copy] of Object.entries(copies)) if (copy.length < bytes.length) await writeFile(`${path}.${ext}`, copy);
    count++;
  }
  return count;
}

/** Precompresses the build's output after every other plugin wrote to it. */
export function precompressPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'declic-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        await precompressDirectory(outDir);
      },
    },
  };
}
