/** Starts `vite preview` on the production build (127.0.0.1, a free port) for the browser tests. */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { servePreview } from './serve';

export default async function setup(project: TestProject): Promise<() => void> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm run test:e2e does).');
  const server = await servePreview('dist');
  project.provide('origin', server.origin);
  return () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}
