import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { validateDataPlugin } from './scripts/validateDataPlugin.ts';
import { cspPlugin } from './scripts/cspPlugin.ts';
import { hostExamplePlugin } from './scripts/hostExamplePlugin.ts';
import { dataHashPlugin } from './scripts/dataHashPlugin.ts';
import { borderMeasuresPlugin } from './scripts/borderMeasuresPlugin.ts';
import { eventTextsPlugin } from './scripts/eventTextsPlugin.ts';
import { defaultDataPlugin } from './scripts/defaultDataPlugin.ts';
import { bootModules } from './scripts/bootChunkPlugin.ts';

const boot = bootModules();

export default defineConfig({
  base: './',
  plugins: [
    validateDataPlugin(),
    dataHashPlugin(),
    borderMeasuresPlugin(),
    eventTextsPlugin(),
    defaultDataPlugin(),
    cspPlugin(),
    hostExamplePlugin(),
    boot.plugin,
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    // Data files are always their own fetched assets, never base64 inside the app's JS (smaller gzipped, and countable).
    assetsInlineLimit: (file: string) => (/[\\/]data[\\/]/.test(file) ? false : undefined),
    rolldownOptions: {
      // MapLibre in a chunk of its own: cached apart from the app, and the bench counts the app's bytes exactly.
      // The rest of what the default view runs in one chunk (scripts/bootChunkPlugin.ts), not twenty.
      output: {
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/, priority: 2 },
            { name: 'app', test: (id: string) => boot.has(id) && !/\.css($|\?)/.test(id), priority: 1 },
          ],
        },
      },
    },
  },
  // jsPDF's optional helpers for html()/SVG, never called here: an empty module keeps them out of the build.
  resolve: {
    alias: Object.fromEntries(
      ['html2canvas', 'dompurify', 'canvg'].map((name) => [name, fileURLToPath(new URL('./scripts/emptyModule.ts', import.meta.url))]),
    ),
  },
  // The data files are served from data/ and imported with ?url; nothing is fetched from other hosts.
  server: { host: '127.0.0.1', fs: { strict: true } },
  preview: { host: '127.0.0.1' },
});
