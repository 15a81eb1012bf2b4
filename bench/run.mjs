#!/usr/bin/env node
/**
 * `npm run bench` entry (after `npm run build`). Node cannot run TypeScript here, so this loads the
 * TypeScript benchmark through Vite's module runner; the bench reuses e2e/browser.ts (same
 * Chromium, same flags) instead of duplicating it.
 */
import { runnerImport } from 'vite';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('./bench.ts', import.meta.url));
const { module } = await runnerImport(entry, { configFile: false, logLevel: 'error' });
try {
  await module.main(process.argv.slice(2));
} catch (err) {
  console.error(err);
  process.exitCode = 1;
}
