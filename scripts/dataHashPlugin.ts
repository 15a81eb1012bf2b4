/**
 * Vite plugin: the data version, a SHA-256 over every file the data manifest lists (the dataset
 * files, the article texts, the geography), computed at build time and exposed to the app as
 * `import.meta.env.VITE_FRONTIER_DATA_HASH`. Exports carry it, so a still or a deck names the
 * exact data it was drawn from. `npx tsx scripts/dataHashPlugin.ts` prints it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { DATA_FILES, GEO_FILES, SOURCE_TEXTS_DIR } from '../src/schema/manifest.ts';

const dataDir = new URL('../data/', import.meta.url);

/** The manifest's files under `dataDir`, as paths relative to it, sorted. */
export function manifestPaths(dir: URL = dataDir): string[] {
  const texts = readdirSync(new URL(SOURCE_TEXTS_DIR, dir))
    .filter((n) => n.endsWith('.txt'))
    .map((n) => `${SOURCE_TEXTS_DIR}${n}`);
  return [...Object.values(DATA_FILES), ...texts, ...Object.values(GEO_FILES)].sort();
}

/**
 * The data version: SHA-256 (hex) of the lines `<path> <sha256 of the file's bytes>\n` for every
 * manifest file in path order, so renaming, adding, removing or editing any file changes it.
 */
export function dataHash(dir: URL = dataDir, paths: readonly string[] = manifestPaths(dir)): string {
  const outer = createHash('sha256');
  for (const p of [...paths].sort()) {
    const inner = createHash('sha256')
      .update(readFileSync(new URL(p, dir)))
      .digest('hex');
    outer.update(`${p} ${inner}\n`);
  }
  return outer.digest('hex');
}

/** Defines `import.meta.env.VITE_FRONTIER_DATA_HASH` for the build and the dev server. */
export function dataHashPlugin(): Plugin {
  return {
    name: 'frontier-data-hash',
    config() {
      return { define: { 'import.meta.env.VITE_FRONTIER_DATA_HASH': JSON.stringify(dataHash()) } };
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) console.log(dataHash());
