import { describe, expect, it } from 'vitest';
import { deflateSync } from 'node:zlib';
import { crc32, encodeChunks, readChunks, readTextChunks, textChunk, withTextChunks } from './pngText';

/** A valid 1 × 1 white PNG, built here (IHDR, IDAT, IEND). */
function tinyPng(): Uint8Array {
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, 1);
  v.setUint32(4, 1);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const idat = new Uint8Array(deflateSync(Uint8Array.of(0, 255, 255, 255)));
  return encodeChunks([
    { type: 'IHDR', data: ihdr },
    { type: 'IDAT', data: idat },
    { type: 'IEND', data: new Uint8Array(0) },
  ]);
}

describe('crc32', () => {
  it.each([
    ['', 0],
    ['123456789', 0xcbf43926],
    ['IEND', 0xae426082],
  ])('crc32(%j) = %i', (s, want) => expect(crc32(new TextEncoder().encode(s))).toBe(want));
});

describe('PNG text chunks', () => {
  it('readChunks(encodeChunks(x)) round-trips, and the IEND CRC is the spec’s', () => {
    const png = tinyPng();
    expect(readChunks(png).map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect([...png.subarray(-4)]).toEqual([0xae, 0x42, 0x60, 0x82]);
  });

  it('writes tEXt for ASCII and iTXt for UTF-8, right after IHDR, and reads them back', () => {
    const out = withTextChunks(tinyPng(), [
      { keyword: 'Source', text: 'https://map.example/?from=2025-11-01&to=2025-11-30' },
      { keyword: 'Title', text: 'Нападение на Шодак', utf8: true },
      { keyword: 'Copyright', text: '© OpenStreetMap contributors (ODbL 1.0)' },
      { keyword: 'Comment', text: 'Ҳамла — 30 ноябр' },
    ]);
    expect(readChunks(out).map((c) => c.type)).toEqual(['IHDR', 'tEXt', 'iTXt', 'tEXt', 'iTXt', 'IDAT', 'IEND']);
    expect(readTextChunks(out)).toEqual([
      { keyword: 'Source', text: 'https://map.example/?from=2025-11-01&to=2025-11-30', type: 'tEXt' },
      { keyword: 'Title', text: 'Нападение на Шодак', type: 'iTXt' },
      // © is Latin-1: tEXt holds it as one byte.
      { keyword: 'Copyright', text: '© OpenStreetMap contributors (ODbL 1.0)', type: 'tEXt' },
      { keyword: 'Comment', text: 'Ҳамла — 30 ноябр', type: 'iTXt' },
    ]);
  });

  it('keeps the image data byte for byte', () => {
    const png = tinyPng();
    const out = withTextChunks(png, [{ keyword: 'Software', text: 'Frontier Map' }]);
    const idat = (p: Uint8Array): Uint8Array | undefined => readChunks(p).find((c) => c.type === 'IDAT')?.data;
    expect(idat(out)).toEqual(idat(png));
  });

  it('iTXt layout: keyword NUL, flag 0, method 0, empty language NUL, empty translation NUL, UTF-8', () => {
    const c = textChunk({ keyword: 'Title', text: 'é', utf8: true });
    expect(c.type).toBe('iTXt');
    expect([...c.data]).toEqual([...new TextEncoder().encode('Title'), 0, 0, 0, 0, 0, 0xc3, 0xa9]);
  });

  it.each(['', ' lead', 'trail ', 'two  spaces', 'x'.repeat(80), 'Кириллица'])('refuses the keyword %j', (keyword) =>
    expect(() => textChunk({ keyword, text: 'x' })).toThrow(/invalid keyword/),
  );

  it.each([
    ['not a PNG', Uint8Array.of(1, 2, 3), /not a PNG/],
    ['a truncated file', tinyPng().subarray(0, 30), /truncated/],
  ])('readChunks refuses %s', (_n, bytes, re) => expect(() => readChunks(bytes)).toThrow(re));

  it('readChunks refuses a corrupted CRC', () => {
    const png = tinyPng();
    png[png.length - 1] = (png[png.length - 1] ?? 0) ^ 1;
    expect(() => readChunks(png)).toThrow(/bad CRC in IEND/);
  });
});
