import { defineConfig } from 'vitest/config';

// Browser tests: one Chromium at a time (2-core machines), generous timeouts for software WebGL.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/globalSetup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    environment: 'node',
    // Vitest's 1 s default for expect.poll is shorter than an on-demand chunk plus a software-WebGL
    // frame on a busy 2-core machine; a poll still returns as soon as its condition holds.
    expect: { poll: { timeout: 20_000 } },
  },
});
