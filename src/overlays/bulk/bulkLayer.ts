/**
 * The bulk events on the map: one MapLibre `CustomLayerInterface` (WebGL2) that uploads positions,
 * times, kinds, precisions and casualty figures once, and per window change only sets two uniforms
 * and draws the window's index ranges (see windowRange.ts). A numeric filter change sets uniforms
 * too; a string filter change rewrites one byte per record (the match mask, bulkFilter.ts). Clicks
 * are answered from the kdbush index, filtered by the window and the filters.
 */
import KDBush from 'kdbush';
import type { CustomLayerInterface, CustomRenderMethodInput, MapMouseEvent } from 'maplibre-gl';
import type { AppStore } from '../../state/appStore';
import { watch } from '../../state/watch';
import { forgetLayer, placeLayer } from '../../style/stack';
import type { OverlayMap } from '../overlay';
import type { TimeWindow } from '../../calendar/window';
import type { Theme } from '../../style/theme';
import { KIND_CODES, type BulkSet } from './types';
import { countInWindow, gpuWindow, inGpuWindow, submittedCount, windowRanges } from './windowRange';
import { FRAGMENT_SHADER, linkWhenReady, SHADER_ATTRIBUTES, SHADER_UNIFORMS, VERTEX_SHADER } from './shaders';
import { rgb } from 'd3-color';
import { mercX, mercY } from './pack';
import { bulkSelectionId, parseBulkSelection } from './selection';
import { bulkFilterState, countShown, passesUniforms } from './bulkFilter';
import { chunkedUpload, lateColumns, type ChunkedUpload, type GpuColumn, type LateColumns } from './gpuUpload';

export const BULK_LAYER_ID = 'bulk-points';

/** What the layer drew last; read by tests and the benchmark. */
export interface BulkLayerStats {
  /** Frames rendered since the layer was added. */
  frames: number;
  /** Vertices submitted in the last frame (the window's index ranges). */
  submitted: number;
  drawCalls: number;
  /** The window of the last rendered frame. */
  window: TimeWindow | null;
  showContext: boolean;
  /** Main-thread JS time of the last render call, ms. */
  renderMs: number;
  /** Bytes uploaded to the GPU (the match mask's rewrites included). */
  gpuBytes: number;
  /** The filter values of the last rendered frame (the store's object, compared by identity). */
  filters: unknown;
  /** Times the match mask was uploaded after the first upload (string filter changes only). */
  maskUploads: number;
}

export interface BulkLayerHandle {
  stats(): BulkLayerStats;
  /** Events the GPU shows as in-window for the current window (CPU twin of the shader test, filters ignored). */
  inWindowCount(): number;
  /** Events the GPU shows for the current window and filters (CPU twin of the shader tests). */
  shownCount(): number;
  /** The in-window event nearest to a lng/lat within `radiusPx`, or null. */
  pick(lngLat: [number, number], radiusPx: number): number | null;
  remove(): void;
}

