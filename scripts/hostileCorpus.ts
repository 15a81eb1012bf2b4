/**
 * Writes the hostile-input corpus: test/hostile/<case>.{csv,geojson,json} and manifest.json, which
 * gives each file's expected outcome (records accepted and rejected, whether the whole file is
 * refused, and a passage of the expected message). Every case of the per-record rules and of the
 * README's promises has a file: markup and bidi controls in every text field and in file names,
 * formula cells, huge fields, BOMs, wrong encodings, duplicate ids and columns, empty and
 * header-only files, mixed line endings, deep JSON nesting, swapped or absent coordinates, future
 * dates and number look-alikes. Re-run with `npx tsx scripts/hostileCorpus.ts`; the output is
 * byte-identical, and `src/interchange/hostileCorpus.test.ts` checks every outcome.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cases, type CorpusCase } from './hostileCorpus/cases.ts';
import { acledCases } from './hostileCorpus/acled.ts';
import { geojsonCases } from './hostileCorpus/geojson.ts';
import { appJsonCases } from './hostileCorpus/appJson.ts';

export type { CorpusCase } from './hostileCorpus/cases.ts';

const DIR = new URL('../test/hostile/', import.meta.url);

// In this order: the manifest lists the files as they are added.
acledCases();
geojsonCases();
appJsonCases();

/** Writes the corpus (removing files of cases that no longer exist). */
function write(): void {
  mkdirSync(DIR, { recursive: true });
  for (const f of readdirSync(DIR)) rmSync(new URL(encodeURIComponent(f), DIR));
  const manifest: CorpusCase[] = [];
  for (const { content, ...outcome } of cases) {
    if (outcome.file.includes('/')) throw new Error(`not a file name: ${outcome.file}`);
    writeFileSync(new URL(encodeURIComponent(outcome.file), DIR), content);
    manifest.push(outcome);
  }
  writeFileSync(new URL('manifest.json', DIR), `${JSON.stringify(manifest, null, 1)}\n`);
  console.log(`wrote ${manifest.length} files and manifest.json to test/hostile/`);
}

write();
