/**
 * The bulk layer's columns on their way to the GPU, a chunk per frame: the buffers are created at
 * their full size and empty, then each frame copies the next `UPLOAD_RECORDS` records of every
 * column (`bufferSubData`). One upload of a million records' columns (22 MB) held a frame for
 * 1–1.5 s in software GL; a chunk this size (about 1.4 MB) costs a few tens of ms.
 */

/** Records copied per frame. */
export const UPLOAD_RECORDS = 65_536;

/** One per-record attribute: its data, components per record and GL type. */
export interface GpuColumn {
  name: string;
  data: Float32Array | Uint8Array | Uint16Array;
  size: number;
  type: number;
  /** Rewritten later (the filter match mask): DYNAMIC_DRAW. */
  dynamic?: boolean;
}

export interface ChunkedUpload {
  /** The buffers, in the order of the columns. */
  buffers: WebGLBuffer[];
  /** True once every record is on the GPU. */
  done(): boolean;
  /** Copies the next chunk; returns the bytes copied. */
  next(): number;
}

/**
 * Creates and binds the buffers of `columns` (into the bound vertex array) for `count` records;
 * `prepare(from, to)` runs before a chunk is copied (to fill a column packed on the way).
 */
export function chunkedUpload(
  gl: WebGL2RenderingContext,
  attribs: Readonly<Record<string, number>>,
  columns: readonly GpuColumn[],
  count: number,
  prepare: (from: number, to: number) => void = () => undefined,
): ChunkedUpload {
  const buffers = columns.map((col) => {
    const buf = gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, buf);
    gl.bufferData(gl.ARRAY_BUFFER, col.data.byteLength, col.dynamic ? gl.DYNAMIC_DRAW : gl.STATIC_DRAW);
    const loc = attribs[col.name] ?? -1;
    gl.enableVertexAttribArray(loc);
    gl.vertexAttribPointer(loc, col.size, col.type, false, 0, 0);
    return buf;
  });
  gl.bindBuffer(gl.ARRAY_BUFFER, null);
  let uploaded = 0;
  return {
    buffers,
    done: () => uploaded >= count,
    next: () => {
      const from = uploaded;
      const to = Math.min(count, from + UPLOAD_RECORDS);
      prepare(from, to);
      let bytes = 0;
      columns.forEach((col, k) => {
        gl.bindBuffer(gl.ARRAY_BUFFER, buffers[k]!);
        gl.bufferSubData(gl.ARRAY_BUFFER, from * col.size * col.data.BYTES_PER_ELEMENT, col.data, from * col.size, (to - from) * col.size);
        bytes += (to - from) * col.size * col.data.BYTES_PER_ELEMENT;
      });
      gl.bindBuffer(gl.ARRAY_BUFFER, null);
      uploaded = to;
      return bytes;
    },
  };
}
