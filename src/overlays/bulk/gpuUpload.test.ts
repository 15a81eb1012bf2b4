import { describe, expect, it } from 'vitest';
import { lateColumns, UPLOAD_RECORDS, type LateColumn } from './gpuUpload';

/** The calls a GL context received: which buffer, at which byte offset, how many elements. */
function fakeGl(): { gl: WebGL2RenderingContext; copies: Array<[WebGLBuffer | null, number, number]> } {
  let bound: WebGLBuffer | null = null;
  const copies: Array<[WebGLBuffer | null, number, number]> = [];
  const gl = {
    ARRAY_BUFFER: 0x8892,
    bindBuffer: (_target: number, b: WebGLBuffer | null) => (bound = b),
    bufferSubData: (_target: number, offset: number, _data: ArrayBufferView, _srcOffset: number, length: number) =>
      copies.push([bound, offset, length]),
  };
  return { gl: gl as unknown as WebGL2RenderingContext, copies };
}

describe('lateColumns', () => {
  const n = UPLOAD_RECORDS * 2 + 10;
  const buf = {} as WebGLBuffer;
  let current = new Float32Array(n);
  const col: LateColumn = { buf, get: () => current };

  it.each<[string, () => void, number]>([
    ['nothing replaced: nothing copied', () => undefined, 0],
    ['a replaced column goes up a chunk per step, to its end', () => (current = new Float32Array(n)), 3],
  ])('%s', (_name, replace, steps) => {
    current = new Float32Array(n);
    const late = lateColumns([col], [current]);
    const { gl, copies } = fakeGl();
    replace();
    let taken = 0;
    while (late.pending()) {
      late.step(gl);
      taken++;
    }
    expect(taken).toBe(steps);
    expect(copies.map((c) => c[2])).toEqual(steps ? [UPLOAD_RECORDS, UPLOAD_RECORDS, 10] : []);
    expect(copies.map((c) => c[1])).toEqual(steps ? [0, UPLOAD_RECORDS * 4, UPLOAD_RECORDS * 8] : []);
    expect(copies.every((c) => c[0] === buf)).toBe(true);
  });

  it('a column replaced again while it is copied is copied from the start of the newest array', () => {
    current = new Float32Array(n);
    const late = lateColumns([col], [current]);
    const { gl, copies } = fakeGl();
    current = new Float32Array(n);
    late.step(gl);
    current = new Float32Array(n);
    while (late.pending()) late.step(gl);
    expect(copies.map((c) => c[1] / 4)).toEqual([0, 0, UPLOAD_RECORDS, UPLOAD_RECORDS * 2]);
  });
});
