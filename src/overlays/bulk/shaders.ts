/**
 * GLSL for the bulk point layer (WebGL2). The window test here is the one in windowRange.ts; the
 * filter test the one in bulkFilter.ts (`passesUniforms` and the match mask).
 */

export const VERTEX_SHADER = `#version 300 es
uniform mat4 u_matrix;
uniform float u_ws;
uniform float u_we;
uniform float u_context;
uniform float u_size;
uniform int u_selected;
uniform vec3 u_colors[4];
uniform int u_kindMask;
uniform int u_datePrecisionMask;
uniform int u_locationPrecisionMask;
uniform float u_minKilled;
// The border filters (the border columns; NaN = unmeasured or no such measure, which fails each):
// km along the border, lo > hi = off; most km from the line, 0 = off; allowed bank codes, 255 = any.
uniform vec2 u_along;
uniform float u_maxDistance;
uniform int u_bankMask;
in vec2 a_pos;
in float a_balong;
in float a_bdist;
// bank code (index into BANK_CODES); 255 = unknown.
in float a_bbank;
in float a_start;
in float a_endx;
// kind, date precision, location precision codes (bytes, uploaded once).
in vec3 a_meta;
// killed as claimed; 65535 = not stated.
in float a_killed;
// 1 = passes the string filters (search, sub-type, actor, source); rewritten only when they change.
in float a_match;
out vec4 v_color;
out float v_ring;
bool allowed(int mask, float code) {
  return ((mask >> int(code + 0.5)) & 1) != 0;
}
void main() {
  bool inWin = a_start < u_we && a_endx > u_ws;
  bool border = (u_along.x > u_along.y || (a_balong >= u_along.x && a_balong <= u_along.y)) &&
    (u_maxDistance <= 0.0 || a_bdist <= u_maxDistance) &&
    (u_bankMask == 255 || (a_bbank < 7.5 && allowed(u_bankMask, a_bbank)));
  bool passes = allowed(u_kindMask, a_meta.x) && allowed(u_datePrecisionMask, a_meta.y) &&
    allowed(u_locationPrecisionMask, a_meta.z) && a_match > 0.5 && border &&
    (u_minKilled <= 0.0 || (a_killed < 65535.0 && a_killed >= u_minKilled));
  // Filtered out, or outside the window without context: off-screen; the fragment stage never runs.
  if (!passes || (!inWin && u_context < 0.5)) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = 0.0;
    return;
  }
  gl_Position = u_matrix * vec4(a_pos, 0.0, 1.0);
  bool sel = gl_VertexID == u_selected;
  gl_PointSize = sel ? u_size * 2.6 : u_size;
  float alpha = inWin ? 0.8 : 0.14;
  vec3 c = u_colors[int(a_meta.x + 0.5)];
  v_color = vec4(c * alpha, alpha);
  v_ring = sel ? 1.0 : 0.0;
}`;

export const FRAGMENT_SHADER = `#version 300 es
precision mediump float;
in vec4 v_color;
in float v_ring;
out vec4 fragColor;
void main() {
  float r = length(gl_PointCoord - 0.5) * 2.0;
  if (r > 1.0) discard;
  // The selected point gets a dark ring so it stays findable among thousands.
  fragColor = v_ring > 0.5 && r > 0.62 ? vec4(0.07, 0.07, 0.07, 1.0) : v_color;
}`;

/** How often the fence is looked at while the GPU compiles, ms. */
const POLL_MS = 20;
/** Longest wait for the fence before asking anyway (and waiting for the answer). */
const MAX_WAIT_MS = 10_000;

/** Throws with the GL info log unless `prog` linked (the shaders' logs say why a compile failed). */
function checkLinked(gl: WebGL2RenderingContext, prog: WebGLProgram, shaders: WebGLShader[]): void {
  const linked = gl.getProgramParameter(prog, gl.LINK_STATUS) === true;
  const log = linked ? null : shaders.map((sh) => gl.getShaderInfoLog(sh) ?? '').join(' ') || gl.getProgramInfoLog(prog);
  for (const sh of shaders) gl.deleteShader(sh);
  if (log !== null) throw new Error(`bulk layer program: ${log}`);
}

/** The vertex shader's per-record attributes (one buffer each, see gpuUpload.ts). */
export const SHADER_ATTRIBUTES = ['a_pos', 'a_start', 'a_endx', 'a_meta', 'a_killed', 'a_match', 'a_balong', 'a_bdist', 'a_bbank'] as const;

/** The shaders' uniforms: the window, the view, the colours and the filters (bulkFilter.ts). */
export const SHADER_UNIFORMS = [
  'u_matrix',
  'u_ws',
  'u_we',
  'u_context',
  'u_size',
  'u_selected',
  'u_colors',
  'u_kindMask',
  'u_datePrecisionMask',
  'u_locationPrecisionMask',
  'u_minKilled',
  'u_along',
  'u_maxDistance',
  'u_bankMask',
] as const;

/**
 * Compiles and links a program without making the page wait for it. Asking for a program's status
 * (or its uniforms) waits until the GPU process has done everything queued before — the compile,
 * and with software GL every frame drawn meanwhile, hundreds of ms in all. So the status is asked
 * only once a fence placed after the link has passed (looked at from a timer, never in a frame)
 * with no frame drawn since the fence (`framesDrawn` counts them; after a frame the fence is placed
 * again behind it), when the answer is at hand; then `onReady` gets the linked program. Returns a
 * function that stops.
 */
export function linkWhenReady(
  gl: WebGL2RenderingContext,
  vs: string,
  fs: string,
  onReady: (prog: WebGLProgram) => void,
  onError: (e: Error) => void,
  framesDrawn: () => number = () => 0,
): () => void {
  const prog = gl.createProgram();
  const shaders = [
    [gl.VERTEX_SHADER, vs],
    [gl.FRAGMENT_SHADER, fs],
  ].map(([type, src]) => {
    const sh = gl.createShader(type as number);
    if (!sh) throw new Error('bulk layer: cannot create shader');
    gl.shaderSource(sh, src as string);
    gl.compileShader(sh);
    gl.attachShader(prog, sh);
    return sh;
  });
  gl.linkProgram(prog);
  let fence: WebGLSync | null = null;
  let fencedAt = 0;
  const placeFence = (): void => {
    if (fence) gl.deleteSync(fence);
    fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
    fencedAt = framesDrawn();
    gl.flush();
  };
  placeFence();
  const since = performance.now();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const poll = (): void => {
    timer = null;
    if (gl.isContextLost()) return;
    const waited = performance.now() - since >= MAX_WAIT_MS;
    const passed = fence === null || gl.getSyncParameter(fence, gl.SYNC_STATUS) === gl.SIGNALED;
    if (!waited && (!passed || framesDrawn() !== fencedAt)) {
      // A frame drawn since the fence is still in the GPU's queue: wait for it too.
      if (passed) placeFence();
      timer = setTimeout(poll, POLL_MS);
      return;
    }
    if (fence) gl.deleteSync(fence);
    fence = null;
    try {
      checkLinked(gl, prog, shaders);
      onReady(prog);
    } catch (e) {
      onError(e instanceof Error ? e : new Error(String(e)));
    }
  };
  timer = setTimeout(poll, POLL_MS);
  return () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (fence && !gl.isContextLost()) gl.deleteSync(fence);
    fence = null;
  };
}
