/**
 * Waits for the GPU to finish what a WebGL2 context was given, without blocking the page: a
 * fence polled between tasks. MapLibre's `idle` fires once the frame's commands are issued, but
 * with software WebGL (SwiftShader) the GPU process may need seconds more for a 3508 × 2480 frame,
 * and the next synchronous GL call (a read-back, a program link, `loseContext`) would hold the
 * main thread for all of it. After this resolves, those calls return at once.
 */

const POLL_MS = 16;
const TIMEOUT_MS = 120_000;

/** Resolves when every command issued to `canvas`'s WebGL2 context so far has run on the GPU. */
export async function gpuSettled(canvas: HTMLCanvasElement): Promise<void> {
  // The context the map already made (no attributes: the existing one is returned as it is).
  const gl = canvas.getContext('webgl2');
  if (!gl || gl.isContextLost()) return;
  const sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  if (!sync) return;
  gl.flush();
  const until = performance.now() + TIMEOUT_MS;
  try {
    // Chromium updates the status between tasks; asking within one task never blocks.
    while (!gl.isContextLost() && gl.getSyncParameter(sync, gl.SYNC_STATUS) !== gl.SIGNALED && performance.now() < until)
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  } finally {
    if (!gl.isContextLost()) gl.deleteSync(sync);
  }
}
