import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataHash, dataHashPlugin, manifestPaths } from './dataHashPlugin';
import { DATA_FILES, GEO_FILES } from '../src/schema/manifest';

/** A throwaway data folder with the given files. */
function folder(files: Record<string, string>): URL {
  const dir = mkdtempSync(join(tmpdir(), 'frontier-hash-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return pathToFileURL(`${dir}/`);
}

describe('dataHash', () => {
  it('covers every manifest file and every article text of the shipped data', () => {
    const paths = manifestPaths();
    for (const p of [...Object.values(DATA_FILES), ...Object.values(GEO_FILES)]) expect(paths).toContain(p);
    expect(paths.some((p) => p.startsWith('sources/') && p.endsWith('.txt'))).toBe(true);
  });
  it('is a 64-digit hex SHA-256, stable across calls', () => {
    const h = dataHash();
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(dataHash()).toBe(h);
  });
  it('is the SHA-256 of "<path> <file sha256>" lines in path order', () => {
    const dir = folder({ 'b.json': '2', 'a.json': '1' });
    const line = (p: string, t: string): string => `${p} ${createHash('sha256').update(t).digest('hex')}\n`;
    const want = createHash('sha256')
      .update(line('a.json', '1') + line('b.json', '2'))
      .digest('hex');
    expect(dataHash(dir, ['b.json', 'a.json'])).toBe(want);
  });
  it.each([
    ['an edited file', { 'a.json': '1', 'b.json': '3' }, ['a.json', 'b.json']],
    ['a renamed file', { 'a.json': '1', 'c.json': '2' }, ['a.json', 'c.json']],
    ['a missing file', { 'a.json': '1' }, ['a.json']],
  ])('changes with %s', (_name, files, paths) => {
    const base = dataHash(folder({ 'a.json': '1', 'b.json': '2' }), ['a.json', 'b.json']);
    expect(dataHash(folder(files), paths)).not.toBe(base);
  });
  it('the plugin defines the variable the app reads', () => {
    const plugin = dataHashPlugin();
    const config = (plugin.config as () => { define: Record<string, string> })();
    expect(JSON.parse(config.define['import.meta.env.VITE_FRONTIER_DATA_HASH']!)).toBe(dataHash());
  });
});
