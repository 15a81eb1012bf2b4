/**
 * The host-page example (`examples/host-example.html`): a page that frames the map and drives it
 * through the host API. It frames whatever `?src=` names, so it is a tool for development and
 * tests, not something to publish: the dev server serves it at `/host-example.html`, and only the
 * test build (`VITE_TEST_HOOKS=1`, `npm run build:test`) writes it into `dist/`. The production
 * build (`npm run build`) and the standalone file never contain it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const HOST_EXAMPLE_FILE = 'host-example.html';
const source = fileURLToPath(new URL(`../examples/${HOST_EXAMPLE_FILE}`, import.meta.url));

/** Whether a build with these settings ships the example: test builds only, never a single-file build. */
export function shipsHostExample(env: { testHooks: string | undefined; singleFile: boolean }): boolean {
  return env.testHooks === '1' && !env.singleFile;
}

/** Serves the example in dev; emits it into test builds only. */
export function hostExamplePlugin(): Plugin {
  let emit = false;
  return {
    name: 'frontier-host-example',
    configResolved(config) {
      emit =
        config.command === 'build' &&
        shipsHostExample({
          testHooks: config.env['VITE_TEST_HOOKS'],
          singleFile: config.plugins.some((p) => p.name === 'vite:singlefile'),
        });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== `/${HOST_EXAMPLE_FILE}`) return next();
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(readFileSync(source, 'utf8'));
      });
    },
    generateBundle() {
      if (emit) this.emitFile({ type: 'asset', fileName: HOST_EXAMPLE_FILE, source: readFileSync(source, 'utf8') });
    },
  };
}