/** Adds the bulk layer for `set` under the curated events; returns its handle. */
export function addBulkLayer(map: OverlayMap, store: AppStore, set: BulkSet, theme: Theme): BulkLayerHandle {
  const c = set.columns;
  const index = KDBush.from(c.index);
  const colors = new Float32Array(
    KIND_CODES.flatMap((k) => {
      const { r, g, b } = rgb(theme.kind[k]);
      return [r / 255, g / 255, b / 255];
    }),
  );
  const stats: BulkLayerStats = {
    frames: 0,
    submitted: 0,
    drawCalls: 0,
    window: null,
    showContext: false,
    renderMs: 0,
    gpuBytes: 0,
    filters: null,
    maskUploads: 0,
  };
  // kind, date precision, location precision: one 3-byte attribute, packed chunk by chunk as it is uploaded.
  const meta = new Uint8Array(c.count * 3);
  const allMatch = new Uint8Array(c.count).fill(1);
  /** The columns going up a chunk per frame (gpuUpload.ts); drawing starts once it is done. */
  let upload: ChunkedUpload | null = null;
  /** Frames MapLibre rendered with the layer in place (drawn or not): the GPU's queue grows with each. */
  let framesSeen = 0;
  let matchBuffer: WebGLBuffer | null = null;
  let uploadedMask: Uint8Array | null = null;
  const matrix = new Float32Array(16);
  let gl: WebGL2RenderingContext | null = null;
  let prog: WebGLProgram | null = null;
  let stopLinking = (): void => undefined;
  let attribs: Record<string, number> = {};
  let vao: WebGLVertexArrayObject | null = null;
  let buffers: WebGLBuffer[] = [];
  let u: Record<string, WebGLUniformLocation | null> = {};
  // The border measures arrive after the points (a second pass in the worker): re-uploaded then.
  let late: LateColumns | null = null;

  const layer: CustomLayerInterface = {
    id: BULK_LAYER_ID,
    type: 'custom',
    renderingMode: '2d',
    onAdd(_map, context) {
      if (!(context instanceof WebGL2RenderingContext)) throw new Error('bulk layer needs WebGL2');
      gl = context;
      // The GPU compiles while the page carries on; the first frame after that uploads and draws.
      stopLinking = linkWhenReady(
        gl,
        VERTEX_SHADER,
        FRAGMENT_SHADER,
        (p) => ready(context, p),
        (e) => console.error(e),
        () => framesSeen,
      );
    },
    render(g, opts: CustomRenderMethodInput) {
      framesSeen++;
      if (!prog) return;
      if (!vao) setUp(g);
      if (upload && !upload.done()) {
        stats.gpuBytes += upload.next();
        return map.triggerRepaint();
      }
      draw(g, opts);
    },
    onRemove() {
      stopLinking();
      if (!gl) return;
      for (const b of buffers) gl.deleteBuffer(b);
      if (vao) gl.deleteVertexArray(vao);
      if (prog) gl.deleteProgram(prog);
      buffers = [];
      late = null;
      gl = null;
    },
  };

  /** Takes the linked program and its inputs' locations (asked outside a frame: see `linkWhenReady`). */
  const ready = (gl: WebGL2RenderingContext, p: WebGLProgram): void => {
    prog = p;
    attribs = Object.fromEntries(SHADER_ATTRIBUTES.map((n) => [n, gl.getAttribLocation(p, n)]));
    u = Object.fromEntries(SHADER_UNIFORMS.map((n) => [n, gl.getUniformLocation(p, n)]));
    map.triggerRepaint();
  };

  /** Creates the buffers, empty; the render calls after this fill them a chunk per frame. */
  const setUp = (gl: WebGL2RenderingContext): void => {
    vao = gl.createVertexArray();
    gl.bindVertexArray(vao);
    uploadedMask = bulkFilterState(set, store.getState().filters).mask;
    // Uploaded once; a window change never touches these buffers (the match mask: a string filter change).
    const columns: GpuColumn[] = [
      { name: 'a_pos', data: c.pos, size: 2, type: gl.FLOAT },
      { name: 'a_start', data: c.start, size: 1, type: gl.FLOAT },
      { name: 'a_endx', data: c.endx, size: 1, type: gl.FLOAT },
      { name: 'a_meta', data: meta, size: 3, type: gl.UNSIGNED_BYTE },
      { name: 'a_killed', data: c.killed, size: 1, type: gl.UNSIGNED_SHORT },
      // Border measures (within N km, bank, stretch): rewritten once when the worker's second pass measures them.
      { name: 'a_balong', data: c.borderAlong, size: 1, type: gl.FLOAT },
      { name: 'a_bdist', data: c.borderDistance, size: 1, type: gl.FLOAT },
      { name: 'a_bbank', data: c.borderBank, size: 1, type: gl.UNSIGNED_BYTE },
      { name: 'a_match', data: uploadedMask ?? allMatch, size: 1, type: gl.UNSIGNED_BYTE, dynamic: true },
    ];
    upload = chunkedUpload(gl, attribs, columns, c.count, (from, to) => {
      for (let i = from; i < to; i++) {
        meta[3 * i] = c.kind[i]!;
        meta[3 * i + 1] = c.datePrecision[i]!;
        meta[3 * i + 2] = c.locationPrecision[i]!;
      }
    });
    buffers.push(...upload.buffers);
    matchBuffer = upload.buffers[upload.buffers.length - 1]!;
    const border: Array<() => Float32Array | Uint8Array> = [() => c.borderAlong, () => c.borderDistance, () => c.borderBank];
    const first = columns.length - 1 - border.length;
    late = lateColumns(
      border.map((get, k) => ({ buf: upload!.buffers[first + k]!, get })),
      border.map((get) => get()),
    );
    gl.bindVertexArray(null);
  };

  /** Draws the window's events. */
  const draw = (g: WebGL2RenderingContext, opts: CustomRenderMethodInput): void => {
    const t0 = performance.now();
    const s = store.getState();
    // Density mode draws the window's points as a heatmap instead (overlays/density).
    if (!prog || !vao || !s.view.layers.events || s.view.layers.density || c.count === 0) return;
    // main × translate(centre), composed in float64 so relative float32 positions stay exact.
    const m = opts.defaultProjectionData.mainMatrix as ArrayLike<number>;
    const [cx, cy] = c.centre;
    for (let i = 0; i < 12; i++) matrix[i] = m[i]!;
    for (let r = 0; r < 4; r++) matrix[12 + r] = m[r]! * cx + m[4 + r]! * cy + m[12 + r]!;
    const w = s.time.window;
    const { ws, we } = gpuWindow(w);
    g.useProgram(prog);
    g.bindVertexArray(vao);
    // After the first upload (draw runs only then), so no later chunk of it copies an unmeasured column.
    if (late?.pending()) {
      stats.gpuBytes += late.step(g);
      map.triggerRepaint();
    }
    g.uniformMatrix4fv(u['u_matrix'] ?? null, false, matrix);
    g.uniform1f(u['u_ws'] ?? null, ws);
    g.uniform1f(u['u_we'] ?? null, we);
    g.uniform1f(u['u_context'] ?? null, s.time.showContext ? 1 : 0);
    const zoom = map.getZoom();
    g.uniform1f(u['u_size'] ?? null, Math.max(2.5, Math.min(9, 2 + (zoom - 5) * 1.1)) * (window.devicePixelRatio || 1));
    g.uniform1i(u['u_selected'] ?? null, parseBulkSelection(s.selection.selectedId) ?? -1);
    g.uniform3fv(u['u_colors'] ?? null, colors);
    const f = bulkFilterState(set, s.filters);
    g.uniform2f(u['u_along'] ?? null, f.uniforms.alongFromKm, f.uniforms.alongToKm);
    g.uniform1f(u['u_maxDistance'] ?? null, f.uniforms.maxDistanceKm);
    g.uniform1i(u['u_bankMask'] ?? null, f.uniforms.bankMask);
    g.uniform1i(u['u_kindMask'] ?? null, f.uniforms.kindMask);
    g.uniform1i(u['u_datePrecisionMask'] ?? null, f.uniforms.datePrecisionMask);
    g.uniform1i(u['u_locationPrecisionMask'] ?? null, f.uniforms.locationPrecisionMask);
    g.uniform1f(u['u_minKilled'] ?? null, f.uniforms.minKilled);
    if (f.mask !== uploadedMask && matchBuffer) {
      // Only a string filter change gets here: one byte per record, written into the same buffer.
      const data = f.mask ?? allMatch;
      g.bindBuffer(g.ARRAY_BUFFER, matchBuffer);
      g.bufferSubData(g.ARRAY_BUFFER, 0, data);
      g.bindBuffer(g.ARRAY_BUFFER, null);
      uploadedMask = f.mask;
      stats.gpuBytes += data.byteLength;
      stats.maskUploads++;
    }
    const ranges: Array<[number, number]> = s.time.showContext ? [[0, c.count]] : windowRanges(c.start, c.buckets, w);
    for (const [lo, hi] of ranges) g.drawArrays(g.POINTS, lo, hi - lo);
    g.bindVertexArray(null);
    stats.frames++;
    stats.submitted = submittedCount(ranges);
    stats.drawCalls = ranges.length;
    stats.window = { ...w };
    stats.showContext = s.time.showContext;
    stats.filters = s.filters;
    stats.renderMs = performance.now() - t0;
  };
  // Beneath the curated pins and rings, above the hatched areas.
  placeLayer(map, layer, 'area-mark');

  const repaint = (): void => map.triggerRepaint();
  const unsub = watch(
    store,
    (s) =>
      [
        s.time.window,
        s.time.showContext,
        s.selection.selectedId,
        s.view.layers.events,
        s.view.layers.density,
        s.filters,
        s.analysis.measuredBulk,
      ] as const,
    repaint,
  );

  const pick = (lngLat: [number, number], radiusPx: number): number | null => {
    const s = store.getState();
    if (!s.view.layers.events || s.view.layers.density) return null;
    const x = mercX(lngLat[0]);
    const y = mercY(lngLat[1]);
    const r = radiusPx / (512 * 2 ** map.getZoom());
    const { ws, we } = gpuWindow(s.time.window);
    const f = bulkFilterState(set, s.filters);
    let best: number | null = null;
    let bestD = Number.POSITIVE_INFINITY;
    for (const i of index.within(x, y, r)) {
      if (!inGpuWindow(c.start[i]!, c.endx[i]!, ws, we) || !passesUniforms(c, i, f.uniforms) || (f.mask && !f.mask[i])) continue;
      const dx = c.pos[2 * i]! + c.centre[0] - x;
      const dy = c.pos[2 * i + 1]! + c.centre[1] - y;
      const d = dx * dx + dy * dy;
      // Ties go to the later event (drawn on top).
      if (d <= bestD) [best, bestD] = [i, d];
    }
    return best;
  };

  const onClick = (ev: MapMouseEvent): void => {
    // A curated pin under the pointer wins: it is drawn on top.
    const pins = ['event-points', 'event-rings'].filter((l) => map.getLayer(l));
    if (pins.length && map.queryRenderedFeatures(ev.point, { layers: pins }).length) return;
    const hit = pick([ev.lngLat.lng, ev.lngLat.lat], 6);
    if (hit !== null) store.getState().select(bulkSelectionId(hit));
  };
  map.on('click', onClick);
  repaint();

  return {
    stats: () => ({ ...stats, window: stats.window ? { ...stats.window } : null }),
    inWindowCount: () => countInWindow(c, store.getState().time.window),
    shownCount: () => countShown(set, store.getState().time.window, store.getState().filters),
    pick,
    remove: () => {
      unsub();
      map.off('click', onClick);
      if (map.getLayer(BULK_LAYER_ID)) map.removeLayer(BULK_LAYER_ID);
      forgetLayer(map, BULK_LAYER_ID);
    },
  };
}
