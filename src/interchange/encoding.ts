/**
 * The encoding check of an imported file: only UTF-8 is read. The whole file is decoded with a
 * fatal decoder, a megabyte at a time (never all at once), so a stray Latin-1 byte deep in a 100 MB
 * file is refused as surely as one in its first line; the refusal names the byte offset and the
 * line. Read as UTF-8 such a file would import with its letters silently replaced.
 */

/** Bytes decoded at a time. */
const CHUNK_BYTES = 1 << 20;

const UTF16 = 'expected UTF-8 text, got UTF-16 (byte-order mark); save the file as UTF-8';
const notUtf8 = (offset: number, line: number): string =>
  `expected UTF-8 text, got bytes that are not UTF-8 at byte offset ${offset} (line ${line}; e.g. Latin-1 or Windows-1251); save the file as UTF-8`;

const isUtf16Bom = (b: Uint8Array): boolean => (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

/**
 * Where the first invalid UTF-8 sequence of `bytes` starts (WHATWG rules: no overlong forms, no
 * surrogates, nothing past U+10FFFF, no sequence cut off at the end), or -1. Only called once the
 * decoder has failed, to say where.
 */
export function firstInvalidByte(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let i = 0; i < n;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < lo || c > hi) return i;
      lo = 0x80;
      hi = 0xbf;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * How many bytes at the end of `bytes` start a sequence the chunk cuts off (0–3): they are carried
 * into the next chunk, so every chunk is decoded whole.
 */
function cutTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return len > back ? back : 0;
  }
  return 0;
}

const countLines = (bytes: Uint8Array, end = bytes.length): number => {
  let lines = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) lines++;
  return lines;
};

/** Decodes one boundary-aligned chunk; the offset of its first bad byte, or -1. */
function checkChunk(decoder: TextDecoder, bytes: Uint8Array): number {
  try {
    decoder.decode(bytes);
    return -1;
  } catch {
    return Math.max(0, firstInvalidByte(bytes));
  }
}

/** Why `bytes` (a whole file) are not UTF-8 text, if they are not: a UTF-16 byte-order mark, or where the first bad byte is. */
export function encodingProblem(bytes: Uint8Array): string | undefined {
  if (isUtf16Bom(bytes)) return UTF16;
  const bad = checkChunk(new TextDecoder('utf-8', { fatal: true }), bytes);
  return bad < 0 ? undefined : notUtf8(bad, countLines(bytes, bad) + 1);
}

/** The line (1-based, counting line feeds) of byte `offset` of `blob`, read a chunk at a time. */
async function lineAt(blob: Blob, offset: number): Promise<number> {
  let lines = 0;
  for (let at = 0; at < offset; at += CHUNK_BYTES) {
    const end = Math.min(offset, at + CHUNK_BYTES);
    lines += countLines(new Uint8Array(await blob.slice(at, end).arrayBuffer()));
  }
  return lines + 1;
}

/** Why a file is not UTF-8 text, if it is not; the whole file is decoded, a chunk at a time. */
export async function blobEncodingProblem(blob: Blob): Promise<string | undefined> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let carry = new Uint8Array(0);
  let base = 0; // file offset of `carry[0]`
  for (let at = 0; at < blob.size; at += CHUNK_BYTES) {
    const read = new Uint8Array(await blob.slice(at, at + CHUNK_BYTES).arrayBuffer());
    if (at === 0 && isUtf16Bom(read)) return UTF16;
    let bytes = read;
    if (carry.length) {
      bytes = new Uint8Array(carry.length + read.length);
      bytes.set(carry);
      bytes.set(read, carry.length);
    }
    const keep = at + CHUNK_BYTES >= blob.size ? 0 : cutTail(bytes);
    const bad = checkChunk(decoder, bytes.subarray(0, bytes.length - keep));
    if (bad >= 0) return notUtf8(base + bad, await lineAt(blob, base + bad));
    carry = bytes.slice(bytes.length - keep);
    base += bytes.length - keep;
  }
  return undefined;
}
