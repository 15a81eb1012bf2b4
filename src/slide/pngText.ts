/**
 * PNG text metadata: reads a PNG's chunks and writes `tEXt` (Latin-1 keyword and text) and `iTXt`
 * (UTF-8 text, uncompressed) chunks after IHDR, so a still carries its provenance in the file.
 * Pure bytes in, bytes out (PNG spec §11.3.4); no dependency: the npm chunk libraries are
 * unmaintained, need Node's Buffer and do not write iTXt.
 */

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

let table: Uint32Array | null = null;
/** CRC-32 (ISO 3309, as PNG uses) of `bytes`. */
export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of bytes) c = (table[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface PngChunk {
  type: string;
  data: Uint8Array;
}

/** Splits a PNG into its chunks; throws on a bad signature, a truncated chunk or a CRC mismatch. */
export function readChunks(png: Uint8Array): PngChunk[] {
  if (png.length < 8 || SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('png: not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: PngChunk[] = [];
  let at = 8;
  while (at < png.length) {
    if (at + 12 > png.length) throw new Error('png: truncated chunk');
    const len = view.getUint32(at);
    if (at + 12 + len > png.length) throw new Error('png: truncated chunk');
    const typeAndData = png.subarray(at + 4, at + 8 + len);
    const type = String.fromCharCode(...typeAndData.subarray(0, 4));
    if (crc32(typeAndData) !== view.getUint32(at + 8 + len)) throw new Error(`png: bad CRC in ${type}`);
    out.push({ type, data: typeAndData.slice(4) });
    at += 12 + len;
    if (type === 'IEND') break;
  }
  return out;
}

/** Joins chunks into a PNG file (signature, then length, type, data and CRC of each). */
export function encodeChunks(chunks: readonly PngChunk[]): Uint8Array<ArrayBuffer> {
  const size = 8 + chunks.reduce((n, c) => n + 12 + c.data.length, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(SIGNATURE, 0);
  let at = 8;
  for (const c of chunks) {
    view.setUint32(at, c.data.length);
    for (let i = 0; i < 4; i++) out[at + 4 + i] = c.type.charCodeAt(i);
    out.set(c.data, at + 8);
    view.setUint32(at + 8 + c.data.length, crc32(out.subarray(at + 4, at + 8 + c.data.length)));
    at += 12 + c.data.length;
  }
  return out;
}

/** A text entry: `tEXt` when keyword and text are Latin-1 without NUL, `iTXt` (UTF-8) otherwise or when asked. */
export interface PngTextEntry {
  keyword: string;
  text: string;
  /** Force `iTXt` (UTF-8) even for Latin-1 text. */
  utf8?: boolean;
}

const isLatin1 = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0 || c > 0xff) return false;
  }
  return true;
};
const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** The chunk for one entry. Keywords are 1–79 printable Latin-1 characters (the spec's rule). */
export function textChunk(e: PngTextEntry): PngChunk {
  if (!/^[\u0020-\u007e\u00a1-\u00ff]{1,79}$/.test(e.keyword) || /^ | $| {2}/.test(e.keyword))
    throw new Error(`png: invalid keyword ${JSON.stringify(e.keyword)}`);
  const key = latin1(e.keyword);
  if (!e.utf8 && isLatin1(e.text)) return { type: 'tEXt', data: concat(key, Uint8Array.of(0), latin1(e.text)) };
  // keyword NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL, UTF-8 text.
  return { type: 'iTXt', data: concat(key, Uint8Array.of(0, 0, 0, 0, 0), new TextEncoder().encode(e.text)) };
}

/** The PNG with `entries` as text chunks right after IHDR (existing chunks are kept). */
export function withTextChunks(png: Uint8Array, entries: readonly PngTextEntry[]): Uint8Array<ArrayBuffer> {
  const chunks = readChunks(png);
  if (chunks[0]?.type !== 'IHDR') throw new Error('png: IHDR is not the first chunk');
  return encodeChunks([chunks[0], ...entries.map(textChunk), ...chunks.slice(1)]);
}

/** Every uncompressed `tEXt` and `iTXt` entry of a PNG, in file order. */
export function readTextChunks(png: Uint8Array): Array<{ keyword: string; text: string; type: 'tEXt' | 'iTXt' }> {
  const out: Array<{ keyword: string; text: string; type: 'tEXt' | 'iTXt' }> = [];
  for (const c of readChunks(png)) {
    const nul = c.data.indexOf(0);
    if (nul < 0) continue;
    const keyword = String.fromCharCode(...c.data.subarray(0, nul));
    if (c.type === 'tEXt') out.push({ keyword, text: String.fromCharCode(...c.data.subarray(nul + 1)), type: 'tEXt' });
    else if (c.type === 'iTXt' && c.data[nul + 1] === 0) {
      // Skip the language tag and translated keyword (each NUL-terminated) to the text.
      const lang = c.data.indexOf(0, nul + 3);
      const translated = lang < 0 ? -1 : c.data.indexOf(0, lang + 1);
      if (translated < 0) continue;
      out.push({ keyword, text: new TextDecoder().decode(c.data.subarray(translated + 1)), type: 'iTXt' });
    }
  }
  return out;
}
