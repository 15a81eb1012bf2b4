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

/** A column whose array is replaced later (the border measures, from the worker's second pass). */
export interface LateColumn {
  buf: WebGLBuffer;
  /** The column's current array; a new array is copied into `buf`. */
  get: () => Float32Array | Uint8Array;
}

export interface LateColumns {
  /** Copies the next chunk of every replaced column; returns the bytes copied. */
  step(gl: WebGL2RenderingContext): number;
  /** True while a replaced column is not wholly on the GPU. */
  pending(): boolean;
}

/**
 * Re-uploads late columns a chunk per frame, as the first upload does: a million records' border
 * columns in one `bufferData` (9 MB) would hold a frame. `sent` are the arrays the first upload copies.
 */
export function lateColumns(columns: readonly LateColumn[], sent: ReadonlyArray<Float32Array | Uint8Array>): LateColumns {
  const state = columns.map((col, k) => ({ col, sent: sent[k]!, copying: null as Float32Array | Uint8Array | null, at: 0 }));
  const start = (): void => {
    // A column replaced again mid-copy restarts with the newest array: the older one is stale.
    for (const s of state) {
      const now = s.col.get();
      if (now === (s.copying ?? s.sent)) continue;
      s.copying = now;
      s.at = 0;
    }
  };
  return {
    step(gl) {
      start();
      let bytes = 0;
      for (const s of state) {
        const data = s.copying;
        if (!data) continue;
        const to = Math.min(data.length, s.at + UPLOAD_RECORDS);
        gl.bindBuffer(gl.ARRAY_BUFFER, s.col.buf);
        gl.bufferSubData(gl.ARRAY_BUFFER, s.at * data.BYTES_PER_ELEMENT, data, s.at, to - s.at);
        bytes += (to - s.at) * data.BYTES_PER_ELEMENT;
        s.at = to;
        if (to >= data.length) [s.sent, s.copying] = [data, null];
      }
      gl.bindBuffer(gl.ARRAY_BUFFER, null);
      return bytes;
    },
    pending: () => state.some((s) => s.copying !== null || s.col.get() !== s.sent),
  };
}
