/**
 * Single-file offline build (`npm run build:standalone`): the app, its styles, the MapLibre worker
 * and every data file inlined into `dist-standalone/frontier-map.html`, which opens from file://.
 * Assets become data: URLs (assetsInlineLimit → always), so `fetch` and the worker never leave the file.
 */
import { defineConfig, mergeConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import base from '../vite.config.ts';
import { standaloneCspPlugin } from './standaloneCspPlugin.ts';

export default mergeConfig(
  base,
  defineConfig({
    plugins: [viteSingleFile({ removeViteModuleLoader: true, outputFileName: 'frontier-map.html' }), standaloneCspPlugin()],
    build: { outDir: 'dist-standalone', emptyOutDir: true, copyPublicDir: false, assetsInlineLimit: () => true },
  }),
);
