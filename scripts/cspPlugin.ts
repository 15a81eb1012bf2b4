/**
 * Content-Security-Policy for the built app, as a <meta http-equiv> in index.html: only the app's
 * own origin may supply scripts, styles, workers and data. `data:`/`blob:` images cover MapLibre's
 * control icons and icon images; `data:` connect covers small assets Vite inlines as data: URLs.
 * No 'unsafe-inline' or 'unsafe-eval': views set styles through CSSOM, never style attributes.
 *
 * Dev (`npm start`) gets no policy because Vite's dev client injects inline <style> elements. The
 * single-file standalone build inlines its scripts, so this strict policy would block it; there the
 * plugin writes nothing and the standalone build must carry a hash-based policy of its own.
 */
import type { Plugin } from 'vite';

/** The policy's directives, one string per directive. */
export const APP_CSP: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Adds the CSP meta tag to the production index.html. */
export function cspPlugin(): Plugin {
  let singleFile = false;
  return {
    name: 'frontier-csp',
    apply: 'build',
    configResolved(config) {
      singleFile = config.plugins.some((p) => p.name === 'vite:singlefile');
    },
    transformIndexHtml() {
      if (singleFile) return [];
      return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: APP_CSP.join('; ') }, injectTo: 'head-prepend' }];
    },
  };
}
