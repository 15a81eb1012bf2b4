/** Starts `vite preview` on a production build at 127.0.0.1 on a free port (browser tests and the bench). */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Serves a production build (dist/ by default); resolves with the origin and a stop function once it answers. */
export async function servePreview(outDir = 'dist'): Promise<{ origin: string; stop(): void }> {
  const port = await freePort();
  const child = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir], {
    stdio: 'ignore',
    detached: true,
  });
  const origin = `http://127.0.0.1:${port}`;
  const until = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(origin + '/')).ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > until) throw new Error(`vite preview did not start at ${origin}`);
    await new Promise((r) => setTimeout(r, 150));
  }
  return { origin, stop: () => child.pid && process.kill(-child.pid, 'SIGTERM') };
}
