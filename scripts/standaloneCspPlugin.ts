/**
 * Content-Security-Policy for the single-file standalone build. Everything is inlined there, so
 * 'self' means nothing (a file:// page has an opaque origin): the policy allows exactly the inline
 * scripts and styles the build wrote (by SHA-256 hash) and data:/blob: for the inlined assets and
 * workers — and no network at all.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Hashes of the contents of every inline `<tag>…</tag>` in `html`. */
export function inlineHashes(html: string, tag: 'script' | 'style'): string[] {
  const re = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g');
  return [...html.matchAll(re)]
    .map((m) => m[1] ?? '')
    .filter((body) => body.length > 0)
    .map(sha256);
}

/** The policy for a given standalone page. */
export function standalonePolicy(html: string): string {
  return [
    "default-src 'none'",
    `script-src ${inlineHashes(html, 'script').join(' ') || "'none'"}`,
    `style-src ${inlineHashes(html, 'style').join(' ') || "'none'"}`,
    'img-src data: blob:',
    'font-src data:',
    'connect-src data: blob:',
    'worker-src data: blob:',
    // The Share dialog's live preview frames this same file (with ?embed=1): 'self' only, no other page.
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Writes the policy into the finished HTML once it is on disk: vite-plugin-singlefile inlines the
 * scripts in its own generateBundle, so only after writing is the final inline content known.
 */
export function standaloneCspPlugin(): Plugin {
  return {
    name: 'frontier-standalone-csp',
    enforce: 'post',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const file of Object.values(bundle)) {
        if (!file.fileName.endsWith('.html')) continue;
        const path = join(options.dir ?? 'dist', file.fileName);
        const html = readFileSync(path, 'utf8');
        const meta = `<meta http-equiv="Content-Security-Policy" content="${standalonePolicy(html)}">`;
        writeFileSync(path, html.replace(/<head>/i, `<head>${meta}`));
      }
    },
  };
}
