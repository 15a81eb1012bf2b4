/**
 * Load-independent counts of what the map draws (`--layers`): shader programs MapLibre links at
 * first load (one per layer type × paint-binder variant), and per frame the layers drawn, the draw
 * calls and the vertices submitted. An init script wraps WebGL's `linkProgram` and the painter's
 * `renderLayer` before the app starts, so the counts are exact whatever the machine's load.
 */
import type { Page } from 'playwright-core';

/** Init script: counts every `linkProgram` of any WebGL context on the page in `window.__links`. */
export const LINK_COUNT_SCRIPT = `(() => {
  window.__links = 0;
  for (const C of [window.WebGL2RenderingContext, window.WebGLRenderingContext]) {
    if (!C) continue;
    const link = C.prototype.linkProgram;
    C.prototype.linkProgram = function (p) { window.__links++; return link.call(this, p); };
  }
})();`;

export interface FrameCounts {
  /** Programs linked on the page from navigation to now (MapLibre's and any custom layer's). */
  linked: number;
  /** MapLibre's program cache: one key per compiled variant (name + binder configuration + projection). */
  programs: string[];
  /** Layers the last frame drew (reached a draw function with tiles to draw), in draw order. */
  drawnLayers: string[];
  /** Draw calls and vertices (indices) of that frame. */
  drawCalls: number;
  vertices: number;
  /** Draw calls per layer id in that frame. */
  callsByLayer: Record<string, number>;
}

/** Counts the next frame after a repaint (the map as it stands; no change to the style). */
export function frameCounts(page: Page): Promise<FrameCounts> {
  return page.evaluate(async () => {
    type Painter = {
      renderLayer: (...a: unknown[]) => void;
      programCache: { programs: Record<string, unknown> };
      context: { gl: WebGL2RenderingContext };
    };
    const map = window.__frontier!.map;
    const painter = (map as unknown as { painter: Painter }).painter;
    const gl = painter.context.gl;
    const drawn: string[] = [];
    const callsByLayer: Record<string, number> = {};
    let current = '';
    let calls = 0;
    let vertices = 0;
    const renderLayer = painter.renderLayer;
    painter.renderLayer = function (this: Painter, ...args: unknown[]) {
      const layer = args[2] as { id: string };
      const before = calls;
      current = layer.id;
      renderLayer.apply(this, args);
      current = '';
      if (calls > before && !drawn.includes(layer.id)) drawn.push(layer.id);
    };
    const de = gl.drawElements;
    const da = gl.drawArrays;
    gl.drawElements = function (mode: number, count: number, type: number, offset: number) {
      calls++;
      vertices += count;
      if (current) callsByLayer[current] = (callsByLayer[current] ?? 0) + 1;
      return de.call(this, mode, count, type, offset);
    };
    gl.drawArrays = function (mode: number, first: number, count: number) {
      calls++;
      vertices += count;
      if (current) callsByLayer[current] = (callsByLayer[current] ?? 0) + 1;
      return da.call(this, mode, first, count);
    };
    // One frame: the first `render` after the repaint (a fade or a tile may ask for more before idle).
    await new Promise((r) => (map.once('render', r), map.triggerRepaint()));
    painter.renderLayer = renderLayer;
    gl.drawElements = de;
    gl.drawArrays = da;
    await new Promise((r) => (map.once('idle', r), map.triggerRepaint()));
    return {
      linked: (window as Window & { __links?: number }).__links ?? -1,
      programs: Object.keys(painter.programCache.programs).sort(),
      drawnLayers: drawn,
      drawCalls: calls,
      vertices,
      callsByLayer,
    };
  });
}

/** One line per figure, then the program keys and the drawn layers, for the README. */
export function printCounts(c: FrameCounts, label: string): void {
  console.log(
    `\n${label}: ${c.programs.length} MapLibre programs (${c.linked} programs linked on the page), ` +
      `${c.drawnLayers.length} layers drawn per frame, ${c.drawCalls} draw calls, ${c.vertices} vertices`,
  );
  console.log(`programs: ${c.programs.join(' ')}`);
  console.log(`drawn: ${c.drawnLayers.map((id) => `${id}(${c.callsByLayer[id] ?? 0})`).join(' ')}`);
}
