/** GLSL for the bulk point layer (WebGL2). The window test here is the one in windowRange.ts. */

export const VERTEX_SHADER = `#version 300 es
uniform mat4 u_matrix;
uniform float u_ws;
uniform float u_we;
uniform float u_context;
uniform float u_size;
uniform int u_selected;
uniform vec3 u_colors[4];
// The border-stretch filter, km along the border; lo > hi = off. NaN (no place along it) fails it.
uniform vec2 u_along;
in vec2 a_pos;
in float a_balong;
in float a_start;
in float a_endx;
in float a_kind;
out vec4 v_color;
out float v_ring;
void main() {
  bool inWin = a_start < u_we && a_endx > u_ws;
  bool inStretch = u_along.x > u_along.y || (a_balong >= u_along.x && a_balong <= u_along.y);
  if ((!inWin && u_context < 0.5) || !inStretch) {
    // Outside the window or the stretch: move off-screen; the fragment stage never runs for it.
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

/** Compiles and links a program; throws with the GL info log on failure. */
export function createProgram(gl: WebGL2RenderingContext, vs: string, fs: string): WebGLProgram {
  const compile = (type: number, src: string): WebGLShader => {
    const sh = gl.createShader(type);
    if (!sh) throw new Error('bulk layer: cannot create shader');
    gl.shaderSource(sh, src);
    gl.compileShader(sh);
    if (!gl.getShaderParameter(sh, gl.COMPILE_STATUS)) throw new Error(`bulk layer shader: ${gl.getShaderInfoLog(sh) ?? ''}`);
    return sh;
  };
  const prog = gl.createProgram();
  if (!prog) throw new Error('bulk layer: cannot create program');
  const v = compile(gl.VERTEX_SHADER, vs);
  const f = compile(gl.FRAGMENT_SHADER, fs);
  gl.attachShader(prog, v);
  gl.attachShader(prog, f);
  gl.linkProgram(prog);
  gl.deleteShader(v);
  gl.deleteShader(f);
  if (!gl.getProgramParameter(prog, gl.LINK_STATUS)) throw new Error(`bulk layer program: ${gl.getProgramInfoLog(prog) ?? ''}`);
  return prog;
}
