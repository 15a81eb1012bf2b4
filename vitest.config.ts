import { defineConfig } from 'vitest/config';
import { borderMeasuresPlugin } from './scripts/borderMeasuresPlugin.ts';
import { eventTextsPlugin } from './scripts/eventTextsPlugin.ts';

export default defineConfig({
  // Modules that read the shipped events' build-time measures or halves import them as in the app.
  plugins: [borderMeasuresPlugin(), eventTextsPlugin()],
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/testing/unitSetup.ts'],
  },
});
