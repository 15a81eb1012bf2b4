/** GLSL for the bulk point layer (WebGL2). The window test here is the one in windowRange.ts. */

export const VERTEX_SHADER = `#version 300 es
uniform mat4 u_matrix;
uniform float u_ws;
uniform float u_we;
uniform float u_context;
uniform float u_size;
uniform int u_selected;
uniform vec3 u_colors[4];
in vec2 a_pos;
in float a_start;
in float a_endx;
in float a_kind;
out vec4 v_color;
out float v_ring;
void main() {
  bool inWin = a_start < u_we && a_endx > u_ws;
  if (!inWin && u_context < 0.5) {
    // Outside the window: move off-screen; the fragment stage never runs for it.
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = 0.0;
    return;
  }
  gl_Position = u_matrix * vec4(a_pos, 0.0, 1.0);
  bool sel = gl_VertexID == u_selected;
  gl_PointSize = sel ? u_size * 2.6 : u_size;
  float alpha = inWin ? 0.8 : 0.14;
  vec3 c = u_colors[int(a_kind)];
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

/** A program whose compile and link run in the GPU process while the page carries on. */
export interface PendingProgram {
  /** True once the GPU has passed the compile and link (never blocks). */
  ready(): boolean;
  /** The linked program; throws with the GL info log on failure (blocks only if not `ready`). */
  finish(): WebGLProgram;
}

/** Longest wait for the fence before `ready` gives up and lets `finish` block instead. */
const MAX_WAIT_MS = 5_000;

/**
 * Starts compiling and linking a program without asking for its status: asking blocks the page
 * until the GPU process has compiled (hundreds of ms with software GL). A fence placed after the
 * link says, without blocking, when asking has become cheap.
 */
export function startProgram(gl: WebGL2RenderingContext, vs: string, fs: string): PendingProgram {
  const prog = gl.createProgram();
  if (!prog) throw new Error('bulk layer: cannot create program');
  const shader = (type: number, src: string): WebGLShader => {
    const sh = gl.createShader(type);
    if (!sh) throw new Error('bulk layer: cannot create shader');
    gl.shaderSource(sh, src);
    gl.compileShader(sh);
    gl.attachShader(prog, sh);
    return sh;
  };
  const v = shader(gl.VERTEX_SHADER, vs);
  const f = shader(gl.FRAGMENT_SHADER, fs);
  gl.linkProgram(prog);
  const fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  gl.flush();
  const since = performance.now();
  let signalled = fence === null;
  return {
    ready: () => {
      if (!signalled && fence) signalled = gl.getSyncParameter(fence, gl.SYNC_STATUS) === gl.SIGNALED;
      return signalled || performance.now() - since > MAX_WAIT_MS;
    },
    finish: () => {
      if (fence) gl.deleteSync(fence);
      const failed = (sh: WebGLShader): boolean => !gl.getShaderParameter(sh, gl.COMPILE_STATUS);
      const log = failed(v) ? gl.getShaderInfoLog(v) : failed(f) ? gl.getShaderInfoLog(f) : null;
      gl.deleteShader(v);
      gl.deleteShader(f);
      if (log !== null) throw new Error(`bulk layer shader: ${log}`);
      if (!gl.getProgramParameter(prog, gl.LINK_STATUS)) throw new Error(`bulk layer program: ${gl.getProgramInfoLog(prog) ?? ''}`);
      return prog;
    },
  };
}

/** Compiles and links a program, waiting for it; throws with the GL info log on failure. */
export function createProgram(gl: WebGL2RenderingContext, vs: string, fs: string): WebGLProgram {
  return startProgram(gl, vs, fs).finish();
}
