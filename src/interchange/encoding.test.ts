/** The whole-file UTF-8 check: exact offsets and lines, chunk boundaries, and the strict rules. */
import { describe, expect, it } from 'vitest';
import { blobEncodingProblem, encodingProblem, firstInvalidByte } from './encoding';

const MB = 1 << 20;
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const join = (...parts: Array<Uint8Array | number[]>): Uint8Array<ArrayBuffer> => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const blob = (b: Uint8Array<ArrayBuffer>): Blob => new Blob([b]);

describe('firstInvalidByte', () => {
  it.each([
    ['ASCII and Cyrillic', enc('abc Ёлка'), -1],
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['an overlong slash', [0xc0, 0xaf], 0],
    ['a surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a letter cut off at the end', [0x61, 0x62, 0xd0], 2],
    ['Latin-1 é', [0x63, 0x61, 0x66, 0xe9], 3],
  ] as const)('%s', (_n, bytes, at) => {
    expect(firstInvalidByte(Uint8Array.from(bytes))).toBe(at);
  });
});

describe('the whole file is checked, a chunk at a time', () => {
  it('a letter split across the 1 MB chunk boundary is fine', async () => {
    const b = join(enc('x'.repeat(MB - 1)), enc('Ё'), enc('\nlast line'));
    expect(await blobEncodingProblem(blob(b))).toBeUndefined();
    expect(encodingProblem(b)).toBeUndefined();
  });

  it.each([MB - 1, MB, MB + 1, 3 * MB + 17])('a bad byte at offset %i is found there, with its line', async (offset) => {
    const head = enc('line\n'.repeat(Math.floor(offset / 5)) + 'y'.repeat(offset % 5));
    const b = join(head, [0xe9], enc('\nmore text\n'));
    const want = `at byte offset ${offset} (line ${Math.floor(offset / 5) + 1};`;
    expect(await blobEncodingProblem(blob(b))).toContain(want);
    expect(encodingProblem(b)).toContain(want);
  });

  it('a sequence cut off at the very end of the file is refused', async () => {
    expect(await blobEncodingProblem(blob(join(enc('a'.repeat(MB + 5)), [0xe2, 0x82])))).toContain(`at byte offset ${MB + 5} (line 1;`);
  });

  it('a UTF-16 byte-order mark is named as such', async () => {
    expect(await blobEncodingProblem(blob(Uint8Array.from([0xff, 0xfe, 0x61, 0])))).toMatch(/got UTF-16/);
  });
});
